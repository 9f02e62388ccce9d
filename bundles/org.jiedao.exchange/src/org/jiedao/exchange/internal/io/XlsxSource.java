package org.jiedao.exchange.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.internal.Messages;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} workbook read as a stream: each sheet's XML is parsed with SAX, row by row, so a
 * sheet of 100,000 rows never sits in memory (only the shared strings table does, as in Excel). A
 * formula cell ({@code <f>}) is read as the result the file keeps with it ({@code <v>}, as Excel, WPS and
 * LibreOffice write it: text, number, date by the cell's style, boolean or error); a formula without a
 * kept result is {@link Cell.State#UNCALCULATED}.
 */
public final class XlsxSource implements TableSource {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Locale locale;

    XlsxSource(OPCPackage pkg, Locale locale) throws ExchangeException {
        this.pkg = pkg;
        this.locale = locale;
        try {
            reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            styles = reader.getStylesTable();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw TableSources.damaged(e, locale);
        }
    }

    static XlsxSource open(Path file, Locale locale) throws ExchangeException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw TableSources.damaged(e, locale);
        }
        if (pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
            boolean word = !pkg.getPartsByName(java.util.regex.Pattern.compile("/word/.*")).isEmpty();
            pkg.revert();
            throw new ExchangeException(Kind.UNSUPPORTED_TYPE,
                    word ? Messages.get(locale).File_wordDocument : NLS.bind(Messages.get(locale).File_unsupportedKind, "OOXML"));
        }
        return new XlsxSource(pkg, locale);
    }

    @Override
    public List<String> sheets() throws ExchangeException {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    names.add(it.getSheetName());
                }
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw TableSources.damaged(e, locale);
        }
        return names;
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ExchangeException {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!it.getSheetName().equals(sheet)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    SheetHandler sheetHandler = new SheetHandler(handler);
                    parser.setContentHandler(sheetHandler);
                    try {
                        parser.parse(new InputSource(in));
                    } catch (Stop stop) {
                        // the handler asked to stop
                    } catch (Failed failed) {
                        throw failed.exception;
                    }
                    return;
                }
            }
            throw new ExchangeException(Kind.EMPTY, NLS.bind(Messages.get(locale).File_noSheet, sheet));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw TableSources.damaged(e, locale);
        }
    }

    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class Failed extends SAXException {
        private static final long serialVersionUID = 1L;
        final ExchangeException exception;

        Failed(ExchangeException exception) {
            this.exception = exception;
        }
    }

    private final class SheetHandler extends DefaultHandler {
        private final RowHandler handler;
        private final StringBuilder value = new StringBuilder();
        private int valueLength;
        private boolean collecting;
        private List<Cell> cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean inInlineString;

        SheetHandler(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r != null ? new CellReference(r).getCol() : column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s != null ? Integer.parseInt(s) : -1;
                formula = false;
                hasValue = false;
                value.setLength(0);
                valueLength = 0;
            }
            case "v" -> {
                collecting = true;
                hasValue = true;
            }
            case "is" -> {
                inInlineString = true;
                hasValue = true;
            }
            case "t" -> collecting = inInlineString;
            case "f" -> formula = true;
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    CellRangeAddress range = CellRangeAddress.valueOf(ref);
                    handler.merged(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn() + 1,
                            range.getLastColumn() + 1);
                }
            }
            default -> {
            }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                int room = Cell.MAX_LENGTH - value.length();
                if (room > 0) {
                    value.append(ch, start, Math.min(room, length));
                }
                valueLength += length;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add(Cell.EMPTY);
                }
                cells.add(cell());
            }
            case "row" -> {
                try {
                    if (!handler.row(rowNumber, cells)) {
                        throw new Stop();
                    }
                } catch (ExchangeException e) {
                    throw new Failed(e);
                }
            }
            default -> {
            }
            }
        }

        private Cell cell() {
            String raw = value.toString();
            if (formula && !hasValue) {
                // <f> without <v>: a program that does not calculate wrote the formula (Excel and WPS keep the result)
                return Cell.uncalculated();
            }
            if ("e".equals(type)) {
                return Cell.error(raw.strip(), formula);
            }
            if (type == null || "n".equals(type)) {
                if (raw.isEmpty()) {
                    return Cell.EMPTY;
                }
                double d;
                try {
                    d = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    return new Cell(raw, Optional.empty(), Optional.empty(), formula, raw.length());
                }
                if (style >= 0 && style < styles.getNumCellStyles()) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(style);
                    if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                            && DateUtil.isValidExcelDate(d)) {
                        LocalDateTime dateTime = DateUtil.getLocalDateTime(d);
                        String text = dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                                : dateTime.toString().replace('T', ' ');
                        return new Cell(text, Optional.of(d), Optional.of(dateTime), formula, text.length());
                    }
                }
                String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
                return new Cell(text, Optional.of(d), Optional.empty(), formula, text.length());
            }
            String text = switch (type) {
            case "s" -> {
                try {
                    String s = strings.getItemAt(Integer.parseInt(raw)).getString();
                    valueLength = s.length();
                    yield s.length() > Cell.MAX_LENGTH ? s.substring(0, Cell.MAX_LENGTH) : s;
                } catch (RuntimeException e) {
                    yield raw;
                }
            }
            case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
            default -> raw; // inlineStr, str (a formula's text result: HYPERLINK, CONCATENATE, VLOOKUP ...)
            };
            return new Cell(text, Optional.empty(), Optional.empty(), formula, Math.max(valueLength, text.length()));
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
