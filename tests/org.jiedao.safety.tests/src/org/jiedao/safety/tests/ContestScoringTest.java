package org.jiedao.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.ContestTally;
import org.jiedao.safety.TeamStanding;
import org.junit.jupiter.api.Test;

/**
 * The contest rules of DOMAIN.md §3, checked on hand-made contests (one per rule and tie-break) and
 * on generated ones against an independent reading of the rules: a team's rank is one more than the
 * number of teams strictly better by (total, wrong risk answers, seconds).
 */
class ContestScoringTest {

    static ContestAnswer must(String team, int q, boolean right, int seconds) {
        return new ContestAnswer(1, q, team, AnswerKind.MUST, 10, right, seconds);
    }

    static ContestAnswer risk(String team, int q, int value, boolean right, int seconds) {
        return new ContestAnswer(2, q, team, AnswerKind.RISK, value, right, seconds);
    }

    @Test
    void aMustAnswerScoresItsValueOrNothingAndARiskAnswerGainsOrLosesThePickedValue() {
        assertEquals(10, must("甲", 1, true, 5).points());
        assertEquals(0, must("甲", 1, false, 5).points());
        assertEquals(30, risk("甲", 1, 30, true, 5).points());
        assertEquals(-20, risk("甲", 1, 20, false, 5).points());
        List<TeamStanding> r = ContestScoring.rank(List.of("甲", "乙"),
                List.of(must("甲", 1, false, 3), risk("甲", 1, 30, false, 4), must("乙", 1, true, 9)));
        assertEquals(new TeamStanding(1, "乙", 10, 0, 9, 1), r.get(0));
        assertEquals(new TeamStanding(2, "甲", -30, 1, 7, 2), r.get(1), "totals may go negative; time is the sum of seconds");
    }

    @Test
    void tiesAreBrokenByFewerWrongRiskAnswersThenByLessTimeAndOtherwiseShared() {
        // 甲, 乙, 丙, 丁 all end with 20 points
        List<ContestAnswer> answers = List.of(
                must("甲", 1, true, 10), must("甲", 2, true, 10), // 20, no risk wrong, 20 s
                must("乙", 1, true, 5), risk("乙", 1, 10, true, 5), risk("乙", 2, 0 + 10, false, 5), must("乙", 2, true, 5), // 20, 1 wrong
                must("丙", 1, true, 8), must("丙", 2, true, 8), // 20, no wrong, 16 s: before 甲
                must("丁", 1, true, 10), must("丁", 2, true, 10), // 20, 0 wrong, 20 s: shares 甲's rank
                must("戊", 1, false, 1)); // 0
        List<TeamStanding> r = ContestScoring.rank(List.of("甲", "乙", "丙", "丁", "戊"), answers);
        assertEquals(List.of("丙", "甲", "丁", "乙", "戊"), r.stream().map(TeamStanding::team).toList());
        assertEquals(List.of(1, 2, 2, 4, 5), r.stream().map(TeamStanding::rank).toList(), "competition ranking 1, 2, 2, 4");
    }

    @Test
    void fewerWrongRiskAnswersWinEvenWithMoreTime() {
        List<TeamStanding> r = ContestScoring.rank(List.of("慢", "快"), List.of(risk("快", 1, 10, false, 1), risk("快", 2, 30, true, 1),
                risk("慢", 1, 20, true, 100)));
        assertEquals(20, r.get(0).total());
        assertEquals(20, r.get(1).total());
        assertEquals("慢", r.get(0).team(), "no wrong risk answer beats one wrong, whatever the time");
        assertEquals(2, r.get(1).rank());
    }

    @Test
    void aTeamWithoutAnswersRanksWithNothingAndAnUnknownTeamIsAnError() {
        List<TeamStanding> r = ContestScoring.rank(List.of("甲", "乙"), List.of(risk("甲", 1, 10, false, 3)));
        assertEquals("乙", r.get(0).team());
        assertEquals(0, r.get(0).total());
        assertThrows(IllegalArgumentException.class, () -> ContestScoring.rank(List.of("甲"), List.of(must("丙", 1, true, 1))));
    }

    @Test
    void theRulesOfferTheirRiskValuesOnly() {
        assertTrue(ContestRules.DEFAULT.offers(20));
        assertTrue(!ContestRules.DEFAULT.offers(25));
        assertEquals(10, ContestRules.DEFAULT.mustValue());
        assertEquals("10,20,30", ContestRules.DEFAULT.riskValuesText());
        assertThrows(IllegalArgumentException.class, () -> new ContestRules(10, List.of(20, 10)));
        assertThrows(IllegalArgumentException.class, () -> new ContestRules(0, List.of(10)));
    }

    /** Generated contests with narrow value ranges (so that every tie-break occurs), against the rules read directly. */
    @Test
    void generatedContestsRankAsTheRulesSay() {
        Random random = new Random(20261207);
        int[] tieBreaks = new int[3]; // decided by wrong risk answers, by time, shared ranks
        for (int contest = 0; contest < 400; contest++) {
            int teamCount = 2 + random.nextInt(9);
            List<String> teams = new ArrayList<>();
            for (int t = 0; t < teamCount; t++) {
                teams.add("队" + t);
            }
            ContestRules rules = contest % 2 == 0 ? ContestRules.DEFAULT : new ContestRules(5, List.of(5, 15));
            List<ContestAnswer> answers = generate(random, teams, rules, 1 + random.nextInt(3), 1 + random.nextInt(3));
            List<TeamStanding> ranking = ContestScoring.rank(teams, answers);

            // the figures of each team, summed here from the rules
            Map<String, long[]> expected = new HashMap<>();
            teams.forEach(t -> expected.put(t, new long[3]));
            for (ContestAnswer a : answers) {
                long[] e = expected.get(a.team());
                if (a.kind() == AnswerKind.MUST) {
                    e[0] += a.correct() ? rules.mustValue() : 0;
                } else {
                    e[0] += a.correct() ? a.value() : -a.value();
                    e[1] += a.correct() ? 0 : 1;
                }
                e[2] += a.seconds();
            }
            assertEquals(teams.size(), ranking.size());
            for (int i = 0; i < ranking.size(); i++) {
                TeamStanding s = ranking.get(i);
                long[] e = expected.get(s.team());
                assertEquals(e[0], s.total(), s.toString());
                assertEquals(e[1], s.wrongRisk(), s.toString());
                assertEquals(e[2], s.seconds(), s.toString());
                int better = 0;
                for (String other : teams) {
                    long[] o = expected.get(other);
                    if (o[0] > e[0] || o[0] == e[0] && (o[1] < e[1] || o[1] == e[1] && o[2] < e[2])) {
                        better++;
                    }
                }
                assertEquals(better + 1, s.rank(), "competition rank of " + s + " in " + ranking);
                if (i > 0) {
                    TeamStanding p = ranking.get(i - 1);
                    assertTrue(p.rank() <= s.rank());
                    if (p.total() == s.total()) {
                        if (p.wrongRisk() != s.wrongRisk()) {
                            tieBreaks[0]++;
                        } else if (p.seconds() != s.seconds()) {
                            tieBreaks[1]++;
                        } else {
                            tieBreaks[2]++;
                            assertEquals(p.rank(), s.rank());
                        }
                    }
                }
            }
            // re-scoring from the same answers in any order gives the same ranking
            List<ContestAnswer> shuffled = new ArrayList<>(answers);
            Collections.shuffle(shuffled, random);
            assertEquals(ranking, ContestScoring.rank(teams, shuffled));
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(tieBreaks[i] > 10, "the generated contests exercise every tie-break: " + java.util.Arrays.toString(tieBreaks));
        }
    }

    /** Live scoring with corrections and cleared cells ranks as re-scoring the answers it keeps. */
    @Test
    void liveScoringWithCorrectionsEqualsReScoring() {
        Random random = new Random(7);
        for (int contest = 0; contest < 100; contest++) {
            List<String> teams = List.of("东方环境物业", "赤湾物业", "安成物业", "队4", "队5");
            ContestTally tally = new ContestTally(teams);
            for (int step = 0; step < 200; step++) {
                String team = teams.get(random.nextInt(teams.size()));
                int round = 1 + random.nextInt(2);
                int question = 1 + random.nextInt(5);
                if (random.nextInt(6) == 0) {
                    tally.remove(team, round, question);
                } else {
                    AnswerKind kind = round == 1 ? AnswerKind.MUST : AnswerKind.RISK;
                    int value = kind == AnswerKind.MUST ? 10 : 10 * (1 + random.nextInt(3));
                    tally.put(new ContestAnswer(round, question, team, kind, value, random.nextBoolean(), random.nextInt(4)));
                }
                assertEquals(ContestScoring.rank(teams, tally.answers()), tally.ranking());
            }
        }
        ContestTally tally = new ContestTally(List.of("甲"));
        assertThrows(IllegalArgumentException.class, () -> tally.put(must("乙", 1, true, 1)));
    }

    /** Re-scoring a contest of 50 teams and 200 questions each (10,000 answers): the figures are checked; its time is in releng/bench/safety-scoring.sh. */
    @Test
    void aLargeContestReScores() {
        Random random = new Random(50);
        List<String> teams = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            teams.add("队" + t);
        }
        List<ContestAnswer> answers = generate(random, teams, ContestRules.DEFAULT, 2, 100);
        assertEquals(10_000, answers.size());
        List<TeamStanding> ranking = ContestScoring.rank(teams, answers);
        assertEquals(50, ranking.size());
        assertEquals(10_000, ranking.stream().mapToInt(TeamStanding::answers).sum());
        assertEquals(answers.stream().mapToInt(ContestAnswer::points).sum(), ranking.stream().mapToInt(TeamStanding::total).sum());
    }

    /** Rounds alternate must-answer and risk; every team answers every question (values and times from narrow ranges). */
    static List<ContestAnswer> generate(Random random, List<String> teams, ContestRules rules, int rounds, int questionsPerRound) {
        List<ContestAnswer> answers = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            AnswerKind kind = round % 2 == 1 ? AnswerKind.MUST : AnswerKind.RISK;
            for (int q = 1; q <= questionsPerRound; q++) {
                for (String team : teams) {
                    int value = kind == AnswerKind.MUST ? rules.mustValue()
                            : rules.riskValues().get(random.nextInt(rules.riskValues().size()));
                    answers.add(new ContestAnswer(round, q, team, kind, value, random.nextInt(3) > 0, random.nextInt(3)));
                }
            }
        }
        return answers;
    }
}
