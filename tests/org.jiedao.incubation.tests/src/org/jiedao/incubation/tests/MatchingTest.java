package org.jiedao.incubation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiedao.incubation.StableMatching;
import org.jiedao.incubation.StableMatching.Assignment;
import org.jiedao.incubation.StableMatching.Outcome;
import org.jiedao.incubation.StableMatching.Step;
import org.junit.jupiter.api.Test;

/**
 * The two-way selection's matching on generated cases, checked against brute force: the result is
 * stable (no project and community that both prefer each other to what they got), respects places
 * and mutual listing, and is the project-optimal stable matching (every project gets the best
 * community it has in any stable matching, found by enumerating all matchings of small cases).
 */
class MatchingTest {

    /** A generated case: projects P0.., communities C0.., applications, rankings (ties), places, excellent flags. */
    static final class Case {
        int np;
        int nc;
        boolean[] excellent;
        int[] places;
        /** [p] communities in preference order */
        List<List<Integer>> prefs = new ArrayList<>();
        /** [c][p] rank or 0 when not ranked */
        int[][] rank;
        /** [p][c] application sequence */
        long[][] seq;

        StableMatching matching() {
            StableMatching m = new StableMatching(1);
            for (int p = 0; p < np; p++) {
                m.project(code(p), excellent[p]);
            }
            for (int c = 0; c < nc; c++) {
                m.places("C" + c, places[c]);
            }
            for (int p = 0; p < np; p++) {
                for (int k = 0; k < prefs.get(p).size(); k++) {
                    int c = prefs.get(p).get(k);
                    m.apply(code(p), "C" + c, k + 1, seq[p][c]);
                }
            }
            for (int c = 0; c < nc; c++) {
                for (int p = 0; p < np; p++) {
                    if (rank[c][p] > 0) {
                        m.rank("C" + c, code(p), rank[c][p]);
                    }
                }
            }
            return m;
        }

        static String code(int p) {
            return String.format("P%03d", p);
        }

        boolean acceptable(int p, int c) {
            return prefs.get(p).contains(c) && rank[c][p] > 0;
        }

        /** the community's strict order after the DOMAIN.md tie-breaks: negative when a is preferred */
        int compare(int c, int a, int b) {
            if (rank[c][a] != rank[c][b]) {
                return Integer.compare(rank[c][a], rank[c][b]);
            }
            if (excellent[a] != excellent[b]) {
                return excellent[a] ? -1 : 1;
            }
            if (seq[a][c] != seq[b][c]) {
                return Long.compare(seq[a][c], seq[b][c]);
            }
            return code(a).compareTo(code(b));
        }

        /** project p's preference position of c (lower = better), MAX for unmatched */
        int pos(int p, int c) {
            return c < 0 ? Integer.MAX_VALUE : prefs.get(p).indexOf(c);
        }

        /** brute-force: is the matching (p → c or -1) stable? */
        boolean stable(int[] match) {
            int[] load = new int[nc];
            for (int p = 0; p < np; p++) {
                if (match[p] >= 0) {
                    if (!acceptable(p, match[p])) {
                        return false;
                    }
                    load[match[p]]++;
                }
            }
            for (int c = 0; c < nc; c++) {
                if (load[c] > places[c]) {
                    return false;
                }
            }
            for (int p = 0; p < np; p++) {
                for (int c = 0; c < nc; c++) {
                    if (!acceptable(p, c) || pos(p, c) >= pos(p, match[p])) {
                        continue; // p does not prefer c
                    }
                    if (load[c] < places[c]) {
                        return false; // c has a free place and p wants it
                    }
                    for (int q = 0; q < np; q++) {
                        if (match[q] == c && compare(c, p, q) < 0) {
                            return false; // c prefers p to one it holds
                        }
                    }
                }
            }
            return true;
        }

        /** every matching (brute force) */
        void all(int p, int[] match, List<int[]> out) {
            if (p == np) {
                out.add(match.clone());
                return;
            }
            match[p] = -1;
            all(p + 1, match, out);
            for (int c : prefs.get(p)) {
                if (rank[c][p] > 0) {
                    match[p] = c;
                    all(p + 1, match, out);
                }
            }
            match[p] = -1;
        }
    }

    static Case generate(Random r, int np, int nc) {
        Case k = new Case();
        k.np = np;
        k.nc = nc;
        k.excellent = new boolean[np];
        k.places = new int[nc];
        k.rank = new int[nc][np];
        k.seq = new long[np][nc];
        List<Integer> cs = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            cs.add(c);
            k.places[c] = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
        }
        for (int p = 0; p < np; p++) {
            k.excellent[p] = r.nextInt(3) == 0;
            Collections.shuffle(cs, r);
            List<Integer> mine = new ArrayList<>(cs.subList(0, 1 + r.nextInt(nc)));
            k.prefs.add(mine);
            for (int c : mine) {
                k.seq[p][c] = r.nextInt(5); // equal sequences happen: the code decides then
                if (r.nextInt(5) > 0) {
                    k.rank[c][p] = 1 + r.nextInt(3); // ties are frequent
                }
            }
        }
        return k;
    }

    @Test
    void generatedCasesAreStableAndProjectOptimal() {
        Random random = new Random(20200611);
        for (int n = 0; n < 400; n++) {
            Case k = generate(random, 1 + random.nextInt(5), 1 + random.nextInt(3));
            List<Assignment> result = k.matching().run();
            int[] match = new int[k.np];
            for (Assignment a : result) {
                int p = Integer.parseInt(a.project().substring(1));
                match[p] = a.community() == null ? -1 : Integer.parseInt(a.community().substring(1));
            }
            assertTrue(k.stable(match), "case " + n + ": unstable result " + java.util.Arrays.toString(match));
            List<int[]> all = new ArrayList<>();
            k.all(0, new int[k.np], all);
            for (int[] other : all) {
                if (k.stable(other)) {
                    for (int p = 0; p < k.np; p++) {
                        if (k.pos(p, other[p]) < k.pos(p, match[p])) {
                            fail("case " + n + ": project " + p + " does better in another stable matching " + java.util.Arrays.toString(other));
                        }
                    }
                }
            }
        }
    }

    @Test
    void largeGeneratedCasesAreStable() {
        Random random = new Random(7);
        for (int n = 0; n < 5; n++) {
            Case k = generate(random, 300, 40);
            List<Assignment> result = k.matching().run();
            int[] match = new int[k.np];
            for (Assignment a : result) {
                match[Integer.parseInt(a.project().substring(1))] = a.community() == null ? -1 : Integer.parseInt(a.community().substring(1));
            }
            assertTrue(k.stable(match));
        }
    }

    @Test
    void tiesGoToTheExcellentProjectThenTheEarlierApplicationThenTheCode() {
        // one place at 桂花, three projects ranked equal
        List<Assignment> r = new StableMatching(1).project("B", false).project("A", false).project("X", true)
                .apply("B", "guihua", 1, 1).apply("A", "guihua", 1, 2).apply("X", "guihua", 1, 3)
                .rank("guihua", "A", 1).rank("guihua", "B", 1).rank("guihua", "X", 1).run();
        assertEquals("guihua", find(r, "X").community(), "the excellent student project first");

        r = new StableMatching(1).apply("B", "guihua", 1, 1).apply("A", "guihua", 1, 2).rank("guihua", "A", 1).rank("guihua", "B", 1).run();
        assertEquals("guihua", find(r, "B").community(), "then the earlier application");

        r = new StableMatching(1).apply("B", "guihua", 1, 5).apply("A", "guihua", 1, 5).rank("guihua", "A", 1).rank("guihua", "B", 1).run();
        assertEquals("guihua", find(r, "A").community(), "then the project code");

        r = new StableMatching(1).project("X", true).apply("X", "guihua", 1, 1).apply("A", "guihua", 1, 2).rank("guihua", "A", 1)
                .rank("guihua", "X", 2).run();
        assertEquals("guihua", find(r, "A").community(), "a better rank beats the excellent flag");
    }

    @Test
    void theExplanationNamesWhereItAppliedWhereItWasRankedAndWhoTookThePlaces() {
        List<Assignment> r = new StableMatching(1).places("daoqian", 0)
                .apply("P1", "guihua", 1, 1).apply("P1", "daoqian", 2, 2).apply("P1", "tongyi", 3, 3).apply("P1", "tonger", 4, 4)
                .apply("P2", "guihua", 1, 5)
                .rank("guihua", "P2", 1).rank("guihua", "P1", 2).rank("daoqian", "P1", 1).rank("tonger", "P1", 1).run();
        Assignment p1 = find(r, "P1");
        assertEquals("tonger", p1.community());
        assertEquals(4, p1.projectRank());
        assertEquals(1, p1.communityRank());
        List<Step> steps = p1.explanation().steps();
        assertEquals(List.of(Outcome.TAKEN, Outcome.NO_PLACES, Outcome.NOT_RANKED, Outcome.MATCHED), steps.stream().map(Step::outcome).toList());
        assertEquals(List.of("P2"), steps.get(0).takenBy());
        assertEquals(2, steps.get(0).communityRank());
        assertNull(steps.get(2).communityRank());
        Assignment p2 = find(r, "P2");
        assertEquals(List.of(Outcome.MATCHED), p2.explanation().steps().stream().map(Step::outcome).toList());
    }

    @Test
    void aCommunityWithSeveralPlacesTakesItsBest() {
        StableMatching m = new StableMatching(1).places("c", 2);
        Map<String, Integer> ranks = new HashMap<>(Map.of("a", 3, "b", 1, "d", 2));
        ranks.forEach((p, k) -> m.apply(p, "c", 1, 0).rank("c", p, k));
        List<Assignment> r = m.run();
        assertEquals("c", find(r, "b").community());
        assertEquals("c", find(r, "d").community());
        assertNull(find(r, "a").community());
        assertEquals(List.of("b", "d"), find(r, "a").explanation().steps().get(0).takenBy());
    }

    static Assignment find(List<Assignment> r, String project) {
        return r.stream().filter(a -> a.project().equals(project)).findFirst().orElseThrow();
    }
}
