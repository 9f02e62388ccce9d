package org.jiedao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** jiedao-cli shell: many commands in one process, each as it would run alone. */
class CliShellTest {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result cli(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliRunner.forPlatform().run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)), Path.of("/tmp/jiedao-cli-test"));
        return new Result(code, out.toString(), err.toString());
    }

    private static Result alone(String... args) {
        return cli("", args);
    }

    private static Result shell(String script, String... options) {
        List<String> args = new ArrayList<>(List.of("shell"));
        args.addAll(List.of(options));
        return cli(script, args.toArray(String[]::new));
    }

    @Test
    void everyLinePrintsAndReturnsWhatItWouldAloneFollowedByItsExitCode() {
        Result echo = alone("cli-test-echo", "a b", "--x", "中文");
        Result modules = alone("modules", "list", "--format", "tsv");
        Result help = alone("help", "modules");
        Result version = alone("--version");

        Result shell = shell("cli-test-echo 'a b' --x 中文\nmodules list --format tsv\nhelp modules\n--version\n");

        assertEquals(ExitCode.OK, shell.exitCode(), shell.err());
        assertEquals(echo.out() + "# exit 0\n" + modules.out() + "# exit 0\n" + help.out() + "# exit 0\n" + version.out()
                + "# exit 0\n", shell.out());
        assertEquals("", shell.err());
    }

    @Test
    void stopsAtTheFirstFailureWithItsExitCode() {
        Result fail = alone("cli-test-fail");
        Result echo = alone("cli-test-echo", "x");

        Result shell = shell("cli-test-echo x\ncli-test-fail\ncli-test-echo never\n");

        assertEquals(ExitCode.INVALID_DATA, shell.exitCode());
        assertEquals(echo.out() + "# exit 0\n" + fail.out() + "# exit 3\n", shell.out());
        assertFalse(shell.out().contains("never"), "the line after the failure is not run");
        assertTrue(shell.err().startsWith(fail.err()), "the command's own message first: " + shell.err());
        assertTrue(shell.err().contains("Line 2 failed with exit code 3: cli-test-fail"), shell.err());
        assertTrue(shell.err().contains("Stopped at line 2"), shell.err());
    }

    @Test
    void keepGoingRunsEveryLineAndReturnsTheLastFailure() {
        Result unknown = alone("frobnicate");
        Result crash = alone("cli-test-crash");

        Result shell = shell("cli-test-fail\nfrobnicate\ncli-test-echo after\n", "--keep-going");

        assertEquals(ExitCode.USAGE, shell.exitCode(), "the last failure's code (frobnicate), not the first's (3)");
        assertEquals(alone("cli-test-fail").out() + "# exit 3\n# exit 2\n" + alone("cli-test-echo", "after").out() + "# exit 0\n",
                shell.out());
        assertTrue(shell.err().contains(unknown.err()), shell.err());
        assertTrue(shell.err().contains("Line 1 failed with exit code 3") && shell.err().contains("Line 2 failed with exit code 2"),
                shell.err());
        assertFalse(shell.err().contains("Stopped"), shell.err());

        Result internal = shell("cli-test-crash\ncli-test-echo ok\n", "--keep-going");
        assertEquals(crash.exitCode(), internal.exitCode());
        assertTrue(internal.out().endsWith("# exit 70\n" + alone("cli-test-echo", "ok").out() + "# exit 0\n"), internal.out());
    }

    @Test
    void quotesBackslashesCommentsAndBlankLinesAsInAShell() {
        Result shell = shell("""
                # a comment line

                   \t
                cli-test-echo 'single "quoted"' "double \\"quoted\\" $HOME \\n" back\\ slash '' "" x#y # trailing comment
                cli-test-echo continued \\
                   on the next line
                """);
        assertEquals(ExitCode.OK, shell.exitCode(), shell.err());
        List<String> lines = shell.out().lines().toList();
        assertEquals(List.of("args=[single \"quoted\", double \"quoted\" $HOME \\n, back slash, , , x#y]", "data=/tmp/jiedao-cli-test"),
                lines.subList(0, 2));
        assertEquals("args=[continued, on, the, next, line]", lines.get(4));
        assertEquals(2, lines.stream().filter(l -> l.equals("# exit 0")).count(), "comments and blank lines are not commands");
    }

    @Test
    void aBadLineIsAUsageErrorNamingItsLineNumber() {
        Result quote = shell("# first\ncli-test-echo ok\n\ncli-test-echo \"not closed\n");
        assertEquals(ExitCode.USAGE, quote.exitCode());
        assertTrue(quote.out().endsWith("# exit 0\n# exit 2\n"), quote.out());
        assertTrue(quote.err().contains("Line 4: the quote \" opened at column 15 is not closed"), quote.err());
        assertTrue(quote.err().contains("Stopped at line 4"), quote.err());

        Result nested = shell("shell --keep-going\n");
        assertEquals(ExitCode.USAGE, nested.exitCode());
        assertTrue(nested.err().contains("Line 1: \"shell\" cannot run inside a shell"), nested.err());

        Result launcherOption = shell("cli-test-echo x\nmodules list --data /elsewhere\n");
        assertEquals(ExitCode.USAGE, launcherOption.exitCode());
        assertTrue(launcherOption.err().contains("Line 2: --data belongs on the shell's own command line"), launcherOption.err());

        Result unknown = shell("cli-test-echo x\nfrobnicate now\n");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown command \"frobnicate\"")
                && unknown.err().contains("Line 2 failed with exit code 2: frobnicate now"), unknown.err());
    }

    @Test
    void readsTheCommandsFromAFileAndLeavesStandardInputToTheCommands() throws IOException {
        Path dir = Files.createTempDirectory("jiedao-shell-");
        Path file = dir.resolve("命令.txt");
        Files.writeString(file, "\uFEFF# made by a Windows editor\r\ncli-test-echo 甲 乙\r\n\r\nmodules list --format tsv\r\n",
                StandardCharsets.UTF_8);
        Result fromFile = cli("cli-test-fail\n", "shell", "--file", file.toString());
        assertEquals(ExitCode.OK, fromFile.exitCode(), fromFile.err());
        assertEquals(alone("cli-test-echo", "甲", "乙").out() + "# exit 0\n" + alone("modules", "list", "--format", "tsv").out()
                + "# exit 0\n", fromFile.out());
        assertEquals(fromFile.out(), cli("", "shell", "--file=" + file).out());

        Result missing = alone("shell", "--file", dir.resolve("nothing.txt").toString());
        assertEquals(ExitCode.FAILURE, missing.exitCode());
        assertTrue(missing.err().contains("Cannot read the commands from") && missing.err().contains("nothing.txt"), missing.err());
    }

    @Test
    void shellOptionsAndHelp() {
        Result help = alone("help", "shell");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().contains("--keep-going") && help.out().contains("# exit N"), help.out());
        assertEquals(help.out(), alone("shell", "--help").out());
        assertTrue(alone("--help").out().contains("  shell "), "listed in the help");

        Result bad = alone("shell", "--keepgoing");
        assertEquals(ExitCode.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("Unknown option \"--keepgoing\" for shell."), bad.err());
        assertEquals(ExitCode.USAGE, alone("shell", "--file").exitCode());

        Result empty = shell("");
        assertEquals(ExitCode.OK, empty.exitCode());
        assertEquals("", empty.out());
    }
}
