package org.jiedao.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportRegistry;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.reports.DrawOp;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Reports end to end in this OSGi runtime: the contributed test report and the platform's org
 * unit register, laid out with the real CJK font, written as PDF and read back with PDFBox, and
 * {@code jiedao-cli report} with a signed-in user on the test database.
 */
class ReportsTest {

    private static final String CASE = "org.jiedao.tests.reports.case-form";
    private static final String REGISTER = "org.jiedao.platform.org-unit-register";
    private static final String USER = "report-admin";
    private static final String PASSWORD = "Report-2021!";

    private static ReportService reports;

    @TempDir
    Path temp;

    @BeforeAll
    static void setUp() {
        reports = Services.await(ReportService.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        if (units.find("R1").isEmpty()) {
            units.create("R1", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("R1-01", "沧浪街道", OrgLevel.STREET, "R1");
            units.create("R1-01-01", "桂花社区", OrgLevel.COMMUNITY, "R1-01");
            units.create("R1-02", "双塔街道", OrgLevel.STREET, "R1");
        }
        if (security.find(USER).isEmpty()) {
            security.createUser(USER, "报表管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
        }
    }

    @Test
    void malformedDeclarationsAreSkippedAndTheFirstOfADuplicateIdWins() {
        ReportRegistry registry = Services.await(ReportRegistry.class);
        assertTrue(registry.getReport("org.jiedao.tests.reports.no-class").isEmpty());
        assertTrue(registry.getReport("org.jiedao.tests.reports.bad-kind").isEmpty());
        assertEquals("Case handling form (test)", registry.getReport(CASE).orElseThrow().name());
        assertEquals(3, registry.getReport(CASE).orElseThrow().parameters().size());
        assertTrue(registry.getReport(REGISTER).isPresent());
    }

    @Test
    void aLongTableBreaksAcrossPagesRepeatingItsHeaderRow() {
        LaidOutReport laidOut = reports.layout(caseForm(500));
        int pages = laidOut.pageCount();
        assertTrue(pages >= 10, "500 rows need many pages, got " + pages);
        List<String> firstCells = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<DrawOp> ops = laidOut.pages().get(p);
            long headers = ops.stream().filter(op -> op instanceof DrawOp.Text t && t.bold() && t.text().equals("序号")).count();
            assertEquals(1, headers, "page " + (p + 1) + " repeats the header row");
            for (DrawOp op : ops) {
                if (op instanceof DrawOp.Text t) {
                    assertTrue(t.x() >= 0 && t.x() + t.width() <= laidOut.pageWidth() - 49, "inside the margins: " + t);
                    assertTrue(t.baseline() > 0 && t.baseline() < laidOut.pageHeight(), t.toString());
                    if (!t.bold() && t.text().matches("\\d+") && t.x() < 60) {
                        firstCells.add(t.text());
                    }
                }
            }
            String footer = "Page " + (p + 1) + " of " + pages;
            assertTrue(ops.stream().anyMatch(op -> op instanceof DrawOp.Text t && t.text().equals(footer)), footer);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            expected.add(String.valueOf(i));
        }
        assertEquals(expected, firstCells, "every row once, in order, none lost at a page break");
    }

    @Test
    void aLongChineseParagraphWrapsBetweenCharactersWithinTheLine() {
        LaidOutReport laidOut = reports.layout(caseForm(3));
        // the paragraph is the first body text (10.5 pt) on the page; signature labels come later
        List<DrawOp.Text> lines = new ArrayList<>();
        int length = 0;
        for (DrawOp op : laidOut.pages().get(0)) {
            if (op instanceof DrawOp.Text t && t.size() == 10.5f && length < CaseFormReport.PARAGRAPH.length()) {
                lines.add(t);
                length += t.text().length();
            }
        }
        assertTrue(lines.size() >= 3, "the paragraph takes several lines: " + lines);
        String joined = String.join("", lines.stream().map(DrawOp.Text::text).toList());
        assertEquals(CaseFormReport.PARAGRAPH, joined, "wrapped between characters: nothing added or lost");
        float contentWidth = laidOut.pageWidth() - 100;
        for (int i = 0; i < lines.size(); i++) {
            DrawOp.Text line = lines.get(i);
            assertTrue(line.width() <= contentWidth + 0.01f, "line " + i + " fits: " + line.width());
            assertEquals(50f, line.x(), 0.01f);
            if (i < 2) {
                assertTrue(line.width() > contentWidth - 2 * 10.5f, "a full line is filled to the margin: " + line);
                assertFalse("，。、；：".contains(lines.get(i + 1).text().substring(0, 1)), "no line starts with closing punctuation");
            }
        }
    }

    @Test
    void thePdfEmbedsTheChineseFontAndItsTextReadsBack() throws Exception {
        LaidOutReport laidOut = reports.layout(caseForm(120));
        Path pdf = temp.resolve("工单.pdf");
        reports.writePdf(laidOut, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(laidOut.pageCount(), document.getNumberOfPages());
            assertTrue(laidOut.pageCount() >= 3);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(CaseFormReport.TITLE), text.substring(0, 200));
            assertTrue(text.replaceAll("\\s", "").contains(CaseFormReport.PARAGRAPH), "the paragraph, exactly, across its lines");
            assertTrue(text.contains("桂花社区居委会") && text.contains("电话回访居民"), "key-values and table cells");
            assertTrue(text.contains("Page 3 of " + laidOut.pageCount()), "page numbers");
        }
    }

    @Test
    void parametersAreCheckedAgainstTheDeclaration() {
        ReportException missing = assertThrows(ReportException.class, () -> reports.build(CASE, Map.of(), Locale.ENGLISH));
        assertEquals(ReportException.Reason.BAD_PARAMETER, missing.reason());
        assertTrue(missing.getMessage().contains("caseNo") && missing.getMessage().contains("Case number"), missing.getMessage());

        ReportException date = assertThrows(ReportException.class,
                () -> reports.build(CASE, Map.of("caseNo", "1", "date", "15.6.2021"), Locale.ENGLISH));
        assertTrue(date.getMessage().contains("2021-06-15"), date.getMessage());

        ReportException unknown = assertThrows(ReportException.class, () -> reports.build("no.such.report", Map.of(), Locale.ENGLISH));
        assertEquals(ReportException.Reason.UNKNOWN_REPORT, unknown.reason());

        ReportException unit = assertThrows(ReportException.class,
                () -> reports.build(REGISTER, Map.of("unit", "NOPE-404"), Locale.ENGLISH));
        assertTrue(unit.getMessage().contains("NOPE-404"), unit.getMessage());
    }

    @Test
    void cliListsReportsAndPrintsTheOrgUnitRegisterAsPdf() throws Exception {
        Result list = cli("report", "list", "--format", "tsv");
        assertEquals(ExitCode.OK, list.exitCode(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.equals(REGISTER + "\tOrganisation unit register\torg.jiedao.platform")), list.out());
        assertTrue(list.out().contains(CASE), list.out());

        Path pdf = temp.resolve("register.pdf");
        Result print = cli("report", "print", REGISTER, "--out", pdf.toString(), "--param", "unit=沧浪街道");
        assertEquals(ExitCode.OK, print.exitCode(), print.err());
        assertEquals("", print.err(), "nothing but the answer on the console (PDFBox logging goes to the platform log)");
        assertEquals("Written " + pdf + " (1 page(s)).", print.out().strip());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Organisation unit register"), text);
            assertTrue(text.contains("桂花社区") && text.contains("姑苏区 / 沧浪街道 / 桂花社区"), text);
            assertFalse(text.contains("双塔街道"), "only the units below the parameter's unit");
            assertTrue(text.contains("Printed by: 报表管理员（report-admin）"), text);
            assertFalse(text.lines().anyMatch(l -> l.startsWith("）")), "closing punctuation stays with what precedes it");
        }
    }

    @Test
    void cliSaysClearlyWhatIsWrongWithExitCodeTwo() {
        Path out = temp.resolve("x.pdf");
        Result unknown = cli("report", "print", "no.such.report", "--out", out.toString());
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("There is no report \"no.such.report\""), unknown.err());

        Result missing = cli("report", "print", CASE, "--out", out.toString());
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("needs the parameter \"caseNo\""), missing.err());

        Result badParam = cli("report", "print", CASE, "--out", out.toString(), "--param", "caseNo");
        assertEquals(ExitCode.USAGE, badParam.exitCode());
        assertTrue(badParam.err().contains("name=value"), badParam.err());

        Result noOut = cli("report", "print", CASE, "--param", "caseNo=1");
        assertEquals(ExitCode.USAGE, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Result extra = cli("report", "print", CASE, "--out", out.toString(), "--param=caseNo=1", "--param", "color=red");
        assertEquals(ExitCode.USAGE, extra.exitCode());
        assertTrue(extra.err().contains("no parameter \"color\""), extra.err());
        assertFalse(Files.exists(out), "nothing written");

        Result ok = cli("report", "print", CASE, "--out", out.toString(), "--param=caseNo=A-1", "--param", "date=2021-06-15");
        assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
        assertTrue(Files.exists(out));
    }

    private static ReportDocument caseForm(int rows) {
        return reports.build(CASE, Map.of("caseNo", "2021-0615-001", "rows", String.valueOf(rows)), Locale.ENGLISH);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliRunner runner = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(),
                name -> switch (name) {
                case "JIEDAO_USER" -> USER;
                case "JIEDAO_PASSWORD" -> PASSWORD;
                default -> null;
                });
        int code = runner.run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Path.of("/tmp/jiedao-report-test"));
        return new Result(code, out.toString(), err.toString());
    }
}
