package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.FollowUp;
import org.jiedao.appraisal.AppraisalService.Round;
import org.jiedao.appraisal.AppraisalService.RoundProgress;
import org.jiedao.appraisal.AppraisalService.ScoreLine;
import org.jiedao.appraisal.FollowUpKind;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.ScoreEntryException;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.persistence.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarterly round as the score entry grid sees it (on embedded Derby with the platform's
 * security): the lines of a round with the expected raters, a save in one transaction, every bad
 * line reported with nothing written, the publication lock, the progress of a round (service and
 * CLI), rater anonymity of the grid, and editing D-grade follow-ups.
 */
class RoundEntryTest {

    @TempDir
    Path dir;

    final AppraisalServiceTest data = new AppraisalServiceTest();
    AppraisalService appraisal;

    @BeforeAll
    static void organisation() {
        AppraisalServiceTest.organisation();
    }

    @BeforeEach
    void load() throws Exception {
        data.dir = dir;
        data.clean();
        AppraisalServiceTest.loadYear(dir, data);
        appraisal = AppraisalServiceTest.appraisal;
    }

    @AfterEach
    void signOut() {
        AppraisalServiceTest.security.signOut();
        AppraisalServiceTest.keptSumsEqualTheScoreRows();
    }

    static Map<Indicator, BigDecimal> all(String score) {
        Map<Indicator, BigDecimal> scores = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            scores.put(i, new BigDecimal(score));
        }
        return scores;
    }

    @Test
    void aRoundListsEnteredAndExpectedRatersAndSavesInOneTransaction() {
        Round round = appraisal.round(2024, 1, null);
        assertFalse(round.published());
        assertEquals(15, round.cadres().size());
        assertEquals(14 * 4 + 1, round.lines().size(), "four raters per scored cadre, one empty line for G15");
        List<ScoreLine> g01 = round.lines().stream().filter(l -> l.cadreId().equals("G01")).toList();
        assertEquals(List.of("S-1", "P1-1", "P2-1", "U-1"), g01.stream().map(ScoreLine::raterId).toList());
        assertEquals(RaterLevel.SUPERIOR, g01.get(0).level());
        assertEquals(0, new BigDecimal("93").compareTo(g01.get(0).scores().get(Indicator.LIAN)));
        ScoreLine g15 = round.lines().get(round.lines().size() - 1);
        assertEquals("G15", g15.cadreId());
        assertNull(g15.raterId());

        // the grid: G01's subordinate cleared, G02's superior changed, a new rater for G15
        List<ScoreLine> lines = new ArrayList<>();
        for (ScoreLine line : round.lines()) {
            if (line.cadreId().equals("G01") && line.raterId().equals("U-1")) {
                lines.add(new ScoreLine("G01", "U-1", RaterLevel.SUBORDINATE, Map.of()));
            } else if (line.cadreId().equals("G02") && line.raterId().equals("S-2")) {
                lines.add(new ScoreLine("G02", "S-2", RaterLevel.SUPERIOR, all("77.5")));
            } else if (line.cadreId().equals("G15")) {
                lines.add(new ScoreLine("G15", "S-15", RaterLevel.SUPERIOR, all("66")));
            } else {
                lines.add(line);
            }
        }
        AppraisalService.RoundSaved saved = appraisal.saveRound(2024, 1, null, lines);
        assertEquals(14 * 4, saved.stored());
        assertEquals(1, saved.removed());
        assertEquals(224, AppraisalServiceTest.count("ScoreEntity"), "one removed, one added");
        Round after = appraisal.round(2024, 1, null);
        ScoreLine u1 = after.lines().stream().filter(l -> "U-1".equals(l.raterId())).findFirst().orElseThrow();
        assertTrue(u1.scores().isEmpty(), "expected (scored in other rounds) but not entered in this one");
        assertEquals(0, new BigDecimal("77.5").compareTo(after.lines().stream().filter(l -> "S-2".equals(l.raterId())).findFirst()
                .orElseThrow().scores().get(Indicator.DE)));
        assertTrue(appraisal.grade(2024, null).get(0).result().explanation("G15").orElseThrow().graded(), "G15 has a score now");

        // progress of the round: G01 misses U-1; everybody else complete
        List<RoundProgress> progress = appraisal.progress(2024, 1, null);
        assertEquals(15, progress.size());
        RoundProgress p01 = progress.stream().filter(p -> p.cadre().cadreId().equals("G01")).findFirst().orElseThrow();
        assertEquals(List.of("U-1"), p01.missing());
        assertEquals(4, p01.expected().size());
        assertEquals(3, p01.entered().size());
        assertEquals(14, progress.stream().filter(RoundProgress::complete).count());
    }

    @Test
    void everyBadLineIsReportedAndNothingIsWritten() {
        List<ScoreLine> lines = new ArrayList<>(appraisal.round(2024, 2, null).lines());
        Map<Indicator, BigDecimal> partial = all("80");
        partial.remove(Indicator.JI);
        Map<Indicator, BigDecimal> tooHigh = all("80");
        tooHigh.put(Indicator.QIN, new BigDecimal("101"));
        Map<Indicator, BigDecimal> threeDecimals = all("80");
        threeDecimals.put(Indicator.DE, new BigDecimal("80.125"));
        lines.set(0, new ScoreLine(lines.get(0).cadreId(), lines.get(0).raterId(), lines.get(0).level(), tooHigh));
        lines.set(1, new ScoreLine(lines.get(1).cadreId(), lines.get(1).raterId(), lines.get(1).level(), partial));
        lines.add(new ScoreLine("Z99", "R1", RaterLevel.PEER, all("80")));
        lines.add(new ScoreLine("G01", "S-1", RaterLevel.PEER, all("80")));
        lines.add(new ScoreLine("G02", "NEW", null, threeDecimals));
        lines.add(new ScoreLine("G03", " ", RaterLevel.PEER, all("80")));
        ScoreEntryException refused = assertThrows(ScoreEntryException.class, () -> appraisal.saveRound(2024, 2, null, lines));
        List<String> problems = refused.problems().stream().map(p -> p.line() + " " + p.column()).toList();
        int n = lines.size();
        assertEquals(List.of("0 qin", "1 ji", (n - 4) + " cadre_id", (n - 3) + " rater_id", (n - 2) + " rater_level", (n - 2) + " de",
                (n - 1) + " rater_id"), problems);
        assertTrue(refused.problems().get(0).message().contains("101"), refused.problems().get(0).message());
        assertTrue(refused.problems().get(3).message().contains("in line 1"), refused.problems().get(3).message());
        assertEquals(224, AppraisalServiceTest.count("ScoreEntity"));
        assertEquals(0, new BigDecimal("93").compareTo(appraisal.round(2024, 2, null).lines().get(0).scores().get(Indicator.QIN)),
                "nothing half-written");
        assertThrows(AppraisalException.class, () -> appraisal.round(2024, 5, null));
    }

    @Test
    void aPublishedYearRefusesTheSaveWithTheReason() {
        appraisal.publish(2024);
        Round round = appraisal.round(2024, 3, null);
        assertTrue(round.published());
        AppraisalException refused = assertThrows(AppraisalException.class, () -> appraisal.saveRound(2024, 3, null, round.lines()));
        assertTrue(refused.getMessage().contains("2024 is published"), refused.getMessage());
        appraisal.unlock(2024, "第三季度补录");
        assertEquals(56, appraisal.saveRound(2024, 3, null, round.lines()).stored());
    }

    @Test
    void theGridIsForAppraisalAdministratorsOnly() throws Exception {
        AppraisalServiceTest.security.signOut();
        AppraisalServiceTest.security.signIn("worker-x11", AppraisalServiceTest.PASSWORD.toCharArray());
        assertThrows(AccessDeniedException.class, () -> appraisal.round(2024, 1, null), "the grid shows individual raters");
        assertThrows(AccessDeniedException.class, () -> appraisal.saveRound(2024, 1, null, List.of()));
        assertThrows(AccessDeniedException.class, () -> appraisal.progress(2024, 1, null));
        assertThrows(AccessDeniedException.class, () -> appraisal.round(2024, 1, "X-1-1"), "not even for the worker's own community");
        // explanations carry per-level means, which reveal a single rater's scores: administrators only as well
        assertThrows(AccessDeniedException.class, () -> appraisal.explain(2024, "G01"));
        assertThrows(AccessDeniedException.class, () -> appraisal.individualScores(2024, "G01"));
        AppraisalServiceTest.security.signOut();
        assertEquals(224, AppraisalServiceTest.count("ScoreEntity"));
    }

    @Test
    void badSettingsAreRefusedInTheUsersLanguage() {
        Map<org.jiedao.appraisal.Grade, BigDecimal> quotas = Map.of(org.jiedao.appraisal.Grade.A, BigDecimal.TEN,
                org.jiedao.appraisal.Grade.B, BigDecimal.TEN, org.jiedao.appraisal.Grade.C, BigDecimal.TEN, org.jiedao.appraisal.Grade.D,
                BigDecimal.TEN);
        AppraisalException refused = assertThrows(AppraisalException.class,
                () -> appraisal.saveSettings(2026, org.jiedao.appraisal.rules.AppraisalSettings.defaults().withQuotaPercents(quotas)));
        assertEquals("Invalid appraisal settings: the grade quotas must be 0 or more and sum to 100 percent", refused.getMessage());
        assertFalse(appraisal.year(2026).stored(), "nothing saved");
    }

    @Test
    void progressInTheCli() {
        AppraisalServiceTest.security.signOut();
        AppraisalCliTest.Result tsv = AppraisalCliTest.cli("admin-x", "appraisal", "progress", "--year", "2024", "--quarter", "4",
                "--format", "tsv");
        assertEquals(ExitCode.OK, tsv.exitCode(), tsv.err());
        List<String> out = tsv.out().lines().toList();
        assertEquals("cadre_id\tname\tunit\texpected\tentered\tmissing", out.get(0));
        assertEquals("G01\t干部1\tX-1-1\t4\t4\t", out.get(1));
        assertEquals("G15\t干部15\tX-1-1\t0\t0\t(no rater entered yet)", out.get(15));
        AppraisalCliTest.Result table = AppraisalCliTest.cli("admin-x", "appraisal", "progress", "--year", "2024", "--quarter", "4");
        assertTrue(table.out().contains("2024 quarter 4: 14 of 15 cadres fully scored."), table.out());
        AppraisalCliTest.Result denied = AppraisalCliTest.cli("worker-x11", "appraisal", "progress", "--year", "2024", "--quarter", "4");
        assertEquals(ExitCode.DENIED, denied.exitCode(), denied.err());
        AppraisalCliTest.Result noQuarter = AppraisalCliTest.cli("admin-x", "appraisal", "progress", "--year", "2024");
        assertEquals(ExitCode.USAGE, noQuarter.exitCode(), noQuarter.err());
    }

    @Test
    void followUpsOfDGradesAreRecordedChangedAndDeleted() throws Exception {
        appraisal.publish(2024);
        FollowUp talk = appraisal.addFollowUp(2024, "G14", FollowUpKind.REMINDER_TALK, LocalDate.of(2025, 1, 15), "提醒谈话");
        FollowUp changed = appraisal.updateFollowUp(talk.id(), FollowUpKind.REPOSTING, LocalDate.of(2025, 2, 1), "调整到综治办");
        assertEquals(List.of(changed), appraisal.followUps(2024));
        assertEquals(FollowUpKind.REPOSTING, appraisal.followUps(2024).get(0).kind());
        AppraisalServiceTest.security.signOut();
        AppraisalServiceTest.security.signIn("worker-x11", AppraisalServiceTest.PASSWORD.toCharArray());
        // G14 belongs to another community: the worker does not even see the record
        assertThrows(AppraisalException.class, () -> appraisal.deleteFollowUp(talk.id()));
        AppraisalServiceTest.security.signOut();
        AppraisalServiceTest.security.signIn("admin-x", AppraisalServiceTest.PASSWORD.toCharArray());
        appraisal.deleteFollowUp(talk.id());
        assertTrue(appraisal.followUps(2024).isEmpty());
        assertThrows(AppraisalException.class, () -> appraisal.deleteFollowUp(talk.id()));
    }
}
