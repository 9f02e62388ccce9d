package org.jiedao.exchange;

import java.nio.file.Path;

/**
 * What an export did.
 *
 * @param file the file written
 * @param rows the records written
 */
public record ExportResult(Path file, int rows) {
}
