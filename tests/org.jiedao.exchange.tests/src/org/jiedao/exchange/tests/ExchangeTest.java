package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.FilePreview;
import org.jiedao.exchange.FormatDescriptor;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The import/export framework on a real embedded Derby with the platform's security and scoping:
 * every good file of the corpus imports, every bad one is refused with a plain message and writes
 * nothing, exports import again unchanged.
 */
class ExchangeTest {

    static final String PASSWORD = "Exchange-2021!";
    static PersistenceService persistence;
    static SecurityService security;
    static ExchangeService exchange;
    static OrgUnitService units;

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        persistence = Services.await(PersistenceService.class);
        security = Services.await(SecurityService.class);
        exchange = Services.await(ExchangeService.class);
        units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("X").isEmpty()) {
            units.create("X", "相城区", OrgLevel.DISTRICT, null);
            units.create("X-1", "元和街道", OrgLevel.STREET, "X");
            units.create("X-1-1", "华辰嘉园社区", OrgLevel.COMMUNITY, "X-1");
            units.create("X-1-2", "华元社区", OrgLevel.COMMUNITY, "X-1");
            security.createUser("admin-x", "区管理员", Role.DISTRICT_ADMIN, "X", PASSWORD.toCharArray());
            security.createUser("worker-hc", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, "X-1-1", PASSWORD.toCharArray());
        }
    }

    @BeforeEach
    void signIn() throws Exception {
        security.signOut();
        persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        security.signIn("admin-x", PASSWORD.toCharArray());
    }

    @AfterEach
    void signOut() {
        security.signOut();
    }

    static long count() {
        return persistence.read(em -> em.createQuery("select count(s) from SampleRecord s", Long.class).getSingleResult());
    }

    ImportResult importFile(String name, ImportOptions options) throws ExchangeException {
        return exchange.importFile("test-samples", Corpus.file(name, dir), options, new NullProgressMonitor());
    }

    @Test
    void formatsComeFromTheExtensionPointAndMistakesAreSkipped() {
        List<String> ids = exchange.formats().stream().map(FormatDescriptor::id).toList();
        assertTrue(ids.contains("test-samples") && ids.contains("org-units"), ids.toString());
        assertFalse(ids.contains("test-not-a-format") || ids.contains("test-no-class"), ids.toString());
        assertEquals(1, ids.stream().filter("test-samples"::equals).count());
    }

    @ParameterizedTest
    @CsvSource({ "good.csv", "good-bom.csv", "good-gbk.csv", "good.xlsx", "good.xls" })
    void goodFilesImport(String name) throws Exception {
        ImportResult result = importFile(name, ImportOptions.defaults());
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(5, result.rowsWritten());
        assertEquals(5, count());
        List<Object[]> rows = persistence.read(em -> em.createQuery(
                "select s.title, s.unitCode, s.receivedOn, s.kind from SampleRecord s order by s.id", Object[].class).getResultList());
        assertEquals("楼道堆放杂物，存在消防隐患（第1件）", rows.get(0)[0]);
        assertEquals("X-1-1", rows.get(0)[1]);
        assertEquals("X-1-1", rows.get(1)[1], "the community by name: 华辰嘉园社区");
        assertEquals(LocalDate.of(2021, 6, 1), rows.get(0)[2]);
        assertEquals(SampleKind.REQUEST, rows.get(0)[3]);
        assertEquals(SampleKind.SUGGESTION, rows.get(1)[3]);
    }

    @Test
    void gbkIsDetectedAndUtf8IsPreferredWhenValid() throws Exception {
        FilePreview gbk = exchange.preview("test-samples", Corpus.file("good-gbk.csv", dir), ImportOptions.defaults(), 3);
        assertEquals("GB18030", gbk.charset().orElseThrow());
        assertEquals(List.of("标题", "社区", "收到日期", "金额", "走访次数", "类型"), gbk.headers());
        assertEquals("title", gbk.mapping().get("标题"));
        assertEquals(3, gbk.rows().size());
        FilePreview utf8 = exchange.preview("test-samples", Corpus.file("good.csv", dir), ImportOptions.defaults(), 3);
        assertEquals("UTF-8", utf8.charset().orElseThrow());
        assertEquals(List.of(2, 3, 4), utf8.rowNumbers());
    }

    @Test
    void invalidRowsAreAllReportedAndNothingIsWritten() throws Exception {
        ImportResult result = importFile("invalid-rows.csv", ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, result.status());
        assertEquals(0, count());
        assertEquals(10, result.rowsRead());
        assertEquals(3, result.rowsValid());
        Map<Integer, String> byRow = result.problems().stream()
                .collect(Collectors.toMap(Problem::row, p -> p.column().orElse("") + ": " + p.message(), (a, b) -> a + " | " + b));
        assertTrue(byRow.get(3).startsWith("community: ") && byRow.get(3).contains("不存在社区"), byRow.toString());
        assertTrue(byRow.get(4).startsWith("received_on: ") && byRow.get(4).contains("2021-02-30"), byRow.toString());
        assertTrue(byRow.get(5).startsWith("amount: ") && byRow.get(5).contains("100000"), byRow.toString());
        assertTrue(byRow.get(6).startsWith("title: "), byRow.toString());
        assertTrue(byRow.get(7).startsWith("kind: ") && byRow.get(7).contains("投诉") && byRow.get(7).contains("request"), byRow.toString());
        assertTrue(byRow.get(8).startsWith("visits: "), byRow.toString());
        assertTrue(byRow.get(10).contains("duplicate title"), "the format's own validation: " + byRow);
        assertEquals(7, result.problemCount());
    }

    @Test
    void skipInvalidImportsTheValidRowsAndWritesTheRejectsToAFileThatImportsAgain() throws Exception {
        Path rejects = dir.resolve("问题行.csv");
        ImportResult result = importFile("invalid-rows.csv", ImportOptions.defaults().withRejectsFile(rejects));
        assertEquals(ImportResult.Status.PARTIAL, result.status());
        assertEquals(3, result.rowsWritten(), "two good rows and the first 重复标题");
        assertEquals(3, count());
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals(8, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("\uFEFFtitle,community,received_on,amount,visits,kind,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("找不到的社区,不存在社区,") && lines.get(1).contains("community: "), lines.get(1));
        // the rejects file has the original columns: it imports again (with the same problems until fixed)
        ImportResult again = exchange.importFile("test-samples", rejects, ImportOptions.defaults(), null);
        assertEquals(7, again.rowsRead());
        assertEquals(ImportResult.Status.INVALID, again.status());
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        ImportResult result = importFile("good.xlsx", ImportOptions.defaults().withDryRun(true));
        assertEquals(ImportResult.Status.VALID, result.status());
        assertEquals(5, result.rowsValid());
        assertEquals(0, count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "formula.xlsx|INVALID_ROWS|公式", //
            "merged-header.xlsx|HEADER|合并单元格", //
            "duplicate-header.csv|HEADER|都对应列 title", //
            "unknown-header.csv|HEADER|phon", //
            "missing-column.csv|HEADER|community", //
            "header-only.csv|EMPTY|没有数据行", //
            "empty.xlsx|EMPTY|没有表头", //
            "unterminated.csv|DAMAGED|引号", //
            "huge-cell.csv|INVALID_ROWS|40000", //
            "truncated.xlsx|DAMAGED|损坏", //
            "password.xlsx|ENCRYPTED|密码", //
            "document.xlsx|UNSUPPORTED_TYPE|文字处理文档", //
            "picture.csv|UNSUPPORTED_TYPE|PNG" })
    void badFilesGetAPlainMessageAndWriteNothing(String name, String kind, String phrase) throws Exception {
        java.util.Locale previous = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            if (kind.equals("INVALID_ROWS")) {
                ImportResult result = importFile(name, ImportOptions.defaults());
                assertEquals(ImportResult.Status.INVALID, result.status());
                assertTrue(result.problems().stream().anyMatch(p -> p.message().contains(phrase)), result.problems().toString());
            } else {
                ExchangeException e = assertThrows(ExchangeException.class, () -> importFile(name, ImportOptions.defaults()));
                assertEquals(ExchangeException.Kind.valueOf(kind), e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains(phrase), e.getMessage());
                assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\tat "), e.getMessage());
            }
        } finally {
            java.util.Locale.setDefault(previous);
        }
        assertEquals(0, count());
    }

    @Test
    void unknownColumnsMayBeIgnoredExplicitly() throws Exception {
        ImportResult result = importFile("unknown-header.csv", ImportOptions.defaults().withIgnoreUnknownColumns(true));
        assertEquals(ImportResult.Status.IMPORTED, result.status());
        assertTrue(result.warnings().get(0).contains("phon"), result.warnings().toString());
        assertEquals(1, count());
    }

    @Test
    void aHundredThousandRowsStreamFromXlsxAndCsv() throws Exception {
        for (String name : List.of("large-100k.xlsx", "large-100k.csv")) {
            persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
            long start = System.nanoTime();
            ImportResult result = importFile(name, ImportOptions.defaults());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
            assertEquals(100_000, result.rowsWritten());
            assertEquals(100_000L, count());
            System.out.println(name + ": 100,000 rows imported in " + ms + " ms (" + (100_000L * 1000 / Math.max(1, ms)) + " rows/s)");
        }
    }

    @Test
    void exportsImportAgainAndFormulaLikeTextStaysText() throws Exception {
        importFile("good.csv", ImportOptions.defaults());
        persistence.transaction(em -> {
            SampleRecord risky = new SampleRecord("=HYPERLINK(\"http://example.invalid\",\"点我\")", null, null, null, null);
            risky.setUnit(units.find("X-1-2").orElseThrow());
            em.persist(risky);
            return null;
        });
        for (String name : List.of("export.csv", "export.xlsx")) {
            Path file = dir.resolve(name);
            assertEquals(6, exchange.exportFile("test-samples", file, ExportOptions.defaults(java.util.Locale.CHINESE), null).rows());
            if (name.endsWith(".csv")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF标题,社区,收到日期,金额,走访次数,类型\r\n"), text);
                assertTrue(text.contains("\"'=HYPERLINK("), text);
            } else {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    var cell = workbook.getSheetAt(0).getRow(6).getCell(0);
                    assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix keeps it text");
                    assertEquals(LocalDate.of(2021, 6, 1), workbook.getSheetAt(0).getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
                }
            }
            persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
            ImportResult again = exchange.importFile("test-samples", file, ImportOptions.defaults(), null);
            assertEquals(ImportResult.Status.IMPORTED, again.status(), name + ": " + again.problems());
            assertEquals(6L, count());
            assertEquals(1L, (long) persistence.read(em -> em.createQuery(
                    "select count(s) from SampleRecord s where s.title like '=HYPERLINK%'", Long.class).getSingleResult()), name);
            assertEquals(new BigDecimal("0.50"), persistence.read(em -> em.createQuery(
                    "select s.amount from SampleRecord s where s.title like '楼道%'", BigDecimal.class).getSingleResult()), name);
        }
    }

    @Test
    void aCommunityWorkerCannotImportRowsOfAnotherCommunityNorExportThem() throws Exception {
        importFile("good.csv", ImportOptions.defaults());
        security.signOut();
        security.signIn("worker-hc", PASSWORD.toCharArray());
        persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        ImportResult result = importFile("good.csv", ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, result.status());
        assertTrue(result.problems().stream().allMatch(p -> p.column().orElse("").equals("community")), result.problems().toString());
        assertEquals(2, result.problemCount(), "rows 4 and 5 name X-1-2 and 华元社区");
        Path out = dir.resolve("mine.csv");
        assertEquals(0, exchange.exportFile("test-samples", out, ExportOptions.defaults(java.util.Locale.ENGLISH), null).rows());
        security.signOut();
        security.signIn("admin-x", PASSWORD.toCharArray());
        assertEquals(2L, count(), "the worker deleted only their community's rows");
    }

    @Test
    void cancellingRollsTheImportBack() {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.contains("写入") || name.contains("written")) {
                    setCanceled(true);
                }
            }

            @Override
            public boolean isCanceled() {
                return super.isCanceled();
            }
        };
        ExchangeException e = assertThrows(ExchangeException.class, () -> exchange.importFile("test-samples",
                Corpus.file("large-100k.csv", dir), ImportOptions.defaults(), monitor));
        assertEquals(ExchangeException.Kind.CANCELLED, e.kind());
        assertEquals(0, count());
    }

    @Test
    void orgUnitsImportParentsAfterChildrenAndExportAgain() throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, "code,name,parent,level\n" + "X-3-1,御窑社区,X-3,社区\n" + "X-3,元和二街道,X,街道\n"
                + "X-3-1-1,第一网格,X-3-1,grid\n", StandardCharsets.UTF_8);
        ImportResult result = exchange.importFile("org-units", file, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertTrue(units.find("X-3-1-1").orElseThrow().path().contains("X-3-1"), units.find("X-3-1-1").toString());
        assertEquals(OrgLevel.GRID, units.find("X-3-1-1").orElseThrow().level());
        Path out = dir.resolve("units-out.xlsx");
        assertEquals(3, exchange.exportFile("org-units", out, new ExportOptions(Map.of("under", "X-3"), false, java.util.Optional.empty()), null)
                .rows());
        ImportResult same = exchange.importFile("org-units", out, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, same.status(), "existing identical units are accepted: " + same.problems());
        Files.writeString(file, "code,name,parent,level\n" + "X-4,错层社区,X,community\n" + "X,改名区,,district\n", StandardCharsets.UTF_8);
        ImportResult bad = exchange.importFile("org-units", file, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.INVALID, bad.status());
        assertEquals(2, bad.problemCount(), bad.problems().toString());
        assertTrue(units.find("X-4").isEmpty());
        // a parent that is nowhere: found once the whole file was read, reported on its row, also in the rejects file
        Files.writeString(file, "code,name,parent,level\n" + "X-5-1,孤儿社区,X-5,community\n" + "X-6,好街道,X,street\n",
                StandardCharsets.UTF_8);
        Path rejects = dir.resolve("units-rejects.csv");
        ImportResult orphan = exchange.importFile("org-units", file, ImportOptions.defaults().withRejectsFile(rejects), null);
        assertEquals(ImportResult.Status.PARTIAL, orphan.status(), orphan.problems().toString());
        assertEquals(2, orphan.problems().get(0).row());
        assertEquals("parent", orphan.problems().get(0).column().orElseThrow());
        assertTrue(units.find("X-6").isPresent() && units.find("X-5-1").isEmpty());
        assertTrue(Files.readString(rejects, StandardCharsets.UTF_8).contains("X-5-1,孤儿社区,X-5,community,"));
    }
}
