package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** jiedao-cli dashboard and jiedao-cli search: the workbench's dashboard and search field for scripts, scoped. */
class DashboardSearchCliTest {

    private static final String PASSWORD = "Cli-Dash-2021!";

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void data() {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        units.create("NQ", "南桥区", OrgLevel.DISTRICT, null);
        units.create("NQ-1", "南桥街道", OrgLevel.STREET, "NQ");
        units.create("NQ-1-1", "南桥社区", OrgLevel.COMMUNITY, "NQ-1");
        units.create("NQ-2", "北桥街道", OrgLevel.STREET, "NQ");
        security.createUser("cli-officer", "南桥街道工作人员", Role.STREET_OFFICER, "NQ-1", PASSWORD.toCharArray());
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", "cli-officer", "JIEDAO_PASSWORD", PASSWORD);
        int code = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get)
                .run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                        Path.of("/tmp/jiedao-cli-test"));
        Services.await(SecurityService.class).signOut();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void dashboardPrintsTheWidgetsOfTheUsersScope() {
        Result all = cli("dashboard");
        assertTrue(all.out().contains("(org.jiedao.platform.units-by-level)"), all.out());
        Result byLevel = cli("dashboard", "org.jiedao.platform.units-by-level", "--format", "tsv");
        assertEquals(ExitCode.OK, byLevel.exitCode(), byLevel.err());
        assertTrue(byLevel.out().contains("street\t1\n") && byLevel.out().contains("community\t1\n"),
                "南桥街道 and 南桥社区, not 北桥街道: " + byLevel.out());
        Result unknown = cli("dashboard", "no-such-widget");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("org.jiedao.platform.units-by-level"), unknown.err());
    }

    @Test
    void searchFindsRecordsOfEveryProviderWithinTheScope() {
        Result found = cli("search", "桥", "--format", "tsv");
        assertEquals(ExitCode.OK, found.exitCode(), found.err());
        assertTrue(found.out().contains("南桥街道") && found.out().contains("南桥社区"), found.out());
        assertFalse(found.out().contains("北桥街道"), "outside the officer's street: " + found.out());
        assertEquals(ExitCode.USAGE, cli("search", "桥", "--limit", "0").exitCode());
        assertEquals(ExitCode.USAGE, cli("search").exitCode());
    }
}
