package org.jiedao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** jiedao-cli's top level and the modules command, run in this OSGi runtime. */
class CliTest {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliRunner.forPlatform().run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader("")), Path.of("/tmp/jiedao-cli-test"));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryContributedCommandWithItsDescription() {
        Result result = cli("--help");
        assertEquals(ExitCode.OK, result.exitCode());
        assertTrue(result.out().contains("Usage: jiedao-cli [--data DIR] COMMAND"), result.out());
        assertTrue(result.out().contains("modules") && result.out().contains("List the installed modules"), result.out());
        assertTrue(result.out().contains("cli-test-echo") && result.out().contains("prints its arguments"), result.out());
        assertTrue(result.out().contains("Exit codes:"), result.out());
        assertFalse(result.out().contains("cli-test-noclass"), "malformed declaration skipped");
        assertFalse(result.out().contains("duplicate"), "the platform's 'dashboard' wins over the test bundle's duplicate");
        assertEquals(result.out(), cli("help").out());
    }

    @Test
    void modulesListPrintsIdNameAndVersion() {
        Result result = cli("modules", "list");
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        String line = result.out().lines().filter(l -> l.startsWith("org.jiedao.tests.cli ")).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(line.trim().split("\\s{2,}"));
        assertEquals(List.of("org.jiedao.tests.cli", "CLI test module", "3.1.4", "Business modules", "org.jiedao.cli.tests"), cells);
        assertTrue(result.out().contains("org.jiedao.platform"), result.out());
        int installed = registry().getModules().size();
        assertTrue(result.out().contains(installed + " module(s) installed."), result.out());
    }

    @Test
    void modulesListAsTsvAndJsonForScripts() {
        Result tsv = cli("modules", "list", "--format", "tsv");
        assertEquals(ExitCode.OK, tsv.exitCode());
        List<String> lines = tsv.out().lines().toList();
        assertEquals("id\tname\tversion\tcategory\tbundle", lines.get(0));
        assertTrue(lines.contains("org.jiedao.tests.cli\tCLI test module\t3.1.4\tdomain\torg.jiedao.cli.tests"), tsv.out());
        assertEquals(registry().getModules().size() + 1, lines.size());

        Result json = cli("modules", "list", "--format=json");
        assertEquals(ExitCode.OK, json.exitCode());
        assertTrue(json.out().contains("{\"id\": \"org.jiedao.tests.cli\", \"name\": \"CLI test module\", \"version\": \"3.1.4\", "
                + "\"category\": \"domain\", \"bundle\": \"org.jiedao.cli.tests\"}"), json.out());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        Result none = cli();
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.err().contains("No command given."), none.err());

        Result unknown = cli("frobnicate");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown command \"frobnicate\""), unknown.err());

        Result sub = cli("modules", "lst");
        assertEquals(ExitCode.USAGE, sub.exitCode());
        assertTrue(sub.err().contains("modules lst") && sub.err().contains("list"), sub.err());
        assertTrue(sub.err().contains("jiedao-cli help modules"), sub.err());

        Result format = cli("modules", "list", "--format", "xml");
        assertEquals(ExitCode.USAGE, format.exitCode());
        assertTrue(format.err().contains("xml"), format.err());

        assertEquals(ExitCode.USAGE, cli("modules", "list", "extra").exitCode());
    }

    @Test
    void commandHelpShowsTheUsageText() {
        Result help = cli("help", "modules");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().contains("jiedao-cli modules list [--format table|tsv|json]"), help.out());
        assertEquals(help.out(), cli("modules", "--help").out());
        assertEquals(ExitCode.USAGE, cli("help", "nothing").exitCode());
    }

    @Test
    void commandsGetTheirArgumentsDataFolderAndInjectedServices() {
        Result echo = cli("cli-test-echo", "a b", "--x", "中文");
        assertEquals(ExitCode.OK, echo.exitCode(), echo.err());
        assertTrue(echo.out().contains("args=[a b, --x, 中文]"), echo.out());
        assertTrue(echo.out().contains("data=/tmp/jiedao-cli-test"), echo.out());
        assertTrue(echo.out().contains("modules=" + registry().getModules().size()), echo.out());
    }

    @Test
    void failuresKeepTheirExitCodeAndMessageWithoutStackTrace() {
        Result fail = cli("cli-test-fail");
        assertEquals(ExitCode.INVALID_DATA, fail.exitCode());
        assertEquals("partial output", fail.out().strip());
        assertEquals("Row 3: the date 2021-13-01 is not valid.", fail.err().strip());

        Result crash = cli("cli-test-crash");
        assertEquals(ExitCode.INTERNAL, crash.exitCode());
        assertTrue(crash.err().contains("Internal error in \"cli-test-crash\"") && crash.err().contains("simulated bug"), crash.err());
        assertFalse(crash.err().contains("\tat "), "no stack trace for the user");

        Result missing = cli("cli-test-missing");
        assertEquals(ExitCode.INTERNAL, missing.exitCode());
        assertTrue(missing.err().contains("cannot be started") && missing.err().contains("org.jiedao.cli.tests"), missing.err());
    }

    @Test
    void refusalsOfThePlatformAreExitCodesNotInternalErrors() {
        Result unit = cli("cli-test-refuse", "unit");
        assertEquals(ExitCode.INVALID_DATA, unit.exitCode(), unit.err());
        assertEquals("No unit 320508999 in your scope.", unit.err().strip());
        Result conflict = cli("cli-test-refuse", "conflict");
        assertEquals(ExitCode.INVALID_DATA, conflict.exitCode(), conflict.err());
        assertTrue(conflict.err().contains("42"), conflict.err());
        Result denied = cli("cli-test-refuse", "denied");
        assertEquals(ExitCode.DENIED, denied.exitCode(), denied.err());
        assertEquals("You may not change records of 道前社区.", denied.err().strip());
        for (Result refused : List.of(unit, conflict, denied)) {
            assertFalse(refused.err().contains("Internal error"), refused.err());
        }
    }

    @Test
    void commandsThatReadDataRefuseToRunWithoutSignIn() {
        Result secured = cli("cli-test-secured");
        assertEquals(ExitCode.DENIED, secured.exitCode());
        assertEquals("", secured.out());
        assertTrue(secured.err().contains("security service is not installed"), secured.err());
    }

    @Test
    void versionPrintsTheJiedaoVersion() {
        Result version = cli("--version");
        assertEquals(ExitCode.OK, version.exitCode());
        String expected = FrameworkUtil.getBundle(CliRunner.class).getVersion().toString();
        assertTrue(version.out().startsWith("Jiedao " + expected), version.out());
    }

    private static ModuleRegistry registry() {
        return Services.await(ModuleRegistry.class);
    }
}
