/**
 * Import and export of records from and to spreadsheets ({@code .xlsx}, legacy {@code .xls}) and
 * CSV files: the public API of {@code org.jiedao.exchange}.
 * <p>
 * A module contributes a <em>record format</em> through the extension point
 * {@code org.jiedao.exchange.formats}: a class implementing {@link org.jiedao.exchange.ImportableFormat},
 * {@link org.jiedao.exchange.ExportableFormat} or both, whose {@link org.jiedao.exchange.Column columns}
 * carry an English key, a Chinese header, a {@link org.jiedao.exchange.ValueType value type} and a
 * required flag. The platform does everything else: reading the file (charset and file type
 * detection, streaming), header matching, per-row validation with messages in the user's language,
 * the one transaction, the rejects file, progress and cancellation, the CLI commands
 * {@code jiedao-cli import} and {@code export}, and the workbench wizards.
 */
package org.jiedao.exchange;
