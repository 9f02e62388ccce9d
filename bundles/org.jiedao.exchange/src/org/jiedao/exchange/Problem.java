package org.jiedao.exchange;

import java.util.Optional;

/**
 * Something wrong with one row of an import.
 *
 * @param sheet   the sheet's name (empty for CSV)
 * @param row     the row number as a spreadsheet shows it (the header is row 1 in most files)
 * @param header  the file's header of the column at fault, if the problem is a cell's
 * @param column  the format column's key, if the problem is a cell's
 * @param message what is wrong, in the user's language
 */
public record Problem(String sheet, int row, Optional<String> header, Optional<String> column, String message) {
}
