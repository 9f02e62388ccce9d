package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** jiedao-cli appraisal grade|explain|publish|unlock and the formats through import/export: output and exit codes. */
class AppraisalCliTest {

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    final AppraisalServiceTest data = new AppraisalServiceTest();

    @BeforeAll
    static void organisation() {
        AppraisalServiceTest.organisation();
    }

    @BeforeEach
    void load() throws Exception {
        data.dir = dir;
        data.clean();
        AppraisalServiceTest.loadYear(dir, data);
        AppraisalServiceTest.security.signOut();
    }

    @AfterEach
    void signOut() {
        AppraisalServiceTest.security.signOut();
        AppraisalServiceTest.keptSumsEqualTheScoreRows();
    }

    static Result cli(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", user, "JIEDAO_PASSWORD", AppraisalServiceTest.PASSWORD);
        CliRunner runner = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(),
                env::get);
        int code = runner.run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Path.of("/tmp/jiedao-cli-test"));
        AppraisalServiceTest.security.signOut();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void gradeExplainPublishUnlock() {
        Result grade = cli("admin-x", "appraisal", "grade", "--year", "2024", "--format", "tsv");
        assertEquals(ExitCode.OK, grade.exitCode(), grade.err());
        List<String> lines = grade.out().lines().toList();
        assertEquals("group\trank\tcadre_id\tname\tunit\tannual_score\tgrade\td_years\tbonus_factor", lines.get(0));
        assertEquals("X\t1\tG03\t干部3\tX-1-1\t80.15\tA\t0\t1.00", lines.get(1));
        assertEquals("X\t14\tG14\t干部14\tX-1-2\t59.75\tD\t2\t0.25", lines.get(14));
        assertEquals("X\t\tG15\t干部15\tX-1-1\t\t\t0\t", lines.get(15));

        Result table = cli("admin-x", "appraisal", "grade", "--year", "2024", "--unit", "X-1");
        assertEquals(ExitCode.OK, table.exitCode(), table.err());
        assertTrue(table.out().contains("n = 14; quotas A 3 B 6 C 4 D 1; graded A 3 B 6 C 4 D 1; not published"), table.out());
        assertTrue(table.out().contains("not graded"), table.out());

        Result explain = cli("admin-x", "appraisal", "explain", "--year", "2024", "--cadre", "G14");
        assertEquals(ExitCode.OK, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("Rank 14 of 14"), explain.out());
        assertTrue(explain.out().contains("Quotas of the group (n = 14, largest remainder): A 20% → 3, B 45% → 6, C 30% → 4, D 5% → 1"),
                explain.out());
        assertTrue(explain.out().contains("Bonus factor: 0.25 (D grade in the cadre's cumulative D year 2)"), explain.out());
        assertTrue(explain.out().contains("Annual score = 59.75"), explain.out());

        assertEquals(ExitCode.DENIED, cli("worker-x11", "appraisal", "grade", "--year", "2024").exitCode());
        assertEquals(ExitCode.USAGE, cli("admin-x", "appraisal", "grade").exitCode());
        assertEquals(ExitCode.USAGE, cli("admin-x", "appraisal", "rank", "--year", "2024").exitCode());
        assertEquals(ExitCode.INVALID_DATA, cli("admin-x", "appraisal", "explain", "--year", "2024", "--cadre", "NOPE").exitCode());

        Result publish = cli("admin-x", "appraisal", "publish", "--year", "2024");
        assertEquals(ExitCode.OK, publish.exitCode(), publish.err());
        assertTrue(publish.out().contains("Published 2024: 14 cadres graded"), publish.out());
        Result again = cli("admin-x", "appraisal", "publish", "--year", "2024");
        assertEquals(ExitCode.INVALID_DATA, again.exitCode());
        assertTrue(again.err().contains("2024 is published"), again.err());
        assertEquals(ExitCode.USAGE, cli("admin-x", "appraisal", "unlock", "--year", "2024").exitCode());
        Result unlock = cli("admin-x", "appraisal", "unlock", "--year", "2024", "--reason", "补录测评");
        assertEquals(ExitCode.OK, unlock.exitCode(), unlock.err());
        assertEquals(ExitCode.INVALID_DATA, cli("admin-x", "appraisal", "unlock", "--year", "2024", "--reason", "x").exitCode());
    }

    @Test
    void importAndExportThroughThePlatformCommands() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, List.of("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian", "2024,1,G01,X1,superior,1,1,1,1,1",
                "2024,1,G01,X1,superior,2,2,2,2,2", "2024,1,G02,X2,superior,100.01,1,1,1,1"), StandardCharsets.UTF_8);
        Result refused = cli("admin-x", "import", "appraisal-scores", bad.toString());
        assertEquals(ExitCode.INVALID_DATA, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("row 4, column de"), refused.err());
        assertTrue(refused.err().contains("Duplicate rater entry"), refused.err());
        assertEquals(224, AppraisalServiceTest.count("ScoreEntity"));

        Path out = dir.resolve("grades.xlsx");
        Result export = cli("admin-x", "export", "appraisal-grades", out.toString(), "--year", "2024", "--unit", "元和街道");
        assertEquals(ExitCode.OK, export.exitCode(), export.err());
        assertTrue(export.out().contains("Exported 15 rows"), export.out());
        assertTrue(Files.size(out) > 0);
        Result denied = cli("worker-x11", "import", "appraisal-scores", bad.toString());
        assertEquals(ExitCode.DENIED, denied.exitCode(), denied.err());
        // a district administrator without a unit imports and grades too (default group: each district with cadres)
        Path good = dir.resolve("good.csv");
        Files.write(good, List.of("year,cadre_id,score", "2024,G02,70"), StandardCharsets.UTF_8);
        Result imported = cli("admin-all", "import", "appraisal-exams", good.toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
        Result graded = cli("admin-all", "appraisal", "grade", "--year", "2024", "--format", "tsv");
        assertEquals(ExitCode.OK, graded.exitCode(), graded.err());
        assertTrue(graded.out().contains("X\t13\tG13\t"), graded.out());
        Result formats = cli("admin-x", "formats", "appraisal-scores");
        assertFalse(formats.out().isBlank());
        assertTrue(formats.out().contains("rater_level") && formats.out().contains("测评人层级"), formats.out());
    }
}
