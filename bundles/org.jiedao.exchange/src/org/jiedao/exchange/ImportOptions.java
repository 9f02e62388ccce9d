package org.jiedao.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to import a file.
 *
 * @param dryRun               validate only, write nothing
 * @param rejectsFile          when present, import the valid rows and write the rejected ones with
 *                             their reasons to this file ({@code .csv} or {@code .xlsx}); when empty,
 *                             nothing is written unless every row is valid
 * @param sheet                the sheet to read (default: the first)
 * @param charset              the CSV file's charset (default: detected: UTF-8 with or without BOM,
 *                             UTF-16 with BOM, else GB18030, which includes GBK)
 * @param mapping              file header to column key, overriding the automatic match; an empty
 *                             key ignores that file column
 * @param ignoreUnknownColumns ignore file columns that no format column matches (default: refuse
 *                             the file, since a misspelt header would silently lose its data)
 */
public record ImportOptions(boolean dryRun, Optional<Path> rejectsFile, Optional<String> sheet,
        Optional<Charset> charset, Map<String, String> mapping, boolean ignoreUnknownColumns) {

    public ImportOptions {
        rejectsFile = rejectsFile == null ? Optional.empty() : rejectsFile;
        sheet = sheet == null ? Optional.empty() : sheet;
        charset = charset == null ? Optional.empty() : charset;
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** All rows or nothing, first sheet, detected charset, automatic header matching. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, rejectsFile, sheet, charset, mapping, ignoreUnknownColumns);
    }

    public ImportOptions withRejectsFile(Path value) {
        return new ImportOptions(dryRun, Optional.ofNullable(value), sheet, charset, mapping, ignoreUnknownColumns);
    }

    public ImportOptions withSheet(String value) {
        return new ImportOptions(dryRun, rejectsFile, Optional.ofNullable(value), charset, mapping, ignoreUnknownColumns);
    }

    public ImportOptions withCharset(Charset value) {
        return new ImportOptions(dryRun, rejectsFile, sheet, Optional.ofNullable(value), mapping, ignoreUnknownColumns);
    }

    public ImportOptions withMapping(Map<String, String> value) {
        return new ImportOptions(dryRun, rejectsFile, sheet, charset, value, ignoreUnknownColumns);
    }

    public ImportOptions withIgnoreUnknownColumns(boolean value) {
        return new ImportOptions(dryRun, rejectsFile, sheet, charset, mapping, value);
    }
}
