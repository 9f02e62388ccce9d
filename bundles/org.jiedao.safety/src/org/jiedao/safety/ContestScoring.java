package org.jiedao.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contest rules of DOMAIN.md §3 as a pure function of the answers (no database, no state):
 * a must-answer question scores its value when right and 0 when wrong; a risk question adds the
 * value the team picked when right and subtracts it when wrong; a team's time is the sum of its
 * seconds. Ranking: higher total first, then fewer wrong risk answers, then less time; teams equal
 * in all three share a rank (competition ranking 1, 2, 2, 4) and keep the order they were given in.
 * Re-scoring a contest from its stored answers always gives the same ranking as live scoring
 * ({@link ContestTally}), which uses the same comparison.
 */
public final class ContestScoring {

    /** Higher total first, then fewer wrong risk answers, then less time. */
    public static final Comparator<TeamStanding> ORDER = Comparator.comparingInt(TeamStanding::total).reversed()
            .thenComparingInt(TeamStanding::wrongRisk).thenComparingLong(TeamStanding::seconds);

    private ContestScoring() {
    }

    /**
     * Ranks the teams of a contest by their answers.
     *
     * @param teams   the contest's teams (a team without answers ranks with 0 points)
     * @param answers the answers; an answer of a team not in {@code teams} is an error
     * @return one standing per team, in rank order
     * @throws IllegalArgumentException for an answer of an unknown team
     */
    public static List<TeamStanding> rank(Collection<String> teams, Iterable<ContestAnswer> answers) {
        Map<String, long[]> tally = new LinkedHashMap<>(teams.size() * 2);
        for (String team : teams) {
            tally.put(team, new long[4]);
        }
        for (ContestAnswer a : answers) {
            long[] t = tally.get(a.team());
            if (t == null) {
                throw new IllegalArgumentException("team not in the contest: " + a.team());
            }
            t[0] += a.points();
            t[1] += a.wrongRisk() ? 1 : 0;
            t[2] += a.seconds();
            t[3]++;
        }
        List<TeamStanding> unranked = new ArrayList<>(tally.size());
        tally.forEach((team, t) -> unranked.add(new TeamStanding(0, team, (int) t[0], (int) t[1], t[2], (int) t[3])));
        return ranked(unranked);
    }

    /**
     * Sorts standings (their {@code rank} ignored) and gives them competition ranks; the sort is
     * stable, so equal teams keep their given order.
     */
    public static List<TeamStanding> ranked(List<TeamStanding> standings) {
        List<TeamStanding> sorted = new ArrayList<>(standings);
        sorted.sort(ORDER);
        List<TeamStanding> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TeamStanding s = sorted.get(i);
            int rank = i > 0 && ORDER.compare(sorted.get(i - 1), s) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new TeamStanding(rank, s.team(), s.total(), s.wrongRisk(), s.seconds(), s.answers()));
        }
        return out;
    }

    /** @return the standing of each team by name, for look-ups after {@link #rank} */
    public static Map<String, TeamStanding> byTeam(List<TeamStanding> standings) {
        Map<String, TeamStanding> map = new HashMap<>();
        standings.forEach(s -> map.put(s.team(), s));
        return map;
    }
}
