package org.jiedao.exchange.internal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.internal.Messages;
import org.jiedao.exchange.internal.Neutraliser;

/**
 * An RFC 4180 CSV file: quoted fields with doubled quotes and line breaks, a comma, tab or semicolon
 * delimiter (the one the header line uses), CRLF or LF. The charset is detected from a BOM (UTF-8,
 * UTF-16), else the bytes are checked as strict UTF-8, else GB18030 (a superset of GBK and GB2312,
 * what Chinese Excel writes by default). Cells longer than {@link Cell#MAX_LENGTH} are cut (and
 * reported by the import) so a broken file cannot fill the memory. A field that starts with the
 * apostrophe of the CSV-injection guard ({@code '=…}, {@code '-…}) loses it ({@link Neutraliser#restore}).
 */
public final class CsvSource implements TableSource {

    /** GB18030: the superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final Locale locale;

    public CsvSource(Path file, Optional<Charset> chosen, Locale locale) throws ExchangeException {
        this.file = file;
        this.locale = locale;
        try {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                charset = chosen.orElse(StandardCharsets.UTF_8);
                bomLength = 3;
            } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                charset = chosen.orElse(StandardCharsets.UTF_16LE);
                bomLength = 2;
            } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                charset = chosen.orElse(StandardCharsets.UTF_16BE);
                bomLength = 2;
            } else {
                charset = chosen.isPresent() ? chosen.get() : (isUtf8(file) ? StandardCharsets.UTF_8 : GB18030);
                bomLength = 0;
            }
        } catch (IOException e) {
            throw new ExchangeException(Kind.IO, NLS.bind(Messages.get(locale).File_unreadable, file, e.getMessage()), e);
        }
    }

    /** Strict UTF-8 check of the whole file (streamed; a few milliseconds per megabyte). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = stream.read(buffer)) > 0) {
                in.put(buffer, 0, n);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
                return false;
            }
            return !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public List<String> sheets() {
        return List.of("");
    }

    @Override
    public Optional<String> charset() {
        return Optional.of(charset.name());
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ExchangeException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            raw.skipNBytes(bomLength);
            Reader reader = new java.io.BufferedReader(new InputStreamReader(raw, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
            parse(reader, handler);
        } catch (IOException e) {
            throw new ExchangeException(Kind.IO, NLS.bind(Messages.get(locale).File_unreadable, file, e.getMessage()), e);
        }
    }

    private void parse(Reader reader, RowHandler handler) throws IOException, ExchangeException {
        char delimiter = 0;
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int fieldLength = 0;
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterQuote = false;
        List<String> firstLine = new ArrayList<>();
        // the delimiter: the first of tab / semicolon / comma in the first line outside quotes (comma when none)
        reader.mark(1 << 16);
        int c0;
        boolean q = false;
        int looked = 0;
        while ((c0 = reader.read()) >= 0 && looked++ < (1 << 16) - 1) {
            if (c0 == '"') {
                q = !q;
            } else if (!q && (c0 == '\n' || c0 == '\r')) {
                break;
            } else if (!q && (c0 == ',' || c0 == '\t' || c0 == ';')) {
                firstLine.add(String.valueOf((char) c0));
            }
        }
        reader.reset();
        long commas = firstLine.stream().filter(","::equals).count();
        long tabs = firstLine.stream().filter("\t"::equals).count();
        long semicolons = firstLine.stream().filter(";"::equals).count();
        delimiter = tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';

        int c;
        boolean any = false;
        while (true) {
            c = reader.read();
            if (c < 0) {
                if (inQuotes) {
                    throw new ExchangeException(Kind.DAMAGED, NLS.bind(Messages.get(locale).File_unterminatedQuote, recordStart));
                }
                if (any || fieldLength > 0 || !cells.isEmpty()) {
                    cells.add(cell(field, fieldLength));
                    handler.row(recordStart, cells);
                }
                return;
            }
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        fieldLength = append(field, fieldLength, '"');
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                        if (next >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    fieldLength = append(field, fieldLength, (char) c);
                }
                continue;
            }
            if (c == '"' && fieldLength == 0 && !afterQuote) {
                inQuotes = true;
                quoted = true;
                continue;
            }
            if (c == delimiter) {
                cells.add(cell(field, fieldLength));
                field.setLength(0);
                fieldLength = 0;
                afterQuote = false;
                quoted = false;
                if (cells.size() > 16_384) {
                    throw new ExchangeException(Kind.DAMAGED, NLS.bind(Messages.get(locale).File_tooManyCells, recordStart));
                }
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next != '\n' && next >= 0) {
                        reader.reset();
                    }
                }
                cells.add(cell(field, fieldLength));
                if (!handler.row(recordStart, cells)) {
                    return;
                }
                cells = new ArrayList<>();
                field.setLength(0);
                fieldLength = 0;
                afterQuote = false;
                quoted = false;
                any = false;
                line++;
                recordStart = line;
                continue;
            }
            // text after a closing quote ("ab"c) is kept, as spreadsheets do
            fieldLength = append(field, fieldLength, (char) c);
        }
    }

    private static int append(StringBuilder field, int length, char c) {
        if (length < Cell.MAX_LENGTH) {
            field.append(c);
        }
        return length + 1;
    }

    private static Cell cell(StringBuilder field, int length) {
        String text = Neutraliser.restore(field.toString());
        return new Cell(text, Optional.empty(), Optional.empty(), false, text.length() == field.length() ? length : length - 1);
    }

    @Override
    public void close() {
    }
}
