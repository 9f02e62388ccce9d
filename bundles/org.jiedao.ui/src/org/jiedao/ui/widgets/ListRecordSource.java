package org.jiedao.ui.widgets;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link RecordSource} over a small list held in memory (users, organisation units, value lists):
 * filters on the columns' texts, sorts by the columns' values, text by pinyin
 * ({@link PinyinCollator}). The list is taken afresh from the supplier whenever the table
 * re-queries (new filter or order, {@link RecordTable#refresh()}).
 *
 * @param <T> the row type
 */
public final class ListRecordSource<T> implements RecordSource<T> {

    private final Supplier<? extends List<T>> rows;
    private final List<Column<T>> columns;
    private final Collator collator = PinyinCollator.getPinyinInstance();
    private volatile List<T> snapshot = List.of();

    /**
     * @param rows    the rows, asked for off the UI thread
     * @param columns the table's columns (for their values and texts)
     */
    public ListRecordSource(Supplier<? extends List<T>> rows, List<Column<T>> columns) {
        this.rows = Objects.requireNonNull(rows);
        this.columns = List.copyOf(columns);
    }

    @Override
    public int count(Filter filter) {
        snapshot = List.copyOf(rows.get());
        return (int) snapshot.stream().filter(row -> matches(row, filter)).count();
    }

    @Override
    public List<T> page(Filter filter, Sort sort, int offset, int limit) {
        List<T> matching = new ArrayList<>();
        for (T row : snapshot) {
            if (matches(row, filter)) {
                matching.add(row);
            }
        }
        if (!sort.isNone()) {
            Column<T> column = column(sort.column());
            Comparator<T> order = (a, b) -> compareValues(column.valueOf(a), column.valueOf(b), column, a, b);
            matching.sort(sort.ascending() ? order : order.reversed());
        }
        return List.copyOf(matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private int compareValues(Object a, Object b, Column<T> column, T rowA, T rowB) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        if (a instanceof Comparable && !(a instanceof String) && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return collator.compare(column.textOf(rowA), column.textOf(rowB));
    }

    private boolean matches(T row, Filter filter) {
        for (Map.Entry<String, Filter.Condition> entry : filter.conditions().entrySet()) {
            String text = column(entry.getKey()).textOf(row);
            Filter.Condition condition = entry.getValue();
            boolean ok = condition.match() == Filter.Match.EQUALS ? text.equals(condition.value())
                    : text.toLowerCase(Locale.ROOT).contains(condition.value().toLowerCase(Locale.ROOT));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Column<T> column(String id) {
        for (Column<T> column : columns) {
            if (column.id().equals(id)) {
                return column;
            }
        }
        throw new IllegalArgumentException("No column " + id);
    }
}
