package org.jiedao.exchange.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the POI half of the formula corpus (corpus/formulas-poi.xlsx, .xls): the same sheets as
 * corpus/formulas.fods, which LibreOffice converts to formulas-lo.xlsx and .xls, but made by POI with
 * the formulas evaluated (so the files keep cached results as Excel and WPS do), and a workbook whose
 * formula was never evaluated (formulas-uncalculated.xls). Run by corpus/make-formula-corpus.sh;
 * it uses nothing but POI, so it also runs as a single source file ({@code java -cp POI FILE.java DIR}).
 */
public final class FormulaCorpusWriter {

    static final String[] HEADERS = { "标题", "社区", "收到日期", "金额", "走访次数", "类型" };

    private FormulaCorpusWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            write(workbook, dir.resolve("formulas-poi.xlsx"), true);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            write(workbook, dir.resolve("formulas-poi.xls"), true);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            write(workbook, dir.resolve("formulas-uncalculated.xls"), false);
        }
    }

    /** The sheets of formulas.fods: data rows whose cells are formulas, and a lookup sheet. */
    static void write(Workbook workbook, Path file, boolean evaluate) throws Exception {
        Sheet data = workbook.createSheet("来信登记");
        Sheet lookup = workbook.createSheet("社区表");
        String[][] communities = { { "华辰嘉园", "X-1-1", "10" }, { "华元", "X-1-2", "2.25" } };
        for (int r = 0; r < communities.length; r++) {
            Row row = lookup.createRow(r);
            row.createCell(0).setCellValue(communities[r][0]);
            row.createCell(1).setCellValue(communities[r][1]);
            row.createCell(2).setCellValue(Double.parseDouble(communities[r][2]));
        }
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = data.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            header.createCell(c).setCellValue(HEADERS[c]);
        }
        // row 2: HYPERLINK showing text, VLOOKUP across sheets, DATE, SUM, a sum of numbers, IF giving text
        Row r2 = data.createRow(1);
        r2.createCell(0).setCellFormula("HYPERLINK(\"http://example.invalid/hc\",\"华辰嘉园社区楼道堆放杂物\")");
        r2.createCell(1).setCellFormula("VLOOKUP(\"华辰嘉园\",社区表!$A$1:$B$2,2,FALSE)");
        r2.createCell(2).setCellFormula("DATE(2021,6,1)");
        r2.getCell(2).setCellStyle(date);
        r2.createCell(3).setCellFormula("SUM(10,2.5)");
        r2.createCell(4).setCellFormula("1+2");
        r2.createCell(5).setCellFormula("IF(1>0,\"诉求\",\"建议\")");
        // row 3: CONCATENATE, VLOOKUP, TODAY (a date), SUM over the other sheet
        Row r3 = data.createRow(2);
        r3.createCell(0).setCellFormula("CONCATENATE(\"建议增设\",\"老年助餐点\")");
        r3.createCell(1).setCellFormula("VLOOKUP(\"华元\",社区表!$A$1:$B$2,2,FALSE)");
        r3.createCell(2).setCellFormula("TODAY()");
        r3.getCell(2).setCellStyle(date);
        r3.createCell(3).setCellFormula("SUM(社区表!C1:C2)");
        r3.createCell(4).setCellValue(4);
        r3.createCell(5).setCellValue("建议");
        // row 4: a boolean result, a formula whose result is empty text (a blank cell), ROUND
        Row r4 = data.createRow(3);
        r4.createCell(0).setCellFormula("1>0");
        r4.createCell(1).setCellValue("X-1-1");
        r4.createCell(2).setCellFormula("DATE(2021,6,3)");
        r4.getCell(2).setCellStyle(date);
        r4.createCell(3).setCellValue(1);
        r4.createCell(4).setCellFormula("ROUND(2.6,0)");
        r4.createCell(5).setCellFormula("IF(1>2,\"诉求\",\"\")");
        // row 5: VLOOKUP that finds nothing: #N/A
        Row r5 = data.createRow(4);
        r5.createCell(0).setCellValue("找不到社区的一行");
        r5.createCell(1).setCellFormula("VLOOKUP(\"不存在\",社区表!$A$1:$B$2,2,FALSE)");
        r5.createCell(2).setCellFormula("DATE(2021,6,4)");
        r5.getCell(2).setCellStyle(date);
        r5.createCell(3).setCellValue(2);
        r5.createCell(4).setCellValue(1);
        r5.createCell(5).setCellValue("诉求");
        if (evaluate) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
