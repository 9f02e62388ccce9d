package org.jiedao.exchange.internal.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.internal.Messages;

/**
 * A legacy {@code .xls} workbook (BIFF8, Excel 97–2003) read with POI's HSSF. Such a sheet has at
 * most 65,536 rows, so the workbook is read whole. A formula cell is read as the result the file keeps
 * with it (BIFF8 stores one in every FORMULA record): text, number, date, boolean or error.
 */
public final class XlsSource implements TableSource {

    private final HSSFWorkbook workbook;
    private final Locale locale;

    private XlsSource(HSSFWorkbook workbook, Locale locale) {
        this.workbook = workbook;
        this.locale = locale;
    }

    static XlsSource open(POIFSFileSystem fs, Path file, Locale locale) throws ExchangeException {
        try {
            return new XlsSource(new HSSFWorkbook(fs.getRoot(), true), locale);
        } catch (EncryptedDocumentException e) {
            throw new ExchangeException(Kind.ENCRYPTED, NLS.bind(Messages.get(locale).File_encrypted, file.getFileName()), e);
        } catch (OldExcelFormatException e) {
            throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(Messages.get(locale).File_unsupportedKind, "Excel 5.0/95"), e);
        } catch (IOException | RuntimeException e) {
            throw TableSources.damaged(e, locale);
        }
    }

    @Override
    public List<String> sheets() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public void read(String sheetName, RowHandler handler) throws ExchangeException {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new ExchangeException(Kind.EMPTY, NLS.bind(Messages.get(locale).File_noSheet, sheetName));
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            handler.merged(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn() + 1, range.getLastColumn() + 1);
        }
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                cells.add(cell(row.getCell(c)));
            }
            if (!handler.row(r + 1, cells)) {
                return;
            }
        }
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        // BIFF8 keeps every formula's last result in its FORMULA record: that is what Excel or WPS shows
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
        case NUMERIC: {
            double d = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(d);
                String text = dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                        : dateTime.toString().replace('T', ' ');
                return new Cell(text, Optional.of(d), Optional.of(dateTime), formula, text.length());
            }
            String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return new Cell(text, Optional.of(d), Optional.empty(), formula, text.length());
        }
        case STRING: {
            String text = cell.getRichStringCellValue().getString();
            int length = text.length();
            if (length > Cell.MAX_LENGTH) {
                text = text.substring(0, Cell.MAX_LENGTH);
            }
            return new Cell(text, Optional.empty(), Optional.empty(), formula, length);
        }
        case BOOLEAN: {
            String text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            return new Cell(text, Optional.empty(), Optional.empty(), formula, text.length());
        }
        case ERROR: {
            String text;
            try {
                text = FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (IllegalArgumentException e) {
                text = "#" + cell.getErrorCellValue();
            }
            return Cell.error(text, formula);
        }
        default:
            return formula ? Cell.uncalculated() : Cell.EMPTY;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
