package org.jiedao.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start of a file as an import would read it, for the import wizard.
 *
 * @param sheets          the file's sheets (one, unnamed, for CSV)
 * @param sheet           the sheet read
 * @param charset         the CSV charset used (detected or chosen), empty for spreadsheets
 * @param headers         the header row's cells, in file order
 * @param mapping         header to column key as the import would use it ("" = ignored/unknown)
 * @param missingRequired keys of required columns no header maps to
 * @param rows            the first data rows, cell texts in header order
 * @param rowNumbers      their row numbers
 * @param problems        the problems of those rows
 */
public record FilePreview(List<String> sheets, String sheet, Optional<String> charset, List<String> headers,
        Map<String, String> mapping, List<String> missingRequired, List<List<String>> rows, List<Integer> rowNumbers,
        List<Problem> problems) {
}
