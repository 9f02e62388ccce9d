package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.exchange.internal.io.TableSource;
import org.jiedao.exchange.internal.io.TableSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Officers' sheets with formulas (corpus/formulas-*.xls[x], made by LibreOffice from formulas.fods
 * and by POI with evaluated formulas: corpus/make-formula-corpus.sh): a formula cell imports as the
 * result the file keeps with it; a formula whose result is an error, or that has no kept result, is
 * refused with its cell (column letter and row).
 */
class FormulaImportTest {

    @TempDir
    Path dir;

    private Locale previous;

    @BeforeAll
    static void organisation() {
        ExchangeTest.organisation();
    }

    @BeforeEach
    void signIn() throws Exception {
        previous = Locale.getDefault();
        ExchangeTest.security.signOut();
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        ExchangeTest.security.signIn("admin-x", ExchangeTest.PASSWORD.toCharArray());
    }

    @AfterEach
    void signOut() {
        ExchangeTest.security.signOut();
        Locale.setDefault(previous);
    }

    ImportResult importFile(Path file, ImportOptions options) throws Exception {
        return ExchangeTest.exchange.importFile("test-samples", file, options, null);
    }

    /** The date the file keeps for TODAY() (the day the corpus was made), read with POI on its own. */
    static LocalDate cachedToday(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = file.toString().endsWith(".xlsx") ? new XSSFWorkbook(in)
                : new HSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Cell cell = workbook.getSheetAt(0).getRow(2).getCell(2);
            assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, cell.getCellType());
            assertEquals("TODAY()", cell.getCellFormula());
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "formulas-lo.xlsx", "formulas-lo.xls", "formulas-poi.xlsx", "formulas-poi.xls" })
    void formulaCellsImportWhatTheSpreadsheetShows(String name) throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Path file = Corpus.file(name, dir);
        ImportResult all = importFile(file, ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, all.status(), all.problems().toString());
        assertEquals(4, all.rowsRead());
        assertEquals(1, all.problemCount(), "only the row whose VLOOKUP gives #N/A: " + all.problems());
        Problem na = all.problems().get(0);
        assertEquals(5, na.row());
        assertEquals("来信登记", na.sheet());
        assertEquals(Optional.of("community"), na.column());
        assertTrue(na.message().contains("B5") && na.message().contains("#N/A") && na.message().contains("IFERROR"), na.message());
        assertEquals(0, ExchangeTest.count(), "an invalid file writes nothing");

        Path rejects = dir.resolve("rejects.csv");
        ImportResult partial = importFile(file, ImportOptions.defaults().withRejectsFile(rejects));
        assertEquals(ImportResult.Status.PARTIAL, partial.status());
        assertEquals(3, partial.rowsWritten());
        String rejected = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(rejected.contains("找不到社区的一行,#N/A,2021-06-04"), rejected);

        List<SampleRecord> rows = ExchangeTest.persistence.read(em -> em.createQuery(
                "select s from SampleRecord s order by s.id", SampleRecord.class).getResultList());
        // row 2: HYPERLINK shows its text, VLOOKUP on the other sheet, DATE, SUM, 1+2, IF giving text
        assertEquals("华辰嘉园社区楼道堆放杂物", rows.get(0).getTitle());
        assertEquals("X-1-1", rows.get(0).getUnitCode());
        assertEquals(LocalDate.of(2021, 6, 1), rows.get(0).getReceivedOn());
        assertEquals(new BigDecimal("12.50"), rows.get(0).getAmount());
        assertEquals(3, rows.get(0).getVisits());
        assertEquals(SampleKind.REQUEST, rows.get(0).getKind());
        // row 3: CONCATENATE, VLOOKUP, TODAY() as the date the file keeps, SUM over the other sheet
        assertEquals("建议增设老年助餐点", rows.get(1).getTitle());
        assertEquals("X-1-2", rows.get(1).getUnitCode());
        assertEquals(cachedToday(file), rows.get(1).getReceivedOn());
        assertTrue(rows.get(1).getReceivedOn().getYear() >= 2026, rows.get(1).getReceivedOn().toString());
        assertEquals(new BigDecimal("12.25"), rows.get(1).getAmount());
        // row 4: a boolean result as text, ROUND, IF giving empty text: a blank cell, no value
        assertEquals("TRUE", rows.get(2).getTitle());
        assertEquals(3, rows.get(2).getVisits());
        assertNull(rows.get(2).getKind());
    }

    /** The cells as the readers give them: formula flag, value kinds, error and blank results. */
    @ParameterizedTest
    @ValueSource(strings = { "formulas-lo.xlsx", "formulas-lo.xls", "formulas-poi.xlsx", "formulas-poi.xls" })
    void readersGiveTheCachedResultWithItsType(String name) throws Exception {
        List<List<Cell>> rows = read(Corpus.file(name, dir), "来信登记");
        Cell hyperlink = rows.get(1).get(0);
        assertTrue(hyperlink.formula());
        assertEquals(Cell.State.VALUE, hyperlink.state());
        assertEquals("华辰嘉园社区楼道堆放杂物", hyperlink.text());
        Cell date = rows.get(1).get(2);
        assertEquals(LocalDate.of(2021, 6, 1), date.dateTime().orElseThrow().toLocalDate());
        assertEquals(12.5, rows.get(1).get(3).number().orElseThrow());
        Cell bool = rows.get(3).get(0);
        assertEquals("TRUE", bool.text());
        assertTrue(bool.formula());
        assertTrue(rows.get(3).get(5).isBlank(), "IF(…,\"\") is blank: " + rows.get(3).get(5));
        Cell na = rows.get(4).get(1);
        assertEquals(Cell.State.ERROR, na.state());
        assertEquals("#N/A", na.text());
        assertTrue(na.formula());
        assertFalse(rows.get(4).get(0).formula());
        // the lookup sheet reads as values
        assertEquals("X-1-2", read(Corpus.file(name, dir), "社区表").get(1).get(1).text());
    }

    static List<List<Cell>> read(Path file, String sheet) throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        try (TableSource source = TableSources.open(file, Optional.empty(), Locale.ENGLISH)) {
            source.read(sheet, (row, cells) -> {
                while (rows.size() < row - 1) {
                    rows.add(List.of());
                }
                rows.add(cells);
                return true;
            });
        }
        return rows;
    }

    @Test
    void aFormulaWithoutAKeptResultIsRefusedWithItsCellInBothLanguages() throws Exception {
        // corpus/formula.xlsx: POI wrote =10+2.5 into D3 without calculating it (no <v> in the sheet)
        Path file = Corpus.file("formula.xlsx", dir);
        assertEquals(Cell.State.UNCALCULATED, read(file, "来信登记").get(2).get(3).state());
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        ImportResult zh = importFile(file, ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, zh.status());
        assertEquals(1, zh.problemCount(), zh.problems().toString());
        Problem problem = zh.problems().get(0);
        assertEquals(3, problem.row());
        assertEquals(Optional.of("amount"), problem.column());
        assertTrue(problem.message().contains("D3") && problem.message().contains("没有保存其计算结果"), problem.message());
        Locale.setDefault(Locale.ENGLISH);
        ImportResult en = importFile(file, ImportOptions.defaults());
        assertTrue(en.problems().get(0).message().startsWith("cell D3 holds a formula but the file does not keep its result"),
                en.problems().get(0).message());
        assertEquals(0, ExchangeTest.count());
        // with a rejects file the other rows are written, the formula row is kept for correction
        ImportResult partial = importFile(file, ImportOptions.defaults().withRejectsFile(dir.resolve("r.xlsx")));
        assertEquals(2, partial.rowsWritten());
    }

    @ParameterizedTest
    @ValueSource(strings = { "pasted-error.xlsx", "pasted-error.xls" })
    void anErrorValueWithoutFormulaIsRefusedToo(String name) throws Exception {
        // "paste as values" of a #N/A keeps the error as the cell's value
        Path file = dir.resolve(name);
        try (Workbook workbook = name.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("粘贴为数值");
            sheet.createRow(0).createCell(0).setCellValue("标题");
            sheet.getRow(0).createCell(1).setCellValue("社区");
            sheet.createRow(1).createCell(0).setCellValue("一行");
            sheet.getRow(1).createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            workbook.write(out);
        }
        Locale.setDefault(Locale.ENGLISH);
        ImportResult result = importFile(file, ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, result.status());
        assertEquals("cell B2 holds the error value #N/A", result.problems().get(0).message());
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("单元格 B2 是错误值 #N/A", importFile(file, ImportOptions.defaults()).problems().get(0).message());
    }

    @Test
    void anXlsAlwaysKeepsAResultSoANeverCalculatedOneReadsAsZero() throws Exception {
        // BIFF8 stores a result in every FORMULA record: POI without evaluation leaves 0 there, as Excel would
        // show until it recalculates. There is no "no result" to detect: the documented limit of .xls.
        List<List<Cell>> rows = read(Corpus.file("formulas-uncalculated.xls", dir), "来信登记");
        Cell sum = rows.get(1).get(3);
        assertTrue(sum.formula());
        assertEquals(Cell.State.VALUE, sum.state());
        assertEquals(0.0, sum.number().orElseThrow());
        ImportResult result = importFile(Corpus.file("formulas-uncalculated.xls", dir), ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, result.status(), "the zeros are no community: refused by the types");
        assertEquals(0, ExchangeTest.count());
    }
}
