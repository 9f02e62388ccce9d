package org.jiedao.ui.widgets;

import java.util.List;

/**
 * Where a {@link RecordTable} gets its rows: a count and pages, both for a filter, so a table over a
 * million records only ever holds a few hundred. Called off the UI thread.
 * <p>
 * For entities use {@link JpaRecordSource} (queries through the persistence service, so org-unit
 * scoping applies); for small lists in memory {@link ListRecordSource}.
 *
 * @param <T> the row type
 */
public interface RecordSource<T> {

    /** How many rows match {@code filter}. */
    int count(Filter filter);

    /**
     * The rows {@code offset} to {@code offset + limit - 1} of those matching {@code filter}, in the
     * order of {@code sort} (a stable order: ties broken the same way every time, or paging skips and
     * repeats rows).
     */
    List<T> page(Filter filter, Sort sort, int offset, int limit);
}
