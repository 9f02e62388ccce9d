package org.jiedao.petitions.tests;

import static org.jiedao.petitions.tests.Fixture.HUACHEN;
import static org.jiedao.petitions.tests.Fixture.petitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.UrgencyFlag;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The petitions format (CSV in UTF-8 and GBK, xlsx; good and bad files) and {@code jiedao-cli petitions}. */
class ImportAndCliTest {

    static final String HEADER = "收到日期,渠道,类型,社区,类别,紧急程度,反映人,联系电话,内容\n";
    static final String GOOD = HEADER
            + "2021-06-15,信件,诉求,华辰嘉园社区,环境卫生,急,张三,13812345678,楼道堆放杂物，存在消防隐患\n"
            + "2021/6/16,card,suggestion,X-1-1,,,,,建议增设电动车充电桩\n"
            + "2021年6月17日,电话,意见,华辰嘉园社区,物业管理,急难,李四,0512-65231234,电梯经常故障\n";

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        Fixture.organisation();
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    @AfterEach
    void signOut() {
        Fixture.security.signOut();
    }

    ImportResult importFile(Path file) throws Exception {
        return Services.await(ExchangeService.class).importFile("petitions", file, ImportOptions.defaults(), new NullProgressMonitor());
    }

    static long count() {
        return Fixture.persistence.read(em -> em.createQuery("select count(p) from Petition p", Long.class).getSingleResult());
    }

    void checkGoodImport(ImportResult result) {
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(3, result.rowsWritten());
        List<PetitionSummary> list = petitions.list(PetitionQuery.all());
        assertEquals(3, list.size());
        PetitionSummary first = list.get(2);
        assertEquals(LocalDate.of(2021, 6, 15), first.receivedOn());
        assertEquals(Channel.LETTER, first.channel());
        assertEquals(PetitionKind.REQUEST, first.kind());
        assertEquals("急", first.urgency().text());
        assertEquals(LocalDate.of(2021, 6, 18), first.dueOn(), "urgent: 3 days");
        assertEquals(PetitionStatus.REGISTERED, first.status());
        assertEquals(Channel.CARD, list.get(1).channel());
        assertTrue(list.get(1).petitioner().isEmpty(), "anonymous");
        assertEquals(LocalDate.of(2021, 7, 1), list.get(1).dueOn(), "normal: 15 days");
        assertEquals("急难", list.get(0).urgency().text());
        assertEquals(LocalDate.of(2021, 6, 17), list.get(0).receivedOn());
        assertEquals(1, Fixture.persistence.read(em -> em.createQuery("select count(e) from PetitionEvent e where e.petitionId = :id", Long.class)
                .setParameter("id", first.id()).getSingleResult()), "the registration is in the history");
    }

    @Test
    void goodCsvInUtf8Imports() throws Exception {
        Fixture.signIn("worker-hc");
        Path file = dir.resolve("来信.csv");
        Files.writeString(file, GOOD, StandardCharsets.UTF_8);
        checkGoodImport(importFile(file));
    }

    @Test
    void goodCsvInGbkImports() throws Exception {
        Fixture.signIn("worker-hc");
        Path file = dir.resolve("来信-gbk.csv");
        Files.write(file, GOOD.getBytes(Charset.forName("GBK")));
        checkGoodImport(importFile(file));
    }

    @Test
    void goodXlsxWithEnglishKeysImports() throws Exception {
        Fixture.signIn("worker-hc");
        Path file = dir.resolve("petitions.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("来信");
            String[][] rows = { { "received_on", "channel", "kind", "community", "category", "urgency", "petitioner", "phone", "content" },
                    { "2021-06-15", "letter", "request", "华辰嘉园社区", "环境卫生", "急", "张三", "13812345678", "楼道堆放杂物，存在消防隐患" },
                    { "2021/6/16", "社情民意卡", "建议", "X-1-1", "", "", "", "", "建议增设电动车充电桩" },
                    { "2021年6月17日", "phone", "opinion", "X-1-1", "物业管理", "urgent,difficult", "李四", "0512-65231234", "电梯经常故障" } };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        checkGoodImport(importFile(file));
    }

    @Test
    void badRowsAreReportedWithRowAndColumnAndNothingIsWritten() throws Exception {
        Fixture.signIn("worker-hc");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEADER
                + "2021-06-15,信件,诉求,华辰嘉园社区,环境卫生,急,张三,13812345678,好的一行\n"
                + "2021-06-15,微信,诉求,华辰嘉园社区,,,,,渠道不对\n"
                + "2021-06-15,信件,投诉,华辰嘉园社区,,,,,类型不对\n"
                + "2021-06-15,信件,诉求,华辰嘉园社区,,急X,,,紧急程度不对\n"
                + "2021-06-15,信件,诉求,华辰嘉园社区,不存在的类别,,,,类别不对\n"
                + "2021-06-15,信件,诉求,华元社区,,,,,别的社区\n"
                + "2099-01-01,信件,诉求,华辰嘉园社区,,,,,将来的日期\n"
                + "2021-06-15,信件,诉求,华辰嘉园社区,,,,call me,电话不对\n"
                + "2021-06-15,信件,诉求,华辰嘉园社区,,,,,\n", StandardCharsets.UTF_8);
        ImportResult result = importFile(file);
        assertEquals(ImportResult.Status.INVALID, result.status());
        assertEquals(0, count(), "nothing written");
        Map<Integer, String> byRow = new java.util.TreeMap<>();
        result.problems().forEach(p -> byRow.merge(p.row(), p.column().orElse("") + ": " + p.message(), (a, b) -> a + " | " + b));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), List.copyOf(byRow.keySet()), byRow.toString());
        assertTrue(byRow.get(3).startsWith("channel"), byRow.get(3));
        assertTrue(byRow.get(4).startsWith("kind"), byRow.get(4));
        assertTrue(byRow.get(5).startsWith("urgency") && byRow.get(5).contains("急难愁盼"), byRow.get(5));
        assertTrue(byRow.get(6).startsWith("category") && byRow.get(6).contains("环境卫生"), byRow.get(6));
        assertTrue(byRow.get(7).startsWith("community"), byRow.get(7));
        assertTrue(byRow.get(8).startsWith("received_on"), byRow.get(8));
        assertTrue(byRow.get(9).startsWith("phone"), byRow.get(9));
        assertTrue(byRow.get(10).startsWith("content"), byRow.get(10));

        Path unknownColumn = dir.resolve("unknown.csv");
        Files.writeString(unknownColumn, "收到日期,渠道,类型,社区,内容,备注\n2021-06-15,信件,诉求,华辰嘉园社区,内容,x\n", StandardCharsets.UTF_8);
        org.jiedao.exchange.ExchangeException e = org.junit.jupiter.api.Assertions.assertThrows(org.jiedao.exchange.ExchangeException.class,
                () -> importFile(unknownColumn));
        assertTrue(e.getMessage().contains("备注") && e.getMessage().contains("petitions"), e.getMessage());
        assertEquals(0, count());
    }

    // ---------------------------------------------------------------- CLI

    static Result cli(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", user, "JIEDAO_PASSWORD", Fixture.PASSWORD);
        CliRunner runner = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get);
        int code = runner.run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Path.of("/tmp/jiedao-cli-test"));
        Fixture.security.signOut();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theCommandLineRunsTheWholeWorkflowAndRefusesInvalidSteps() throws Exception {
        Path file = dir.resolve("来信.csv");
        Files.writeString(file, GOOD, StandardCharsets.UTF_8);
        Result imported = cli("worker-hc", "import", "petitions", file.toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
        assertEquals(3, count());
        Fixture.signIn("worker-hc");
        long id = petitions.list(new PetitionQuery(null, PetitionKind.SUGGESTION, null, null, false, null, 0, 0)).get(0).id();
        long other = petitions.list(new PetitionQuery(null, PetitionKind.REQUEST, null, null, false, null, 0, 0)).get(0).id();
        Fixture.security.signOut();

        Result list = cli("worker-hc", "petitions", "list", "--status", "registered", "--community", "华辰嘉园社区", "--format", "tsv");
        assertEquals(ExitCode.OK, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("id\treceived_on\tcommunity"), list.out());
        assertEquals(4, list.out().split("\n").length, list.out());
        assertTrue(list.out().contains("张*") && !list.out().contains("张三"), "lists are masked: " + list.out());
        Result limited = cli("worker-hc", "petitions", "list", "--limit", "2", "--format", "tsv");
        assertEquals(ExitCode.OK, limited.exitCode(), limited.err());
        assertEquals(3, limited.out().split("\n").length, "the header and the newest two: " + limited.out());
        for (String bad : new String[] { "0", "-3", "zwei" }) {
            Result refusedLimit = cli("worker-hc", "petitions", "list", "--limit", bad);
            assertEquals(ExitCode.USAGE, refusedLimit.exitCode(), bad);
            assertTrue(refusedLimit.err().contains("--limit") && refusedLimit.err().contains(bad), refusedLimit.err());
        }
        Result overdue = cli("worker-hc", "petitions", "list", "--overdue", "--format", "tsv");
        assertEquals(4, overdue.out().split("\n").length, "the 2021 petitions are all overdue: " + overdue.out());

        assertEquals(ExitCode.OK, cli("worker-hc", "petitions", "assign", Long.toString(id), "--to", "X-1-1").exitCode());
        Result refused = cli("worker-hc", "petitions", "reply", Long.toString(id), "--text", "已答复");
        assertEquals(ExitCode.INVALID_DATA, refused.exitCode());
        assertTrue(refused.err().contains("is assigned: it cannot be replied"), refused.err());
        assertEquals(ExitCode.OK, cli("worker-hc", "petitions", "start", Long.toString(id)).exitCode());
        assertEquals(ExitCode.OK, cli("worker-hc", "petitions", "reply", Long.toString(id), "--text", "已在东门增设充电桩。").exitCode());
        Result closeBad = cli("worker-hc", "petitions", "close", Long.toString(id), "--satisfaction", "9");
        assertEquals(ExitCode.INVALID_DATA, closeBad.exitCode(), closeBad.err());
        Result closed = cli("worker-hc", "petitions", "close", Long.toString(id), "--satisfaction", "5");
        assertEquals(ExitCode.OK, closed.exitCode(), closed.err());
        assertTrue(closed.out().contains("Petition " + id + ": closed"), closed.out());
        assertEquals(ExitCode.OK, cli("worker-hc", "petitions", "reopen", Long.toString(id), "--reason", "充电桩坏了").exitCode());
        assertEquals(ExitCode.OK, cli("worker-hc", "petitions", "reject", Long.toString(id), "--reason", "已由供电公司处理").exitCode());
        Result merge = cli("worker-hc", "petitions", "merge", Long.toString(other), "--into", Long.toString(id));
        assertEquals(ExitCode.INVALID_DATA, merge.exitCode(), "a rejected petition takes no duplicates");

        Result show = cli("worker-hc", "petitions", "show", Long.toString(other));
        assertEquals(ExitCode.OK, show.exitCode(), show.err());
        assertTrue(show.out().contains("张三") && show.out().contains("13812345678"), "a handler sees the petitioner: " + show.out());
        Result auditorShow = cli("auditor-x", "petitions", "show", Long.toString(other));
        assertTrue(auditorShow.out().contains("张*") && !auditorShow.out().contains("张三"), auditorShow.out());
        assertTrue(auditorShow.out().contains("masked"), auditorShow.out());
        Result history = cli("worker-hc", "petitions", "show", Long.toString(id));
        for (String step : List.of("registered", "assigned", "started", "replied", "closed", "reopened", "rejected")) {
            assertTrue(history.out().contains(step), step + " in " + history.out());
        }

        assertEquals(ExitCode.INVALID_DATA, cli("worker-hy", "petitions", "show", Long.toString(id)).exitCode(), "another community's");
        assertEquals(ExitCode.USAGE, cli("worker-hc", "petitions", "assign", Long.toString(id)).exitCode(), "--to missing");
        assertEquals(ExitCode.USAGE, cli("worker-hc", "petitions", "list", "--status", "lost").exitCode());
        assertEquals(ExitCode.USAGE, cli("worker-hc", "petitions", "frobnicate").exitCode());

        Path exported = dir.resolve("export.csv");
        Result export = cli("auditor-x", "export", "petitions", exported.toString(), "--headers", "keys");
        assertEquals(ExitCode.OK, export.exitCode(), export.err());
        String csv = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFreceived_on,channel,kind,community,category,urgency,petitioner,phone,content\r\n"), csv);
        assertTrue(csv.contains("张*,138****5678") && !csv.contains("张三"), csv);
    }
}
