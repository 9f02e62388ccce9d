package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports never hand a spreadsheet a formula that a resident wrote: text starting with = + - @, a tab
 * or a carriage return is a string cell in .xlsx and carries OWASP's guard in .csv (a single quote,
 * the field quoted); importing the export gives every text back exactly, and numbers stay numbers.
 */
class FormulaInjectionTest {

    /** What residents write: formulas, a phone number, a minus, a mention, control characters, apostrophes. */
    static final List<String> TITLES = List.of("=1+1", "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点我\")", "+86 138 0000 0000",
            "-5", "@SUM(A1:A2)", "\t制表符开头", "\r回车开头", "'=已有撇号的公式", "''-两个撇号", "'普通撇号", "普通文本, 带逗号", "=cmd|' /C calc'!A0");

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        ExchangeTest.organisation();
    }

    @BeforeEach
    void signIn() throws Exception {
        ExchangeTest.security.signOut();
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        ExchangeTest.security.signIn("admin-x", ExchangeTest.PASSWORD.toCharArray());
        ExchangeTest.persistence.transaction(em -> {
            for (int i = 0; i < TITLES.size(); i++) {
                SampleRecord record = new SampleRecord(TITLES.get(i), null, i == 3 ? new BigDecimal("-5.00") : BigDecimal.ONE,
                        i == 3 ? -5 : 1, null);
                record.setUnit(ExchangeTest.units.find("X-1-1").orElseThrow());
                em.persist(record);
            }
            return null;
        });
    }

    @AfterEach
    void signOut() {
        ExchangeTest.security.signOut();
    }

    static List<String> titles() {
        return ExchangeTest.persistence.read(em -> em.createQuery("select s.title from SampleRecord s order by s.id", String.class)
                .getResultList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "export.csv", "export.xlsx" })
    void dangerousTextIsWrittenAsTextAndImportsBackExactly(String name) throws Exception {
        Path file = dir.resolve(name);
        assertEquals(TITLES.size(), ExchangeTest.exchange.exportFile("test-samples", file, ExportOptions.defaults(Locale.ENGLISH), null).rows());
        if (name.endsWith(".csv")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // OWASP: a single quote in front, the field quoted (quotes doubled)
            assertTrue(text.contains("\r\n\"'=1+1\",X-1-1,"), text);
            assertTrue(text.contains("\r\n\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"点我\"\")\",X-1-1,"), text);
            assertTrue(text.contains("\r\n\"'+86 138 0000 0000\","), text);
            assertTrue(text.contains("\r\n\"'-5\",X-1-1,,-5.00,-5,"), "the text -5 guarded, the numbers -5 as numbers: " + text);
            assertTrue(text.contains("\r\n\"'@SUM(A1:A2)\","), text);
            assertTrue(text.contains("\r\n\"'\t制表符开头\","), text);
            assertTrue(text.contains("\r\n\"'\r回车开头\","), text);
            assertTrue(text.contains("\r\n\"''=已有撇号的公式\","), "apostrophes before a formula get one more: " + text);
            assertTrue(text.contains("\r\n\"'''-两个撇号\","), text);
            assertTrue(text.contains("\r\n'普通撇号,X-1-1,"), "an apostrophe before plain text is left alone: " + text);
            assertTrue(text.contains("\r\n\"'=cmd|' /C calc'!A0\","), text);
        } else {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                List<String> written = new ArrayList<>();
                for (Row row : workbook.getSheetAt(0)) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().formatAsString());
                    }
                    if (row.getRowNum() > 0) {
                        org.apache.poi.ss.usermodel.Cell title = row.getCell(0);
                        assertEquals(CellType.STRING, title.getCellType());
                        written.add(title.getStringCellValue());
                        boolean dangerous = "=+-@\t\r".indexOf(title.getStringCellValue().charAt(0)) >= 0;
                        assertEquals(dangerous, title.getCellStyle().getQuotePrefixed(), title.getStringCellValue());
                    }
                }
                assertEquals(TITLES, written, "the cells hold the texts exactly (no apostrophe in the value)");
                Row minus = workbook.getSheetAt(0).getRow(4);
                assertEquals(CellType.NUMERIC, minus.getCell(3).getCellType());
                assertEquals(-5.0, minus.getCell(3).getNumericCellValue());
                assertEquals(-5.0, minus.getCell(4).getNumericCellValue());
            }
        }
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        ImportResult again = ExchangeTest.exchange.importFile("test-samples", file, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, again.status(), again.problems().toString());
        assertEquals(TITLES, titles());
        assertEquals(new BigDecimal("-5.00"), ExchangeTest.persistence.read(em -> em.createQuery(
                "select s.amount from SampleRecord s where s.title = '-5'", BigDecimal.class).getSingleResult()));
        assertEquals(-5, ExchangeTest.persistence.read(em -> em.createQuery(
                "select s.visits from SampleRecord s where s.title = '-5'", Integer.class).getSingleResult()));
    }

    @Test
    void aForeignGuardedCsvLosesTheGuardAndNumbersStayNumbers() throws Exception {
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        Path file = dir.resolve("other-program.csv");
        Files.writeString(file, "title,community,amount,visits\r\n" //
                + "'=SUM(1+1),X-1-1,'-5,-3\r\n" // OWASP-guarded without quotes; numbers, one guarded
                + "\"'@某人\",X-1-1,-0.5,'+2\r\n" //
                + "'不是公式,X-1-1,1,1\r\n", StandardCharsets.UTF_8);
        ImportResult result = ExchangeTest.exchange.importFile("test-samples", file, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(List.of("=SUM(1+1)", "@某人", "'不是公式"), titles());
        List<Object[]> numbers = ExchangeTest.persistence.read(em -> em.createQuery(
                "select s.amount, s.visits from SampleRecord s order by s.id", Object[].class).getResultList());
        assertEquals(new BigDecimal("-5.00"), numbers.get(0)[0]);
        assertEquals(-3, numbers.get(0)[1]);
        assertEquals(new BigDecimal("-0.50"), numbers.get(1)[0]);
        assertEquals(2, numbers.get(1)[1]);
    }

    @Test
    void aRejectsFileKeepsTheGuardToo() throws Exception {
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "title,community\r\n\"'=1+1\",没有的社区\r\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.csv");
        ImportResult result = ExchangeTest.exchange.importFile("test-samples", file, ImportOptions.defaults().withRejectsFile(rejects),
                null);
        assertEquals(ImportResult.Status.PARTIAL, result.status());
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n\"'=1+1\",没有的社区,"), text);
    }
}
