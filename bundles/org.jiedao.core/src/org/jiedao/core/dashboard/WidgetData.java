package org.jiedao.core.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * What a dashboard widget shows: a {@link Figure}, a {@link Table} or a {@link Chart}. All three
 * are immutable; texts are already in the user's language.
 */
public sealed interface WidgetData permits WidgetData.Figure, WidgetData.Table, WidgetData.Chart {

    /**
     * One key figure, drawn large: "37 件 待办理".
     *
     * @param value   the number, already formatted (e.g. {@code "1,204"} or {@code "98.5"})
     * @param unit    unit after the number (e.g. 件, %); may be empty
     * @param caption one line under the number; may be empty
     * @param alert   whether the figure needs attention (drawn in a warning colour)
     */
    record Figure(String value, String unit, String caption, boolean alert) implements WidgetData {

        public Figure {
            Objects.requireNonNull(value, "value");
            unit = unit == null ? "" : unit;
            caption = caption == null ? "" : caption;
        }

        /** A figure without alert, the number formatted for display. */
        public static Figure of(long value, String unit, String caption) {
            return new Figure(String.format("%,d", value), unit, caption, false);
        }
    }

    /**
     * A small table (the workbench shows the first rows and scrolls the rest).
     *
     * @param columns the column headers
     * @param rows    the rows, each with at most one cell per column
     */
    record Table(List<String> columns, List<List<String>> rows) implements WidgetData {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() > columns.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A chart over categories: one value per category in each series.
     *
     * @param kind       bar, line or pie (a pie chart draws the first series only)
     * @param categories the category labels along the axis (or the slices)
     * @param series     one or more named series, each with as many values as there are categories
     */
    record Chart(Kind kind, List<String> categories, List<Series> series) implements WidgetData {

        /** How a chart is drawn. */
        public enum Kind {
            /** Vertical bars, series side by side. */
            BAR,
            /** Lines through the categories. */
            LINE,
            /** Slices of the first series. */
            PIE
        }

        public Chart {
            Objects.requireNonNull(kind, "kind");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            if (series.isEmpty()) {
                throw new IllegalArgumentException("A chart needs at least one series");
            }
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }

        /** A chart with one series. */
        public static Chart of(Kind kind, String seriesName, List<String> categories, List<? extends Number> values) {
            return new Chart(kind, categories, List.of(new Series(seriesName, values)));
        }
    }

    /**
     * A named series of a {@link Chart}.
     *
     * @param name   shown in the legend
     * @param values one value per category, in category order
     */
    record Series(String name, List<? extends Number> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
