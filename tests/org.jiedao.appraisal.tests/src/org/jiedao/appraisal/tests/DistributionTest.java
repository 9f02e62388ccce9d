package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.rules.AppraisalEngine;
import org.jiedao.appraisal.rules.AppraisalInput;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.appraisal.rules.ForcedDistribution;
import org.jiedao.appraisal.rules.RaterScore;
import org.jiedao.appraisal.rules.YearResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forced distribution of DOMAIN.md §4: largest-remainder quotas, ties never split. */
class DistributionTest {

    static final Map<Grade, BigDecimal> PERCENTS = AppraisalSettings.defaults().quotaPercents();

    static Map<Grade, Integer> q(int a, int b, int c, int d) {
        return Map.of(Grade.A, a, Grade.B, b, Grade.C, c, Grade.D, d);
    }

    @ParameterizedTest(name = "n = {0} gives {1}/{2}/{3}/{4}")
    @CsvSource({ "14, 3, 6, 4, 1", "10, 2, 5, 3, 0", "0, 0, 0, 0, 0", "1, 0, 1, 0, 0", "2, 0, 1, 1, 0", "3, 1, 1, 1, 0",
            "4, 1, 2, 1, 0", "5, 1, 2, 2, 0", "20, 4, 9, 6, 1", "100, 20, 45, 30, 5" })
    void quotasOfDomainMd(int n, int a, int b, int c, int d) {
        assertEquals(q(a, b, c, d), ForcedDistribution.quotas(n, PERCENTS));
    }

    /** An oracle in integers (hundredths of a person), written apart from the implementation. */
    static Map<Grade, Integer> integerOracle(int n) {
        int[] percent = { 20, 45, 30, 5 };
        int[] whole = new int[4];
        int[] remainder = new int[4];
        int left = n;
        for (int g = 0; g < 4; g++) {
            whole[g] = n * percent[g] / 100;
            remainder[g] = n * percent[g] % 100;
            left -= whole[g];
        }
        while (left-- > 0) {
            int best = 0;
            for (int g = 1; g < 4; g++) {
                if (remainder[g] > remainder[best]) {
                    best = g;                 // strictly larger: an equal remainder keeps the better grade
                }
            }
            whole[best]++;
            remainder[best] = -1;
        }
        return q(whole[0], whole[1], whole[2], whole[3]);
    }

    static YearResult gradeScores(int[] scores) {
        List<String> cadres = new ArrayList<>();
        List<RaterScore> raterScores = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String id = String.format("c%03d", i);
            cadres.add(id);
            raterScores.add(EngineTest.all(1, id, "r", RaterLevel.SUPERIOR, String.valueOf(scores[i])));
        }
        return AppraisalEngine.compute(new AppraisalInput(2024, AppraisalSettings.defaults(), cadres, raterScores, Map.of(), List.of(),
                Map.of()));
    }

    static List<Grade> grades(YearResult result) {
        List<Grade> grades = new ArrayList<>();
        result.explanations().stream().filter(Explanation::graded).forEach(e -> grades.add(e.grade().get()));
        return grades;
    }

    static int[] descending(int n) {
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 100 - i;
        }
        return scores;
    }

    @Test
    void nFromOneToFortyWithDistinctScoresFillsTheQuotasExactly() {
        for (int n = 1; n <= 40; n++) {
            Map<Grade, Integer> quotas = ForcedDistribution.quotas(n, PERCENTS);
            assertEquals(integerOracle(n), quotas, "n = " + n);
            assertEquals(n, quotas.values().stream().mapToInt(Integer::intValue).sum());
            YearResult result = gradeScores(descending(n));
            assertEquals(quotas, result.distribution(), "n = " + n);
            List<Grade> grades = grades(result);
            for (int i = 1; i < grades.size(); i++) {
                assertTrue(grades.get(i - 1).compareTo(grades.get(i)) <= 0, "monotone, n = " + n);
            }
        }
    }

    /** n = 20: quotas 4/9/6/1, boundaries after positions 4, 13 and 19. */
    @Test
    void aTieStraddlingTheABoundaryGoesWhollyToA() {
        int[] scores = descending(20);
        scores[4] = scores[3];                                   // positions 4 and 5 tied
        YearResult result = gradeScores(scores);
        assertEquals(q(5, 8, 6, 1), result.distribution());
        Explanation fifth = result.explanations().get(4);
        assertEquals(4, fifth.rank().orElseThrow());
        assertEquals(new Explanation.TieGroup(4, 5, List.of("c003", "c004")), fifth.tieGroup().orElseThrow());
        assertEquals(Grade.A, fifth.grade().orElseThrow());
        assertEquals(Grade.B, result.explanations().get(5).grade().orElseThrow());
        assertEquals(6, result.explanations().get(5).rank().orElseThrow());
    }

    @Test
    void aTieStraddlingTheBBoundaryGoesWhollyToB() {
        int[] scores = descending(20);
        scores[13] = scores[12];                                 // positions 13 and 14
        scores[14] = scores[12];                                 // and 15
        assertEquals(q(4, 11, 4, 1), gradeScores(scores).distribution());
    }

    @Test
    void aTieStraddlingTheCBoundaryGoesWhollyToCAndDGetsFewer() {
        int[] scores = descending(20);
        scores[19] = scores[18];                                 // positions 19 and 20
        YearResult result = gradeScores(scores);
        assertEquals(q(4, 9, 7, 0), result.distribution());
        assertEquals(Grade.C, result.explanations().get(19).grade().orElseThrow());
        assertEquals(19, result.explanations().get(19).rank().orElseThrow());
    }

    @Test
    void aTieOverAWholeGradeLeavesItEmpty() {
        int[] scores = descending(20);
        for (int i = 2; i < 15; i++) {
            scores[i] = scores[2];                               // positions 3..15 tied: all A
        }
        YearResult result = gradeScores(scores);
        assertEquals(q(15, 0, 4, 1), result.distribution());
    }

    @Test
    void allCadresTiedGetTheGradeOfPositionOne() {
        for (int n = 1; n <= 40; n++) {
            int[] scores = new int[n];
            java.util.Arrays.fill(scores, 77);
            YearResult result = gradeScores(scores);
            Grade expected = ForcedDistribution.gradeOfPosition(1, ForcedDistribution.quotas(n, PERCENTS));
            assertEquals(expected, n <= 2 ? Grade.B : Grade.A, "n = " + n);
            for (Explanation e : result.explanations()) {
                assertEquals(expected, e.grade().orElseThrow());
                assertEquals(1, e.rank().orElseThrow());
                assertEquals(n, e.tieGroup().orElseThrow().cadreIds().size());
            }
        }
    }

    @Test
    void ranksAreCompetitionRanks() {
        YearResult result = gradeScores(new int[] { 90, 80, 80, 70, 80, 60 });
        List<Integer> ranks = result.explanations().stream().map(e -> e.rank().orElseThrow()).toList();
        assertEquals(List.of(1, 2, 2, 2, 5, 6), ranks);
    }

    /**
     * Random groups (fixed seed) with many ties, random quotas and rater mixes: the quotas sum to n,
     * equal scores get equal grades, a better score never gets a worse grade, and every grade is
     * the grade of the position 1 + (cadres with a better score).
     */
    @Test
    void propertiesHoldForRandomGroups() {
        Random random = new Random(20240601L);
        for (int iteration = 0; iteration < 2000; iteration++) {
            int n = 1 + random.nextInt(60);
            int[] p = new int[4];
            int rest = 100;
            for (int g = 0; g < 3; g++) {
                p[g] = random.nextInt(rest + 1);
                rest -= p[g];
            }
            p[3] = rest;
            Map<Grade, BigDecimal> percents = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                percents.put(g, BigDecimal.valueOf(p[g.ordinal()]));
            }
            AppraisalSettings settings = AppraisalSettings.defaults().withQuotaPercents(percents);
            List<String> cadres = new ArrayList<>();
            List<RaterScore> scores = new ArrayList<>();
            int distinct = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                String id = "c" + i;
                cadres.add(id);
                int quarters = random.nextInt(4);                   // some cadres have no score: not graded
                for (int quarter = 1; quarter <= quarters; quarter++) {
                    RaterLevel level = RaterLevel.values()[random.nextInt(3)];
                    scores.add(EngineTest.all(quarter, id, "r", level, String.valueOf(60 + 5 * random.nextInt(distinct))));
                }
            }
            YearResult result = AppraisalEngine.compute(new AppraisalInput(2024, settings, cadres, scores, Map.of(), List.of(), Map.of()));
            int graded = result.graded();
            assertEquals(graded, result.quotas().values().stream().mapToInt(Integer::intValue).sum());
            Map<BigDecimal, Grade> byScore = new HashMap<>();
            List<Explanation> list = result.explanations().stream().filter(Explanation::graded).toList();
            for (Explanation a : list) {
                Grade previous = byScore.putIfAbsent(a.annualScore().get(), a.grade().get());
                assertTrue(previous == null || previous == a.grade().get(), "equal scores, equal grades");
                long better = list.stream().filter(b -> b.annualScore().get().compareTo(a.annualScore().get()) > 0).count();
                assertEquals(ForcedDistribution.gradeOfPosition((int) better + 1, result.quotas()), a.grade().get());
                assertEquals(better + 1, a.rank().get().longValue());
                for (Explanation b : list) {
                    if (a.annualScore().get().compareTo(b.annualScore().get()) > 0) {
                        assertTrue(a.grade().get().compareTo(b.grade().get()) <= 0, "monotone in score");
                    }
                }
            }
            // ties only ever move cadres up: at least the cumulative quota has each grade or better
            int cumulative = 0;
            for (Grade g : Grade.values()) {
                cumulative += result.quotas().get(g);
                long atLeast = list.stream().filter(e -> e.grade().get().compareTo(g) <= 0).count();
                assertTrue(atLeast >= cumulative, "grade " + g);
            }
        }
    }
}
