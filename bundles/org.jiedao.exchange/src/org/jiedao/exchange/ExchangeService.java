package org.jiedao.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports and exports files in the formats modules contribute (an OSGi service). Every method runs
 * as the signed-in user, under their organisation scope, and may take long: call it off the UI
 * thread with a progress monitor (cancelling rolls an import back; nothing is written).
 */
public interface ExchangeService {

    /** Extension point through which modules contribute record formats. */
    String FORMATS_EXTENSION_POINT = "org.jiedao.exchange.formats";

    /** @return the installed formats, by id */
    List<FormatDescriptor> formats();

    /** @return the format with this id */
    Optional<FormatDescriptor> format(String id);

    /**
     * Reads the header and the first rows of a file and validates those rows (writes nothing).
     *
     * @throws ExchangeException when the file cannot be read as the format
     */
    FilePreview preview(String formatId, Path file, ImportOptions options, int maxRows) throws ExchangeException;

    /**
     * Imports a file: validates every row first; writes in one transaction; see {@link ImportOptions}.
     * Spreadsheet formulas import as the results the file keeps (what Excel or WPS shows); a formula
     * without a kept result, or whose result is an error such as {@code #N/A}, rejects its row naming
     * the cell. The format's import permission must hold in each row's unit
     * ({@link ImportSession#unit}); users whose role lacks it are refused the whole file.
     *
     * @throws ExchangeException when the file as a whole cannot be imported (nothing is written)
     */
    ImportResult importFile(String formatId, Path file, ImportOptions options, IProgressMonitor monitor)
            throws ExchangeException;

    /**
     * Exports to {@code .xlsx} or {@code .csv} (by the file's extension). Text that a spreadsheet
     * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is written so
     * that it stays text: a string cell in {@code .xlsx}; in {@code .csv} OWASP's guard, a single quote
     * in front and the field quoted, which an import of the file removes again.
     *
     * @throws ExchangeException when the file cannot be written
     */
    ExportResult exportFile(String formatId, Path file, ExportOptions options, IProgressMonitor monitor)
            throws ExchangeException;
}
