package org.jiedao.ui.widgets;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.swt.SWT;

/**
 * A column of a {@link RecordTable}: an id (what {@link Filter} and {@link Sort} name, and what a
 * {@link JpaRecordSource} maps to an entity attribute), a localised header, how a row shows in it,
 * and how it is filtered. Set up once, before the table is created:
 *
 * <pre>
 * Column.of("title", Messages.Inbox_title, Petition::getTitle).width(300)
 * Column.of("received", Messages.Inbox_received, Petition::getReceivedOn).width(100).align(SWT.RIGHT)
 * Column.of("status", Messages.Inbox_status, p -&gt; p.getStatus().label()).choices(statusLabels)
 * </pre>
 *
 * @param <T> the row type
 */
public final class Column<T> {

    private final String id;
    private final String header;
    private final Function<? super T, ?> value;
    private Function<Object, String> format = v -> v == null ? "" : v.toString();
    private int width = 120;
    private int alignment = SWT.LEFT;
    private boolean sortable = true;
    private boolean filterable = true;
    private List<String> choices = List.of();

    private Column(String id, String header, Function<? super T, ?> value) {
        this.id = Objects.requireNonNull(id, "id");
        this.header = Objects.requireNonNull(header, "header");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * @param id     the column's id
     * @param header the localised header text
     * @param value  what a row shows in this column (formatted with {@code toString} unless {@link #format})
     */
    public static <T> Column<T> of(String id, String header, Function<? super T, ?> value) {
        return new Column<>(id, header, value);
    }

    /** Width in pixels (default 120). */
    public Column<T> width(int pixels) {
        this.width = pixels;
        return this;
    }

    /** {@link SWT#LEFT} (default), {@link SWT#CENTER} or {@link SWT#RIGHT}. */
    public Column<T> align(int swtAlignment) {
        if (swtAlignment != SWT.LEFT && swtAlignment != SWT.CENTER && swtAlignment != SWT.RIGHT) {
            throw new IllegalArgumentException("SWT.LEFT, SWT.CENTER or SWT.RIGHT");
        }
        this.alignment = swtAlignment;
        return this;
    }

    /** How a value shows as text (default {@code toString}, empty for null). */
    @SuppressWarnings("unchecked")
    public <V> Column<T> format(Function<V, String> formatter) {
        Objects.requireNonNull(formatter);
        this.format = v -> v == null ? "" : ((Function<Object, String>) formatter).apply(v);
        return this;
    }

    /** A header click does not sort by this column. */
    public Column<T> unsortable() {
        this.sortable = false;
        return this;
    }

    /** This column has no filter cell. */
    public Column<T> unfilterable() {
        this.filterable = false;
        return this;
    }

    /**
     * The filter cell offers these values and matches them exactly ({@link Filter.Match#EQUALS})
     * instead of taking free text ({@link Filter.Match#CONTAINS}).
     */
    public Column<T> choices(List<String> values) {
        this.choices = List.copyOf(values);
        return this;
    }

    public String id() {
        return id;
    }

    public String header() {
        return header;
    }

    public int width() {
        return width;
    }

    public int alignment() {
        return alignment;
    }

    public boolean isSortable() {
        return sortable;
    }

    public boolean isFilterable() {
        return filterable;
    }

    public List<String> choices() {
        return choices;
    }

    /** The match the filter cell uses. */
    public Filter.Match match() {
        return choices.isEmpty() ? Filter.Match.CONTAINS : Filter.Match.EQUALS;
    }

    /** The row's value in this column, unformatted. */
    public Object valueOf(T row) {
        return value.apply(row);
    }

    /** The row's text in this column. */
    public String textOf(T row) {
        return format.apply(value.apply(row));
    }
}
