package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.elder;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EldercareSettings;
import org.jiedao.eldercare.EldercareSettings.Rules;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.internal.cli.EldercareCommand;
import org.jiedao.testing.CommandRun;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's rules where the seed is silent (DOMAIN.md §2: "configurable"): the defaults, who changes them, the refusals,
 * and that the renovation deadlines, the pair rules and the CLI follow a change.
 */
class SettingsTest {

    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    static EldercareSettings settings;
    static ElderRegistry registry;

    @BeforeAll
    static void services() {
        Fixture.organisation();
        settings = Services.await(EldercareSettings.class);
        registry = Services.await(ElderRegistry.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    @Test
    void theRulesAreDomainDefaultsUntilAStreetOfficerChangesThemAndTheWorkflowFollows() throws Exception {
        signIn("eld-worker");
        assertEquals(new Rules(15, 30, 60, 69, 80, 2, 14), settings.rules());
        Rules next = new Rules(20, 40, 55, 65, 75, 3, 7);
        assertEquals("Only street officers and administrators change the module's settings.",
                assertThrows(EldercareException.class, () -> settings.setRules(next)).getMessage());
        signIn("eld-officer");
        assertEquals("the assessment deadline must be 1 to 365 days, not 0.", refusal(new Rules(0, 30, 60, 69, 80, 2, 14)));
        assertEquals("the days without a visit must be 1 to 365 days, not 400.", refusal(new Rules(15, 30, 60, 69, 80, 2, 400)));
        assertEquals("The ages of younger elders (60\u201380) must lie below those of older elders (80+), within 50 to 120.",
                refusal(new Rules(15, 30, 60, 80, 80, 2, 14)));
        assertEquals("A younger elder looks after 1 to 10 older elders, not 0.", refusal(new Rules(15, 30, 60, 69, 80, 0, 14)));
        assertEquals(Rules.DEFAULT, settings.rules(), "refusals change nothing");
        settings.setRules(next);
        assertEquals(next, settings.rules());

        signIn("eld-worker");
        long younger = registry.register(elder("周", 56, ON, SANYUAN, "3", "1", "2", false, null));
        long older = registry.register(elder("吴", 76, ON, SANYUAN, "3", "1", "5", true, null));
        MutualAid aid = Services.await(MutualAid.class);
        assertEquals(1, aid.suggest(SANYUAN, ON).size(), "56 and 76 make a pair under the changed ages");
        aid.pair(younger, older, ON);
        assertEquals(1, aid.unvisited(settings.rules().unvisitedDays(), ON).size());
        Renovations renovations = Services.await(Renovations.class);
        long id = renovations.apply(older, ON, null);
        assertEquals(ON.plusDays(20), renovations.find(id, ON).orElseThrow().dueOn(), "the assessment deadline of the rules");
    }

    @Test
    void theCommandListsAndChangesTheSettings() throws Exception {
        signIn("eld-officer");
        String out = run("settings", "--assessment-days", "21", "--younger-to", "68", "--add-category", "高龄", "--format", "tsv");
        assertEquals("setting\tvalue\nassessment_days\t21\ninstallation_days\t30\nyounger_from\t60\nyounger_to\t68\nolder_from\t80\n"
                + "max_per_younger\t2\nunvisited_days\t14\ncategories\t特困,低保,失能,独居,空巢,高龄\n", out.replace("\r", ""));
        assertEquals(21, settings.rules().assessmentDays());
        signIn("eld-worker");
        org.jiedao.core.cli.CommandException refused = assertThrows(org.jiedao.core.cli.CommandException.class, () -> run("settings",
                "--unvisited-days", "7"));
        assertEquals(ExitCode.INVALID_DATA, refused.exitCode());
        assertEquals("Only street officers and administrators change the module's settings.", refused.getMessage());
        assertEquals(14, settings.rules().unvisitedDays());
        assertTrue(run("settings").contains("Assessment within (days of the application)"), "a table with the labels");
    }

    private static String run(String... args) throws Exception {
        CommandRun.Result result = CommandRun.run(Contributions.create(EldercareCommand.class), "eldercare", args);
        assertEquals(ExitCode.OK, result.exitCode(), result.err());
        return result.out();
    }

    private static String refusal(Rules rules) {
        return assertThrows(EldercareException.class, () -> settings.setRules(rules)).getMessage();
    }
}
