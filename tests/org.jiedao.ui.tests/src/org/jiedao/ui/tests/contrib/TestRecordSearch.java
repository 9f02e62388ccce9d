package org.jiedao.ui.tests.contrib;

import java.util.List;
import java.util.Locale;

import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;

/** Finds two test records by id or title. No record opener is registered for their type. */
public final class TestRecordSearch implements SearchProvider {

    public static final String RECORD_TYPE = "org.jiedao.tests.record";

    private static final List<SearchHit> RECORDS = List.of(
            new SearchHit("org.jiedao.tests.ui.search", RECORD_TYPE, "TR-1", "测试记录 甲", "沧浪街道 · 来信"),
            new SearchHit("org.jiedao.tests.ui.search", RECORD_TYPE, "TR-2", "测试记录 乙", "平江街道 · 来信"));

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        String q = query.toUpperCase(Locale.ROOT);
        return RECORDS.stream().filter(r -> r.recordId().contains(q) || r.title().contains(query)).limit(limit).toList();
    }
}
