package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.HUACHEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** {@code jiedao-cli safety ...} through the real command runner: output formats, exit codes, live scoring from standard input. */
class CliTest {

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    static Result cli(String user, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", user, "JIEDAO_PASSWORD", Fixture.PASSWORD);
        CliRunner runner = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get);
        int code = runner.run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader(input)),
                Path.of("/tmp/jiedao-cli-test"));
        Fixture.security.signOut();
        return new Result(code, out.toString(), err.toString());
    }

    static Result ok(String user, String input, String... args) {
        Result r = cli(user, input, args);
        assertEquals(ExitCode.OK, r.exitCode(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    @Test
    void aContestIsCreatedScoredLiveAndRanked() throws Exception {
        ok("officer-s", "", "safety", "contest", "create", "KQ-2", "--title", "第二届消防安全知识竞赛", "--on", "2026-11-20", "--community", "康桥花园社区");
        Result badValues = cli("officer-s", "", "safety", "contest", "create", "KQ-3", "--title", "x", "--on", "2026-11-20", "--community",
                "康桥花园社区", "--risk-values", "30,10");
        assertEquals(ExitCode.INVALID_DATA, badValues.exitCode(), badValues.err());
        Path teams = dir.resolve("teams.csv");
        Files.writeString(teams, "contest,team,organisation\nKQ-2,东方环境物业,\nKQ-2,赤湾物业,\nKQ-2,安成物业,\n", StandardCharsets.UTF_8);
        ok("officer-s", "", "import", "safety-contest-teams", teams.toString());

        Result score = cli("officer-s", "1 1 东方环境物业 must yes 12\n1 1 赤湾物业 must yes 10\n1 1 安成物业 must no 9\n"
                + "2 1 东方环境物业 risk 30 yes 20\n2 1 赤湾物业 risk 25 yes 20\n2 1 赤湾物业 risk 20 yes 18\n2 1 安成物业 risk 10 yes 30\n\n",
                "safety", "contest", "score", "--contest", "KQ-2");
        assertEquals(ExitCode.PARTIAL, score.exitCode(), "one refused line: " + score.out() + score.err());
        assertTrue(score.err().contains("risk value 25 is not offered"), score.err());
        assertTrue(score.out().contains("6 answers entered, 1 refused"), score.out());

        Result ranking = ok("officer-s", "", "safety", "contest", "ranking", "--contest", "KQ-2", "--format", "tsv");
        assertEquals("rank\tteam\ttotal\twrong_risk\tseconds\n1\t东方环境物业\t40\t0\t32\n2\t赤湾物业\t30\t0\t28\n3\t安成物业\t10\t0\t39\n",
                ranking.out().replace("\r\n", "\n"));
    }

    @Test
    void premisesInspectionsOrdersTheRegisterAndTemplatesFromTheCommandLine() throws Exception {
        Path sheet = dir.resolve("premises.csv");
        Files.writeString(sheet, "code,name,category,community,grid,address,owner,manager,phone\n"
                + "HC-001,嘉元路 12 号出租房,rental,华辰嘉园社区,华辰嘉园第一网格,嘉元路 12 号,张建国,李秀英,13812345678\n"
                + "HC-002,华辰便利店,nine-small,华辰嘉园社区,,嘉元路 20 号,王海,,13900001111\n", StandardCharsets.UTF_8);
        ok("worker-s", "", "import", "safety-premises", sheet.toString());
        Result list = ok("worker-s", "", "safety", "premises", "--category", "rental", "--format", "tsv");
        assertEquals(2, list.out().strip().split("\n").length, list.out());
        assertTrue(list.out().contains("HC-001\t嘉元路 12 号出租房\trental\t320507001005-1"), list.out());
        Result masked = ok("auditor-s", "", "safety", "premises", "--format", "tsv");
        assertTrue(masked.out().contains("138****5678") && !masked.out().contains("13812345678"), masked.out());

        Path answers = dir.resolve("answers.csv");
        Files.writeString(answers, "item,result,severity,note\n1,pass\n2,hazard,general,楼道堆放杂物\n3,pass\n4,pass\n5,na\n6,pass\n7,pass\n",
                StandardCharsets.UTF_8);
        Result wrong = cli("worker-s", "", "safety", "inspect", "--premises", "HC-001", "--template", "nine-small", "--answers", answers.toString(),
                "--inspector", "王明");
        assertEquals(ExitCode.INVALID_DATA, wrong.exitCode(), "a rental premises with the 9+1 checklist: " + wrong.err());
        Result inspected = ok("worker-s", "", "safety", "inspect", "--premises", "HC-001", "--template", "rental", "--answers", answers.toString(),
                "--inspector", "王明", "--date", LocalDate.now().minusDays(9).toString());
        assertTrue(inspected.out().contains("ZG-HC-001-1") && inspected.out().contains(LocalDate.now().minusDays(2).toString()), inspected.out());

        Result overdue = ok("worker-s", "", "safety", "orders", "--overdue", "--format", "tsv");
        assertTrue(overdue.out().contains("ZG-HC-001-1\tHC-001\t320507001005-1\tgeneral"), overdue.out());
        Result both = cli("worker-s", "", "safety", "reinspect", "ZG-HC-001-1", "--passed", "--failed");
        assertEquals(ExitCode.USAGE, both.exitCode());
        Result failed = ok("worker-s", "", "safety", "reinspect", "ZG-HC-001-1", "--failed", "--note", "仍有杂物");
        assertTrue(failed.out().contains("ZG-HC-001-2"), failed.out());
        ok("worker-s", "", "safety", "reinspect", "ZG-HC-001-2", "--passed");
        Result again = cli("worker-s", "", "safety", "reinspect", "ZG-HC-001-2", "--passed");
        assertEquals(ExitCode.INVALID_DATA, again.exitCode(), again.err());

        Path pdf = dir.resolve("register.pdf");
        Result register = ok("worker-s", "", "safety", "register", "--community", HUACHEN, "--from", LocalDate.now().minusDays(30).toString(),
                "--to", LocalDate.now().toString(), "--pdf", pdf.toString(), "--format", "tsv");
        assertTrue(register.out().startsWith("unit\topen\toverdue\tclosed\n" + HUACHEN + "\t0\t0\t0\n"), register.out());
        assertTrue(register.out().contains("320507001005-1\t0\t0\t1"), register.out());
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));

        Result templates = ok("officer-s", "", "safety", "templates", "list", "--format", "tsv");
        assertTrue(templates.out().contains("rental\t1\t"), templates.out());
        Result show = ok("officer-s", "", "safety", "templates", "show", "rental");
        assertTrue(show.out().contains("[sample]"), show.out());
        Path items = dir.resolve("rental.txt");
        Files.writeString(items, "# 出租房“7 严禁”\n严禁电动自行车进楼入户\n严禁私拉乱接电线\n", StandardCharsets.UTF_8);
        Result imported = ok("officer-s", "", "safety", "templates", "import", "rental", items.toString());
        assertTrue(imported.out().contains("version 2 with 2 items"), imported.out());
        Result exported = ok("officer-s", "", "safety", "templates", "export", "rental");
        assertEquals("# 出租房“7 严禁”\n严禁电动自行车进楼入户\n严禁私拉乱接电线\n", exported.out().replace("\r\n", "\n"));
        Result denied = cli("worker-s", "", "safety", "templates", "import", "rental", items.toString());
        assertEquals(ExitCode.INVALID_DATA, denied.exitCode(), denied.err());
    }
}
