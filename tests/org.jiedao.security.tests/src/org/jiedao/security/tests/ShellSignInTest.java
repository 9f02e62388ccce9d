package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** jiedao-cli shell signs in once, as the first command that needs it would alone, for all its lines. */
class ShellSignInTest {

    private static final String PASSWORD = "Shell-Once-2021!";

    private record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void data() {
        Services.await(SecurityService.class).signOut();
        Services.await(OrgUnitService.class).create("SH", "沙河区", OrgLevel.DISTRICT, null);
        Services.await(OrgUnitService.class).create("SH-1", "沙河街道", OrgLevel.STREET, "SH");
        Services.await(SecurityService.class).createUser("shell-officer", "沙河街道工作人员", Role.STREET_OFFICER, "SH-1",
                PASSWORD.toCharArray());
    }

    @AfterEach
    void signOut() {
        Services.await(SecurityService.class).signOut();
    }

    /** Runs jiedao-cli with the given JIEDAO_PASSWORD, counting how often the password is read. */
    private static Result cli(String password, AtomicInteger passwordReads, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", "shell-officer", "JIEDAO_PASSWORD", password);
        int code = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), name -> {
            if (name.equals("JIEDAO_PASSWORD")) {
                passwordReads.incrementAndGet();
            }
            return env.get(name);
        }).run(List.of(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader(stdin)),
                Path.of("/tmp/jiedao-cli-test"));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void signsInOnceForEveryLineAndPrintsWhatEachLinePrintsAlone() {
        AtomicInteger aloneReads = new AtomicInteger();
        Result units = cli(PASSWORD, aloneReads, "", "org-units", "list", "--format", "tsv");
        signOut();
        Result dashboard = cli(PASSWORD, aloneReads, "", "dashboard", "org.jiedao.platform.units-by-level", "--format", "tsv");
        signOut();
        assertEquals(ExitCode.OK, units.exitCode(), units.err());
        assertEquals(ExitCode.OK, dashboard.exitCode(), dashboard.err());
        assertEquals(2, aloneReads.get(), "each command alone signs in");

        AtomicInteger shellReads = new AtomicInteger();
        Result shell = cli(PASSWORD, shellReads, "org-units list --format tsv\ndashboard org.jiedao.platform.units-by-level --format tsv\n"
                + "org-units list --format tsv\n", "shell");
        assertEquals(ExitCode.OK, shell.exitCode(), shell.err());
        assertEquals(units.out() + "# exit 0\n" + dashboard.out() + "# exit 0\n" + units.out() + "# exit 0\n", shell.out());
        assertEquals(1, shellReads.get(), "the shell signs in once");
        assertTrue(units.out().contains("沙河街道"), units.out());
    }

    @Test
    void aWrongPasswordFailsTheLineAsItWouldAlone() {
        Result alone = cli("wrong", new AtomicInteger(), "", "org-units", "list");
        assertEquals(ExitCode.DENIED, alone.exitCode());

        Result shell = cli("wrong", new AtomicInteger(), "org-units list\norg-units list\n", "shell", "--keep-going");
        assertEquals(ExitCode.DENIED, shell.exitCode());
        assertEquals("# exit 4\n# exit 4\n", shell.out());
        assertTrue(shell.err().startsWith(alone.err()), shell.err());
    }
}
