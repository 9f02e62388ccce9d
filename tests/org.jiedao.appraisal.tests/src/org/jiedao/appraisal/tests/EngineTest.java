package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.rules.AppraisalEngine;
import org.jiedao.appraisal.rules.AppraisalInput;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.appraisal.rules.HonourEntry;
import org.jiedao.appraisal.rules.LevelSums;
import org.jiedao.appraisal.rules.RaterScore;
import org.jiedao.appraisal.rules.YearResult;
import org.junit.jupiter.api.Test;

/** The annual score of DOMAIN.md §4: rater levels, weights, quarters, exam, honours, rounding, D years. */
class EngineTest {

    static final AppraisalSettings DEFAULTS = AppraisalSettings.defaults();

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static RaterScore all(int quarter, String cadre, String rater, RaterLevel level, String score) {
        BigDecimal s = d(score);
        return RaterScore.of(quarter, cadre, rater, level, s, s, s, s, s);
    }

    static YearResult grade(List<String> cadres, List<RaterScore> scores, Map<String, BigDecimal> exams, List<HonourEntry> honours,
            Map<String, Integer> priorD) {
        return AppraisalEngine.compute(new AppraisalInput(2024, DEFAULTS, cadres, scores, exams, honours, priorD));
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual.toPlainString());
    }

    /** The worked example of the README, step by step. */
    @Test
    void workedExample() {
        List<RaterScore> scores = List.of(
                RaterScore.of(1, "c1", "s1", RaterLevel.SUPERIOR, d("90"), d("80"), d("85"), d("95"), d("100")),
                all(1, "c1", "s2", RaterLevel.SUPERIOR, "80"),
                all(1, "c1", "p1", RaterLevel.PEER, "70"),
                all(1, "c1", "u1", RaterLevel.SUBORDINATE, "90"),
                all(1, "c1", "u2", RaterLevel.SUBORDINATE, "80"),
                all(2, "c1", "s1", RaterLevel.SUPERIOR, "90"),
                all(4, "c1", "s1", RaterLevel.SUPERIOR, "80"),
                all(4, "c1", "p1", RaterLevel.PEER, "80"),
                all(4, "c1", "u1", RaterLevel.SUBORDINATE, "80"));
        List<HonourEntry> honours = List.of(new HonourEntry("c1", HonourLevel.DISTRICT, "区优秀党员"),
                new HonourEntry("c1", HonourLevel.STREET, "街道先进个人"), new HonourEntry("c1", HonourLevel.STREET, "街道服务标兵"));
        YearResult result = grade(List.of("c1"), scores, Map.of("c1", d("88")), honours, Map.of());
        Explanation e = result.explanation("c1").orElseThrow();

        assertEquals(List.of(1, 2, 4), e.quarters().stream().map(Explanation.Quarter::quarter).toList());
        Explanation.Quarter q1 = e.quarters().get(0);
        Explanation.Level superior = q1.levels().get(0);
        assertEquals(RaterLevel.SUPERIOR, superior.level());
        assertEquals(2, superior.raters());
        assertDecimal("85", superior.indicatorMeans().get(Indicator.DE));
        assertDecimal("82.5", superior.indicatorMeans().get(Indicator.QIN));
        assertDecimal("90", superior.indicatorMeans().get(Indicator.LIAN));
        assertDecimal("85", superior.mean());
        assertDecimal("0.4", superior.effectiveWeight());
        assertDecimal("70", q1.levels().get(1).mean());
        assertDecimal("85", q1.levels().get(2).mean());
        assertDecimal("80.5", q1.score());                         // 0.4×85 + 0.3×70 + 0.3×85
        assertDecimal("90", e.quarters().get(1).score());          // superior only: weight rescaled to 1
        assertDecimal("1", e.quarters().get(1).levels().get(0).effectiveWeight());
        assertDecimal("80", e.quarters().get(2).score());
        assertDecimal("83.5", e.quarterMean().orElseThrow());      // (80.5 + 90 + 80) / 3
        assertDecimal("11", e.honourTotal());
        assertDecimal("10", e.honourPoints());                     // capped
        assertDecimal("86.05", e.annualExact().orElseThrow());     // 0.7×83.5 + 0.2×88 + 10
        assertEquals("86.05", e.annualScore().orElseThrow().toPlainString());
        assertEquals(Optional.of(1), e.rank());
        assertEquals(Optional.of(Grade.B), e.grade());             // n = 1: the quota goes to B (largest remainder 0.45)
        assertDecimal("1", e.bonusFactor().orElseThrow());
    }

    @Test
    void aLevelWithoutRatersDropsOutAndTheOtherWeightsAreRescaled() {
        YearResult result = grade(List.of("c1"),
                List.of(all(1, "c1", "s", RaterLevel.SUPERIOR, "80"), all(1, "c1", "p", RaterLevel.PEER, "90")), Map.of(), List.of(),
                Map.of());
        Explanation.Quarter q = result.explanation("c1").orElseThrow().quarters().get(0);
        assertEquals(2, q.levels().size());
        assertTrue(q.levels().get(0).effectiveWeight().toPlainString().startsWith("0.571428571428"), q.levels().toString());
        assertTrue(q.levels().get(1).effectiveWeight().toPlainString().startsWith("0.428571428571"));
        // (0.4×80 + 0.3×90) / 0.7 = 84.2857142857…, carried to 20 places
        assertTrue(q.score().toPlainString().startsWith("84.28571428571428571"), q.score().toPlainString());
        assertEquals("59.00", result.explanation("c1").orElseThrow().annualScore().orElseThrow().toPlainString());
    }

    @Test
    void onlySubordinatesStillGiveAScore() {
        YearResult result = grade(List.of("c1"), List.of(all(3, "c1", "u", RaterLevel.SUBORDINATE, "75")), Map.of(), List.of(),
                Map.of());
        Explanation e = result.explanation("c1").orElseThrow();
        assertDecimal("75", e.quarters().get(0).score());
        assertEquals("52.50", e.annualScore().orElseThrow().toPlainString());
    }

    @Test
    void aMissingExamCountsZero() {
        List<RaterScore> scores = List.of(all(1, "c1", "s", RaterLevel.SUPERIOR, "90"), all(1, "c2", "s", RaterLevel.SUPERIOR, "90"));
        YearResult result = grade(List.of("c1", "c2"), scores, Map.of("c1", d("80")), List.of(), Map.of());
        assertEquals("79.00", result.explanation("c1").orElseThrow().annualScore().orElseThrow().toPlainString());
        Explanation missing = result.explanation("c2").orElseThrow();
        assertEquals(Optional.empty(), missing.exam());
        assertEquals("63.00", missing.annualScore().orElseThrow().toPlainString());
        assertTrue(missing.graded());
    }

    @Test
    void honoursAreCappedAndOnlyTheAnnualScoreIsRoundedHalfUp() {
        List<RaterScore> scores = List.of(all(1, "c1", "s", RaterLevel.SUPERIOR, "0"), all(1, "c2", "s", RaterLevel.SUPERIOR, "0"),
                all(1, "c3", "s", RaterLevel.SUPERIOR, "0"));
        List<HonourEntry> honours = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            honours.add(new HonourEntry("c1", HonourLevel.DISTRICT, "区级表彰 " + i));   // 20 points, capped at 10
        }
        honours.add(new HonourEntry("c2", HonourLevel.STREET, "街道表彰"));             // 3 points
        YearResult result = grade(List.of("c1", "c2", "c3"), scores, Map.of("c3", d("50.025")), honours, Map.of());
        Explanation c1 = result.explanation("c1").orElseThrow();
        assertDecimal("20", c1.honourTotal());
        assertDecimal("10", c1.honourPoints());
        assertEquals("10.00", c1.annualScore().orElseThrow().toPlainString());
        assertEquals("3.00", result.explanation("c2").orElseThrow().annualScore().orElseThrow().toPlainString());
        Explanation c3 = result.explanation("c3").orElseThrow();
        assertDecimal("10.005", c3.annualExact().orElseThrow());
        assertEquals("10.01", c3.annualScore().orElseThrow().toPlainString(), "half up, not half even");
    }

    @Test
    void aCadreWithoutQuarterlyScoresIsNotGradedAndNotCounted() {
        List<String> cadres = new ArrayList<>();
        List<RaterScore> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cadres.add("c" + i);
            scores.add(all(1, "c" + i, "s", RaterLevel.SUPERIOR, String.valueOf(90 - i)));
        }
        cadres.add("new");
        YearResult result = grade(cadres, scores, Map.of("new", d("99")), List.of(new HonourEntry("new", HonourLevel.DISTRICT, "x")),
                Map.of());
        assertEquals(10, result.graded());
        assertEquals(Map.of(Grade.A, 2, Grade.B, 5, Grade.C, 3, Grade.D, 0), result.quotas());
        Explanation ungraded = result.explanations().get(10);
        assertEquals("new", ungraded.cadreId());
        assertFalse(ungraded.graded());
        assertEquals(Optional.empty(), ungraded.rank());
        assertEquals(Optional.empty(), ungraded.bonusFactor());
    }

    /** 20 cadres with distinct scores (quotas 4/9/6/1): the last one is D; its bonus by cumulative D years. */
    @Test
    void dBonusFactorFollowsCumulativeDYears() {
        List<String> cadres = new ArrayList<>();
        List<RaterScore> scores = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            cadres.add("c" + i);
            scores.add(all(1, "c" + i, "s", RaterLevel.SUPERIOR, String.valueOf(100 - i)));
        }
        String[] expected = { "0.50", "0.25", "0.00", "0.00", "0.00" };
        for (int prior = 0; prior < expected.length; prior++) {
            YearResult result = grade(cadres, scores, Map.of(), List.of(), Map.of("c20", prior, "c1", 2));
            Explanation last = result.explanation("c20").orElseThrow();
            assertEquals(Optional.of(Grade.D), last.grade());
            assertEquals(prior, last.priorDYears());
            assertEquals(prior + 1, last.dYears());
            assertEquals(expected[prior], last.bonusFactor().orElseThrow().toPlainString(), "D year " + (prior + 1));
            Explanation first = result.explanation("c1").orElseThrow();
            assertEquals(Optional.of(Grade.A), first.grade());
            assertEquals(2, first.dYears(), "earlier D years are still counted");
            assertDecimal("1", first.bonusFactor().orElseThrow());
        }
    }

    @Test
    void settingsOfTheYearAreUsed() {
        AppraisalSettings settings = DEFAULTS.withLevelWeights(Map.of(RaterLevel.SUPERIOR, d("0.5"), RaterLevel.PEER, d("0.25"),
                RaterLevel.SUBORDINATE, d("0.25"))).withHonourCap(d("4"));
        List<RaterScore> scores = List.of(all(1, "c1", "s", RaterLevel.SUPERIOR, "80"), all(1, "c1", "p", RaterLevel.PEER, "60"),
                all(1, "c1", "u", RaterLevel.SUBORDINATE, "100"));
        YearResult result = AppraisalEngine.compute(new AppraisalInput(2025, settings, List.of("c1"), scores, Map.of(),
                List.of(new HonourEntry("c1", HonourLevel.DISTRICT, "t")), Map.of()));
        Explanation e = result.explanation("c1").orElseThrow();
        assertDecimal("80", e.quarters().get(0).score());          // 0.5×80 + 0.25×60 + 0.25×100
        assertEquals("60.00", e.annualScore().orElseThrow().toPlainString()); // 56 + 4 (cap 4)
        assertTrue(settings.problems().isEmpty());
        assertFalse(DEFAULTS.withQuotaPercents(Map.of(Grade.A, d("20"), Grade.B, d("45"), Grade.C, d("30"), Grade.D, d("6")))
                .problems().isEmpty(), "quotas must sum to 100");
    }

    /**
     * The grouped read's path: the same raters' scores given as per quarter/cadre/level counts and
     * sums (summed here in another order, some levels split in two parts) give exactly the same
     * explanations, every decimal with the same value and scale, also with weights whose rescaling
     * does not terminate (1/3 levels, 1/7 means).
     */
    @Test
    void levelSumsGiveExactlyTheResultOfTheIndividualScores() {
        java.util.Random random = new java.util.Random(20261126L);
        AppraisalSettings settings = DEFAULTS.withLevelWeights(Map.of(RaterLevel.SUPERIOR, d("0.35"), RaterLevel.PEER, d("0.4"),
                RaterLevel.SUBORDINATE, d("0.25")));
        for (AppraisalSettings s : List.of(DEFAULTS, settings)) {
            List<String> cadres = new ArrayList<>();
            List<RaterScore> scores = new ArrayList<>();
            for (int c = 0; c < 200; c++) {
                String id = "c" + c;
                cadres.add(id);
                for (int quarter = 1; quarter <= 4; quarter++) {
                    if (random.nextInt(10) == 0) {
                        continue;                                   // a quarter without scores
                    }
                    int raters = random.nextInt(9);                 // 0-8 raters, levels at random (a level may be missing)
                    for (int r = 0; r < raters; r++) {
                        BigDecimal[] v = new BigDecimal[5];
                        for (int i = 0; i < 5; i++) {
                            v[i] = BigDecimal.valueOf(random.nextInt(10001), 2);   // 0.00-100.00
                        }
                        scores.add(RaterScore.of(quarter, id, "r" + r, RaterLevel.values()[random.nextInt(3)], v[0], v[1], v[2], v[3],
                                v[4]));
                    }
                }
            }
            // counts and sums per quarter, cadre and level, summed back to front; every other group in two parts
            Map<String, BigDecimal[]> sums = new java.util.LinkedHashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            List<LevelSums> split = new ArrayList<>();
            for (int i = scores.size() - 1; i >= 0; i--) {
                RaterScore score = scores.get(i);
                String key = score.quarter() + "|" + score.cadreId() + "|" + score.level().name();
                if (counts.merge(key, 1, Integer::sum) == 1 && (i % 2 == 0)) {
                    split.add(new LevelSums(score.quarter(), score.cadreId(), score.level(), 1, score.scores()));
                    counts.put(key, 0);
                    continue;
                }
                BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO });
                for (Indicator indicator : Indicator.values()) {
                    sum[indicator.ordinal()] = sum[indicator.ordinal()].add(score.scores().get(indicator));
                }
            }
            List<LevelSums> levelSums = new ArrayList<>(split);
            for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
                String[] k = e.getKey().split("\\|");
                BigDecimal[] v = e.getValue();
                levelSums.add(LevelSums.of(Integer.parseInt(k[0]), k[1], RaterLevel.valueOf(k[2]), counts.get(e.getKey()), v[0], v[1],
                        v[2], v[3], v[4]));
            }
            Map<String, BigDecimal> exams = Map.of("c1", d("88.5"), "c2", d("70"));
            List<HonourEntry> honours = List.of(new HonourEntry("c3", HonourLevel.DISTRICT, "x"));
            YearResult individual = AppraisalEngine.compute(new AppraisalInput(2024, s, cadres, scores, exams, honours, Map.of("c4", 1)));
            YearResult summed = AppraisalEngine.compute(new AppraisalInput(2024, s, cadres, List.of(), levelSums, exams, honours,
                    Map.of("c4", 1)));
            assertEquals(individual.quotas(), summed.quotas());
            assertEquals(individual.explanations().size(), summed.explanations().size());
            for (int i = 0; i < individual.explanations().size(); i++) {
                // record equality: BigDecimal.equals compares value and scale
                assertEquals(individual.explanations().get(i), summed.explanations().get(i), "cadre at position " + i);
            }
            assertTrue(individual.graded() > 150);
        }
    }

    @Test
    void levelSumsRejectImpossibleValues() {
        BigDecimal ok = d("150");
        assertThrows(IllegalArgumentException.class, () -> LevelSums.of(1, "c1", RaterLevel.PEER, 1, ok, d("1"), d("1"), d("1"),
                d("1")));
        assertThrows(IllegalArgumentException.class, () -> LevelSums.of(1, "c1", RaterLevel.PEER, 0, d("0"), d("0"), d("0"), d("0"),
                d("0")));
        assertEquals(2, LevelSums.of(1, "c1", RaterLevel.PEER, 2, ok, d("200"), d("0"), d("1"), d("1")).raters());
    }

    static Map<String, BigDecimal> none() {
        return new HashMap<>();
    }
}
