package org.jiedao.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Live scoring: the answers entered so far, one per team and question (a new entry replaces the
 * previous one, a cleared cell removes it), with each team's running figures kept up to date so
 * that the ranking after an entry costs a sort of the teams only. Not thread-safe: the scorer's
 * grid owns it. Its ranking always equals {@link ContestScoring#rank} of {@link #answers()}.
 */
public final class ContestTally {

    private record Key(String team, int round, int question) {
    }

    private final Map<String, long[]> teams = new LinkedHashMap<>();
    private final Map<Key, ContestAnswer> answers = new LinkedHashMap<>();

    public ContestTally(Collection<String> teams) {
        teams.forEach(t -> this.teams.put(t, new long[4]));
    }

    /**
     * Enters an answer, replacing the team's earlier answer to the same question.
     *
     * @return the answer it replaced, or {@code null}
     * @throws IllegalArgumentException for a team not in the contest
     */
    public ContestAnswer put(ContestAnswer answer) {
        long[] t = teams.get(answer.team());
        if (t == null) {
            throw new IllegalArgumentException("team not in the contest: " + answer.team());
        }
        ContestAnswer old = answers.put(new Key(answer.team(), answer.round(), answer.question()), answer);
        if (old != null) {
            add(t, old, -1);
        }
        add(t, answer, 1);
        return old;
    }

    /** Clears a team's answer to a question; @return the answer removed, or {@code null} */
    public ContestAnswer remove(String team, int round, int question) {
        ContestAnswer old = answers.remove(new Key(team, round, question));
        if (old != null) {
            add(teams.get(team), old, -1);
        }
        return old;
    }

    /** @return the team's answer to a question, or {@code null} */
    public ContestAnswer get(String team, int round, int question) {
        return answers.get(new Key(Objects.requireNonNull(team), round, question));
    }

    /** @return the answers entered, in the order they were first entered */
    public List<ContestAnswer> answers() {
        return new ArrayList<>(answers.values());
    }

    /** @return the teams in rank order */
    public List<TeamStanding> ranking() {
        List<TeamStanding> standings = new ArrayList<>(teams.size());
        teams.forEach((team, t) -> standings.add(new TeamStanding(0, team, (int) t[0], (int) t[1], t[2], (int) t[3])));
        return ContestScoring.ranked(standings);
    }

    private static void add(long[] t, ContestAnswer a, int sign) {
        t[0] += sign * a.points();
        t[1] += sign * (a.wrongRisk() ? 1 : 0);
        t[2] += sign * a.seconds();
        t[3] += sign;
    }
}
