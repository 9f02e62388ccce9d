package org.jiedao.exchange;

import java.util.Map;
import java.util.Optional;

/**
 * One row of an import, its cells parsed by the columns' types. Columns the file lacks and blank
 * cells have no value.
 */
public final class Record {

    private final String sheet;
    private final int row;
    private final Map<Column<?>, Object> values;
    private final Map<Column<?>, Cell> cells;

    /** Made by the platform. */
    public Record(String sheet, int row, Map<Column<?>, Object> values, Map<Column<?>, Cell> cells) {
        this.sheet = sheet;
        this.row = row;
        this.values = values;
        this.cells = cells;
    }

    /** @return the sheet's name (empty for CSV) */
    public String sheet() {
        return sheet;
    }

    /** @return the row number as a spreadsheet shows it (1 is the header row) */
    public int row() {
        return row;
    }

    /** @return the column's value, or null when the cell is blank or the column absent */
    @SuppressWarnings("unchecked")
    public <T> T get(Column<T> column) {
        return (T) values.get(column);
    }

    /** @return the column's value, if any */
    public <T> Optional<T> find(Column<T> column) {
        return Optional.ofNullable(get(column));
    }

    /** @return the cell as read (for messages), an empty cell when absent */
    public Cell cell(Column<?> column) {
        return cells.getOrDefault(column, Cell.EMPTY);
    }
}
