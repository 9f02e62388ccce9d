package org.jiedao.incubation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The two-way selection (双向选择) of a round: the project-proposing stable matching (deferred
 * acceptance, Gale–Shapley) with community places, by the rules of DOMAIN.md §1.
 * <ul>
 * <li>a project and a community can be matched only if the project applied to the community and
 * the community ranked the project;</li>
 * <li>a project prefers a lower {@code projectRank}; a community prefers a lower
 * {@code communityRank}, and among equal ranks an excellent student project (优秀学生项目), then
 * the earlier application (lower sequence), then the lower project code;</li>
 * <li>a community takes at most its places (default 1, 0 allowed).</li>
 * </ul>
 * Pure and deterministic (no database): the module runs it on a round's applications and rankings,
 * and its result comes with an {@link Explanation} per project. Not thread-safe; one instance per run.
 */
public final class StableMatching {

    /** What happened at one community a project applied to, in the project's order. */
    public enum Outcome {
        /** the project got a place here */
        MATCHED,
        /** the community did not rank the project */
        NOT_RANKED,
        /** the community has no places in the round */
        NO_PLACES,
        /** the places went to projects the community ranks higher */
        TAKEN,
        /** a community the project likes less than the one it got (never asked) */
        LESS_PREFERRED
    }

    /**
     * One application of a project, as the explanation shows it.
     *
     * @param community     the community's code
     * @param projectRank   the project's preference (1 = first)
     * @param communityRank the community's rank of the project, null when it did not rank it
     * @param places        the community's places in the round
     * @param takenBy       when {@link Outcome#TAKEN}: the projects holding the places, best first
     */
    public record Step(String community, int projectRank, Integer communityRank, int places, Outcome outcome, List<String> takenBy) {
    }

    /** Why a project got what it got: its applications in its order of preference. */
    public record Explanation(String project, String community, List<Step> steps) {
        /** @return whether the project got a place */
        public boolean matched() {
            return community != null;
        }
    }

    /**
     * A project's result.
     *
     * @param community     the community's code, null when unmatched
     * @param projectRank   the project's rank of that community, null when unmatched
     * @param communityRank the community's rank of the project, null when unmatched
     */
    public record Assignment(String project, String community, Integer projectRank, Integer communityRank, Explanation explanation) {
    }

    private final Map<String, Integer> projectIndex = new HashMap<>();
    private final Map<String, Integer> communityIndex = new HashMap<>();
    private final List<String> projects = new ArrayList<>();
    private final List<String> communities = new ArrayList<>();
    private boolean[] excellent = new boolean[16];
    private int[] places = new int[16];
    private final int defaultPlaces;
    /** per project: its applications (community index, project rank, sequence) */
    private final List<List<long[]>> applications = new ArrayList<>();
    /** per community: project index → community rank */
    private final List<Map<Integer, Integer>> rankings = new ArrayList<>();
    /** per community: project index → the sequence of the project's application there */
    private final List<Map<Integer, Long>> sequences = new ArrayList<>();

    /** @param defaultPlaces the places of a community whose places are not set (DOMAIN.md: 1) */
    public StableMatching(int defaultPlaces) {
        if (defaultPlaces < 0) {
            throw new IllegalArgumentException("places below 0: " + defaultPlaces);
        }
        this.defaultPlaces = defaultPlaces;
        Arrays.fill(places, Integer.MIN_VALUE);
    }

    /** Declares a project (once; applying declares it too, not excellent). */
    public StableMatching project(String code, boolean isExcellent) {
        int p = projectOf(code);
        excellent[p] = isExcellent;
        return this;
    }

    /** Sets a community's places in the round. */
    public StableMatching places(String community, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("places below 0: " + n);
        }
        int c = communityOf(community); // may grow the array: index it after
        places[c] = n;
        return this;
    }

    /**
     * A project applies to a community.
     *
     * @param projectRank its preference (1 = first); ranks of one project are distinct
     * @param sequence    when it applied (lower = earlier), for the community's tie-break
     */
    public StableMatching apply(String project, String community, int projectRank, long sequence) {
        int p = projectOf(project);
        int c = communityOf(community);
        applications.get(p).add(new long[] { c, projectRank, sequence });
        sequences.get(c).put(p, sequence);
        return this;
    }

    /** A community ranks a project (1 = best; equal ranks are ties). */
    public StableMatching rank(String community, String project, int communityRank) {
        rankings.get(communityOf(community)).put(projectOf(project), communityRank);
        return this;
    }

    private int projectOf(String code) {
        Objects.requireNonNull(code, "project");
        Integer i = projectIndex.get(code);
        if (i == null) {
            i = projects.size();
            projectIndex.put(code, i);
            projects.add(code);
            applications.add(new ArrayList<>(4));
            if (i >= excellent.length) {
                excellent = Arrays.copyOf(excellent, i * 2);
            }
        }
        return i;
    }

    private int communityOf(String code) {
        Objects.requireNonNull(code, "community");
        Integer i = communityIndex.get(code);
        if (i == null) {
            i = communities.size();
            communityIndex.put(code, i);
            communities.add(code);
            rankings.add(new HashMap<>());
            sequences.add(new HashMap<>());
            if (i >= places.length) {
                int old = places.length;
                places = Arrays.copyOf(places, i * 2);
                Arrays.fill(places, old, places.length, Integer.MIN_VALUE);
            }
        }
        return i;
    }

    private int placesOf(int c) {
        return places[c] == Integer.MIN_VALUE ? defaultPlaces : places[c];
    }

    /** @return the community's preference: negative when {@code a} is preferred to {@code b} */
    private int compare(int c, int a, int b) {
        Map<Integer, Integer> ranks = rankings.get(c);
        int r = Integer.compare(ranks.get(a), ranks.get(b));
        if (r != 0) {
            return r;
        }
        if (excellent[a] != excellent[b]) {
            return excellent[a] ? -1 : 1;
        }
        Map<Integer, Long> seq = sequences.get(c);
        r = Long.compare(seq.get(a), seq.get(b));
        return r != 0 ? r : projects.get(a).compareTo(projects.get(b));
    }

    /** @return every project's result, in the order the projects were first named */
    public List<Assignment> run() {
        int np = projects.size();
        int nc = communities.size();
        // each project's applications in its order of preference
        long[][][] prefs = new long[np][][];
        for (int p = 0; p < np; p++) {
            List<long[]> a = applications.get(p);
            a.sort((x, y) -> Long.compare(x[1], y[1]));
            prefs[p] = a.toArray(new long[0][]);
        }
        int[] next = new int[np];
        int[] matched = new int[np];
        Arrays.fill(matched, -1);
        @SuppressWarnings("unchecked")
        PriorityQueue<Integer>[] held = new PriorityQueue[nc];
        ArrayDeque<Integer> free = new ArrayDeque<>(np);
        for (int p = 0; p < np; p++) {
            free.add(p);
        }
        while (!free.isEmpty()) {
            int p = free.poll();
            while (next[p] < prefs[p].length) {
                int c = (int) prefs[p][next[p]++][0];
                if (!rankings.get(c).containsKey(p) || placesOf(c) == 0) {
                    continue;
                }
                PriorityQueue<Integer> h = held[c];
                if (h == null) {
                    int cc = c;
                    h = held[c] = new PriorityQueue<>((a, b) -> compare(cc, b, a)); // worst first
                }
                if (h.size() < placesOf(c)) {
                    h.add(p);
                    matched[p] = c;
                    break;
                }
                int worst = h.peek();
                if (compare(c, p, worst) < 0) {
                    h.poll();
                    matched[worst] = -1;
                    free.add(worst);
                    h.add(p);
                    matched[p] = c;
                    break;
                }
            }
        }
        // the holders of each community, best first, for the explanations
        List<List<String>> holders = new ArrayList<>(nc);
        for (int c = 0; c < nc; c++) {
            if (held[c] == null) {
                holders.add(List.of());
            } else {
                int cc = c;
                holders.add(held[c].stream().sorted((a, b) -> compare(cc, a, b)).map(projects::get).toList());
            }
        }
        List<Assignment> result = new ArrayList<>(np);
        for (int p = 0; p < np; p++) {
            int m = matched[p];
            List<Step> steps = new ArrayList<>(prefs[p].length);
            Integer projectRank = null;
            boolean past = false;
            for (long[] a : prefs[p]) {
                int c = (int) a[0];
                Integer cr = rankings.get(c).get(p);
                Outcome outcome;
                List<String> takenBy = List.of();
                if (c == m) {
                    outcome = Outcome.MATCHED;
                    projectRank = (int) a[1];
                    past = true;
                } else if (past) {
                    outcome = Outcome.LESS_PREFERRED;
                } else if (cr == null) {
                    outcome = Outcome.NOT_RANKED;
                } else if (placesOf(c) == 0) {
                    outcome = Outcome.NO_PLACES;
                } else {
                    outcome = Outcome.TAKEN;
                    takenBy = holders.get(c);
                }
                steps.add(new Step(communities.get(c), (int) a[1], cr, placesOf(c), outcome, takenBy));
            }
            String community = m < 0 ? null : communities.get(m);
            result.add(new Assignment(projects.get(p), community, projectRank, m < 0 ? null : rankings.get(m).get(p),
                    new Explanation(projects.get(p), community, List.copyOf(steps))));
        }
        return result;
    }
}
