package org.jiedao.ui.tests.contrib;

import java.util.List;
import java.util.Locale;

import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;

/** Always fails: the other providers' hits must still show. */
public final class FailingSearch implements SearchProvider {

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        throw new IllegalStateException("search index unavailable");
    }
}
