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
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.testing.Services;
import org.jiedao.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * Who may list users ({@code jiedao-cli users list}): a district administrator and an auditor everyone, a street
 * officer the users of their street and the units below it, a community worker (or grid leader) those of their own
 * community (grid) — never the district's administrators and auditors, who have no unit.
 */
class UsersListTest {

    private static final TestOrganisation ORG = TestOrganisation.suzhou();

    @BeforeAll
    static void organisation() {
        ORG.ensure();
        ORG.signOut();
    }

    /** username → unit code ("" for none), as {@code users list --format tsv} prints them for {@code who}. */
    private static Map<String, String> list(String who) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", who, "JIEDAO_PASSWORD", TestOrganisation.PASSWORD);
        int code = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get)
                .run(Arrays.asList("users", "list", "--format", "tsv"), new PrintWriter(out), new PrintWriter(err),
                        new BufferedReader(new StringReader("")), Path.of("/tmp/jiedao-cli-test"));
        ORG.signOut();
        assertEquals(ExitCode.OK, code, who + ": " + err);
        Map<String, String> users = new LinkedHashMap<>();
        String[] lines = out.toString().split("\n");
        assertEquals("username\tname\trole\tunit", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", -1);
            users.put(fields[0], fields[3]);
        }
        return users;
    }

    /** Every listed user has a unit whose path lies under {@code unitCode}'s. */
    private static void allUnder(Map<String, String> listed, String unitCode) {
        OrgUnitService units = Services.await(OrgUnitService.class);
        String prefix = units.find(unitCode).orElseThrow().path();
        listed.forEach((user, unit) -> {
            assertFalse(unit.isEmpty(), user + " has no unit but was listed");
            assertTrue(units.find(unit).orElseThrow().path().startsWith(prefix), user + " of " + unit + " is outside " + unitCode);
        });
    }

    @Test
    void aDistrictAdministratorAndAnAuditorListEveryone() {
        int all = Services.await(SecurityService.class).users().size();
        for (String who : new String[] { TestOrganisation.ADMIN, TestOrganisation.AUDITOR }) {
            Map<String, String> listed = list(who);
            assertEquals(all, listed.size(), who + ": " + listed);
            assertTrue(listed.keySet().containsAll(
                    java.util.List.of(TestOrganisation.ADMIN, TestOrganisation.AUDITOR, TestOrganisation.OTHER_STREET_OFFICER,
                            TestOrganisation.GRID_LEADER)), who + ": " + listed);
        }
    }

    @Test
    void aStreetOfficerListsTheUsersOfTheirStreetOnly() {
        Map<String, String> listed = list(TestOrganisation.STREET_OFFICER);
        assertTrue(listed.containsKey(TestOrganisation.STREET_OFFICER) && listed.containsKey(TestOrganisation.WORKER),
                "the officer and the worker of 桂花社区 in 沧浪街道: " + listed);
        assertFalse(listed.containsKey(TestOrganisation.OTHER_STREET_OFFICER), "金阊街道's officer: " + listed);
        assertFalse(listed.containsKey(TestOrganisation.ADMIN) || listed.containsKey(TestOrganisation.AUDITOR),
                "no district administrator or auditor: " + listed);
        allUnder(listed, TestOrganisation.CANGLANG);
    }

    @Test
    void aCommunityWorkerAndAGridLeaderListTheUsersOfTheirOwnUnitOnly() {
        Map<String, String> worker = list(TestOrganisation.WORKER);
        assertTrue(worker.containsKey(TestOrganisation.WORKER), worker.toString());
        assertFalse(worker.containsKey(TestOrganisation.STREET_OFFICER), "the street's officer is above 桂花社区: " + worker);
        allUnder(worker, TestOrganisation.GUIHUA);

        Map<String, String> grid = list(TestOrganisation.GRID_LEADER);
        assertTrue(grid.containsKey(TestOrganisation.GRID_LEADER), grid.toString());
        assertFalse(grid.containsKey(TestOrganisation.WORKER), grid.toString());
        allUnder(grid, TestOrganisation.HUACHEN_GRID_1);
    }

    @Test
    void onlyADistrictAdministratorAddsUsers() {
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", TestOrganisation.STREET_OFFICER, "JIEDAO_PASSWORD", TestOrganisation.PASSWORD,
                "JIEDAO_NEW_PASSWORD", "Another-2026!");
        int code = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get)
                .run(Arrays.asList("users", "add", "t-newcomer", "--role", "community-worker", "--unit", TestOrganisation.GUIHUA),
                        new PrintWriter(new StringWriter()), new PrintWriter(err), new BufferedReader(new StringReader("")),
                        Path.of("/tmp/jiedao-cli-test"));
        ORG.signOut();
        assertEquals(ExitCode.DENIED, code, err.toString());
        assertTrue(Services.await(SecurityService.class).find("t-newcomer").map(UserAccount::username).isEmpty());
    }
}
