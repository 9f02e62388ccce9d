package org.jiedao.exchange.internal.io;

import java.util.List;
import java.util.Optional;

import org.jiedao.exchange.Cell;
import org.jiedao.exchange.ExchangeException;

/** A file of rows: a CSV file (one unnamed sheet) or a workbook. Read rows are streamed. */
public interface TableSource extends AutoCloseable {

    /** Receives rows in file order. */
    interface RowHandler {
        /**
         * @param row   the row number as a spreadsheet shows it (CSV: the line the record starts on)
         * @param cells the row's cells from the first column on (trailing blank cells may be missing)
         * @return false to stop reading
         */
        boolean row(int row, List<Cell> cells) throws ExchangeException;

        /** A merged region of the sheet (rows and columns 1-based, inclusive). */
        default void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        }
    }

    /** @return the sheet names (CSV: one, empty) */
    List<String> sheets() throws ExchangeException;

    /** @return the CSV charset, for CSV files */
    default Optional<String> charset() {
        return Optional.empty();
    }

    /** Streams the rows of a sheet. */
    void read(String sheet, RowHandler handler) throws ExchangeException;

    @Override
    void close();
}
