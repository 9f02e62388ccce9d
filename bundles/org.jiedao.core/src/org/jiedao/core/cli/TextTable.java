package org.jiedao.core.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tabular command output in the three forms scripts and people need: aligned columns for a
 * terminal (Chinese characters count as two columns), tab-separated values, and JSON (an array
 * of objects keyed by the column keys).
 */
public final class TextTable {

    /** Output forms, chosen with {@code --format}. */
    public enum Format {
        TABLE, TSV, JSON;

        /**
         * @param text {@code table}, {@code tsv} or {@code json} (any case); null means TABLE
         * @throws CommandException ({@link ExitCode#USAGE}) for anything else
         */
        public static Format parse(String text) throws CommandException {
            if (text == null) {
                return TABLE;
            }
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(org.eclipse.osgi.util.NLS.bind(
                        org.jiedao.core.internal.Messages.TextTable_unknownFormat, text));
            }
        }
    }

    private final List<String> keys;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param keys    stable column keys (for TSV headers and JSON), e.g. {@code id}
     * @param headers column headers for people, in the user's language
     */
    public TextTable(List<String> keys, List<String> headers) {
        if (keys.size() != headers.size()) {
            throw new IllegalArgumentException("keys and headers differ in length");
        }
        this.keys = List.copyOf(keys);
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; {@code null} cells print as empty. */
    public TextTable add(Object... cells) {
        if (cells.length != keys.size()) {
            throw new IllegalArgumentException("expected " + keys.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        // JSON keeps cells as they are; the line-based forms flatten them (see flat)
        rows.add(row);
        return this;
    }

    /** @return the number of rows added */
    public int size() {
        return rows.size();
    }

    /** Prints the table in the given form. */
    public void print(PrintWriter out, Format format) {
        switch (format) {
        case TSV -> printTsv(out);
        case JSON -> printJson(out);
        default -> printAligned(out);
        }
        out.flush();
    }

    private void printAligned(PrintWriter out) {
        int[] widths = new int[keys.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = displayWidth(flat(headers.get(c)));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], displayWidth(flat(row.get(c))));
            }
        }
        printAlignedRow(out, headers, widths);
        for (List<String> row : rows) {
            printAlignedRow(out, row, widths);
        }
    }

    private static void printAlignedRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = flat(cells.get(c));
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - displayWidth(cell) + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private void printTsv(PrintWriter out) {
        out.println(String.join("\t", keys));
        for (List<String> row : rows) {
            List<String> clean = new ArrayList<>();
            for (String cell : row) {
                clean.add(flat(cell));
            }
            out.println(String.join("\t", clean));
        }
    }

    private void printJson(PrintWriter out) {
        StringBuilder json = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            json.append(r == 0 ? "\n  {" : ",\n  {");
            for (int c = 0; c < keys.size(); c++) {
                if (c > 0) {
                    json.append(", ");
                }
                json.append(quote(keys.get(c))).append(": ").append(quote(rows.get(r).get(c)));
            }
            json.append('}');
        }
        json.append(rows.isEmpty() ? "]" : "\n]");
        out.println(json);
    }

    /** Tabs and line breaks would break a row in the line-based forms: they become spaces. */
    private static String flat(String cell) {
        return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** @return {@code text} as a JSON string literal */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
            case '"' -> sb.append("\\\"");
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (ch < 0x20) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * @return the number of terminal columns {@code text} takes: East Asian wide and full-width
     *         characters count two
     */
    public static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
