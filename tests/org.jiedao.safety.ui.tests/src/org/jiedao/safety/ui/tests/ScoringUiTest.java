package org.jiedao.safety.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.ui.internal.ScoreboardWindow;
import org.jiedao.safety.ui.internal.ScoringPartAccess;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorer's grid and the projector's scoreboard on a real SWT display (Xvfb): answers typed with
 * real key events into the grid's entry line are stored and move the teams on the scoreboard.
 */
class ScoringUiTest {

    @BeforeAll
    static void setUp() throws Exception {
        UiScenario.signedIn("scorer", "元和街道消防安全员", Role.STREET_OFFICER, "320507001", false);
        SafetyEvents events = Services.await(SafetyEvents.class);
        events.createContest("KQ-2", "第二届消防安全知识竞赛", LocalDate.now(), "康桥花园社区", ContestRules.DEFAULT);
        for (String team : new String[] { "东方环境物业", "赤湾物业", "安成物业" }) {
            events.addTeam("KQ-2", team, team);
        }

    }

    @AfterAll
    static void tearDown() {
        Services.await(SecurityService.class).signOut();
    }

    /** Types {@code text} and presses Enter with the X server's own key events, as a keyboard would. */
    static void typeLine(String text) {
        SwtDriver driver = UiScenario.driver;
        driver.typeWithX(text);
        driver.pressWithX("Return");
    }

    static String status(Shell shell) {
        return SwtDriver.findAll(shell, Label.class, l -> true).stream().map(Label::getText).reduce("", (a, b) -> a + "|" + b);
    }

    @Test
    void answersEnteredInTheGridUpdateTheScoreboard() throws Throwable {
        UiScenario.withDisplay(ScoringUiTest::scenario);
    }

    static void scenario() {
        Display display = UiScenario.display;
        SwtDriver driver = UiScenario.driver;
        SafetyEvents events = Services.await(SafetyEvents.class);
        Shell shell = driver.onUi(() -> {
            Shell s = new Shell(display);
            s.setText("消防安全 计分");
            GridLayoutFactory.fillDefaults().applyTo(s);
            s.setBounds(0, 0, 900, 560);
            return s;
        });
        ScoringPartAccess part = driver.onUi(() -> {
            ScoringPartAccess p = new ScoringPartAccess(events, shell);
            shell.open();
            p.openScoreboard();
            p.scoreboard().shell().setLocation(0, 580); // below the scorer's window, as on a second screen
            shell.forceActive();
            return p;
        });
        ScoreboardWindow board = driver.onUi(part::scoreboard);
        assertEquals(List.of("1 东方环境物业 0", "1 赤湾物业 0", "1 安成物业 0"), driver.onUi(board::lines), "three teams, no answers yet");

        Text entry = driver.onUi(() -> SwtDriver.findByData(shell, Text.class, ScoringPartAccess.ENTRY));
        driver.onUi(() -> shell.forceActive());
        driver.click(entry);
        // round 1, question 1: must-answer questions, one answer per team (Enter moves to the next team)
        typeLine("y 12");
        driver.screenshot("safety-scoring-first");
        driver.waitUntil("东方环境物业 leads: " + driver.onUi(() -> entry.getText() + " / " + status(shell)), () -> driver.onUi(board::lines).get(0).equals("1 东方环境物业 10"));
        typeLine("y 10");
        driver.waitUntil("赤湾物业 first on time", () -> driver.onUi(board::lines).get(0).equals("1 赤湾物业 10"));
        typeLine("n 9");
        driver.waitUntil("安成物业 last", () -> driver.onUi(board::lines).equals(List.of("1 赤湾物业 10", "2 东方环境物业 10", "3 安成物业 0")));

        // round 2: risk questions; the scorer switches the round and the kind
        driver.onUi(() -> {
            SwtDriver.find(shell, Spinner.class, s -> s.getMaximum() == 99).setSelection(2);
            SwtDriver.find(shell, Spinner.class, s -> s.getMaximum() == 9999).setSelection(1);
            SwtDriver.find(shell, Combo.class, c -> (c.getStyle() & SWT.READ_ONLY) != 0 && c.getItemCount() == 2).select(1);
            entry.setFocus();
        });
        typeLine("30 y 20");
        driver.waitUntil("东方环境物业 40", () -> driver.onUi(board::lines).get(0).equals("1 东方环境物业 40"));
        typeLine("25 y 5"); // not offered: refused, the scoreboard unchanged, the entry kept
        driver.waitUntil("the refusal is shown", () -> driver.onUi(() -> SwtDriver.find(shell, Label.class,
                l -> l.getText().contains("25")) != null));
        assertEquals("25 y 5", driver.onUi(() -> entry.getText()));
        driver.onUi(() -> entry.setText(""));
        typeLine("20 y 18");
        typeLine("10 n 30");
        driver.waitUntil("the final ranking", () -> driver.onUi(board::lines).equals(List.of("1 东方环境物业 40", "2 赤湾物业 30", "3 安成物业 -10")));
        driver.screenshot("safety-scoreboard");

        // stored: re-scoring from the database gives the same ranking
        List<TeamStanding> stored = events.ranking("KQ-2");
        assertEquals(List.of("东方环境物业", "赤湾物业", "安成物业"), stored.stream().map(TeamStanding::team).toList());
        assertEquals(List.of(40, 30, -10), stored.stream().map(TeamStanding::total).toList());
        assertEquals(6, events.answers("KQ-2").size());
        driver.onUi(() -> {
            board.close();
            shell.close();
        });
    }
}
