package org.jiedao.exchange.internal.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows to a {@code .csv} or {@code .xlsx} file. Values are {@link String}, {@link Number},
 * {@link java.time.LocalDate}, {@link Boolean} or null. Text that a spreadsheet would run as a formula
 * stays text.
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> values) throws IOException;

    /** Finishes the file (nothing is complete before). */
    @Override
    void close() throws IOException;

    /** @return a writer by the file's extension, or null when it is neither .csv nor .xlsx */
    static TableWriter create(Path file, Charset csvCharset, Locale locale) throws IOException {
        ClassLoaders.init();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new XlsxWriter(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvWriter(file, csvCharset);
        }
        return null;
    }
}
