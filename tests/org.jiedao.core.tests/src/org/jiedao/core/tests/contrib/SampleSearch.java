package org.jiedao.core.tests.contrib;

import java.util.List;
import java.util.Locale;

import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;

/** A search provider a third party would write. */
public final class SampleSearch implements SearchProvider {

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        return List.of(new SearchHit("org.jiedao.tests.search", "org.jiedao.tests.sample", "1", "Sample " + query, ""));
    }
}
