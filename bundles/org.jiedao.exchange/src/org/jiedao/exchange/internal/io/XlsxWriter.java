package org.jiedao.exchange.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jiedao.exchange.internal.Neutraliser;

/**
 * An {@code .xlsx} file written with POI's streaming SXSSF (100 rows in memory, the rest in a
 * temporary file): the first row bold and frozen, dates as date cells, numbers as numbers, text as
 * text; text starting like a formula gets Excel's quote-prefix style, so it stays text even when a
 * user edits the cell.
 */
public final class XlsxWriter implements TableWriter {

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle quoted;
    private int next;

    public XlsxWriter(Path file) {
        this.file = file;
        this.workbook = ClassLoaders.withBundleLoader(() -> new SXSSFWorkbook(100));
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Sheet1");
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    @Override
    public void row(List<?> values) throws IOException {
        Row row = sheet.createRow(next);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            if (next == 0) {
                cell.setCellValue(value.toString());
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, value.toString().length() * 2 + 4)) * 256);
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (Neutraliser.isDangerous(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
        if (next == 0) {
            sheet.createFreezePane(0, 1);
        }
        next++;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ClassLoaders.withBundleLoader(() -> {
                workbook.write(out);
                return null;
            });
        } finally {
            workbook.close();
        }
    }
}
