package org.jiedao.ui.widgets;

import java.util.Objects;

/**
 * The order of a {@link RecordTable}: one column, ascending or descending; {@link #NONE} for the
 * source's natural order.
 *
 * @param column    the {@link Column#id() column id}, null for none
 * @param ascending the direction
 */
public record Sort(String column, boolean ascending) {

    /** The source's own order. */
    public static final Sort NONE = new Sort(null, true);

    public static Sort ascending(String column) {
        return new Sort(Objects.requireNonNull(column), true);
    }

    public static Sort descending(String column) {
        return new Sort(Objects.requireNonNull(column), false);
    }

    public boolean isNone() {
        return column == null;
    }
}
