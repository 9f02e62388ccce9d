package org.jiedao.exchange.internal.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jiedao.exchange.internal.Neutraliser;

/**
 * RFC 4180 CSV with CRLF line ends. UTF-8 files start with a BOM, so that Excel opens Chinese text
 * correctly; GB18030 (for old tools) has none. Text a spreadsheet would run as a formula gets the
 * OWASP guard: {@code "'=…"}, see {@link Neutraliser}.
 */
public final class CsvWriter implements TableWriter {

    private final Writer out;

    public CsvWriter(Path file, Charset charset) throws IOException {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        OutputStream stream = Files.newOutputStream(file);
        if (cs.equals(StandardCharsets.UTF_8)) {
            stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        out = new BufferedWriter(new OutputStreamWriter(stream, cs), 64 * 1024);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        String text;
        if (value == null) {
            return "";
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor || value instanceof Boolean) {
            text = value.toString();
        } else if (Neutraliser.isGuarded(value.toString())) {
            // OWASP: a single quote before the text, and the field always quoted
            return "\"'" + value.toString().replace("\"", "\"\"") + '"';
        } else {
            text = value.toString();
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0 || text.startsWith(" ") || text.endsWith(" ")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
