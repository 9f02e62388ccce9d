package org.jiedao.incubation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jiedao.incubation.Records.Application;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.Ranking;
import org.jiedao.incubation.Records.Round;

/**
 * The two-way selection (双向选择, an OSGi service): rounds of a street, projects' applications with
 * their order of preference, communities' ranked lists with their places, the project-proposing
 * stable matching ({@link StableMatching}), then review and confirmation. A confirmed round makes
 * its matched projects resident at the community's station, and its applications and rankings can
 * no longer change.
 */
public interface IncubationSelection {

    /** @param street the street's code or name @return the id */
    long createRound(String name, String street);

    /** @return the rounds the user may see */
    List<Round> rounds();

    /** A project applies to a community, with its rank (1 = first choice). */
    void apply(String round, String project, String community, int projectRank);

    /** A community ranks a project that applied to it (1 = best, ties allowed), with its places in the round (≥ 0). */
    void rank(String round, String community, String project, int communityRank, int places);

    /** Runs the matching on the round's applications and rankings and keeps the result (status run). @return one row per project */
    List<MatchRow> run(String round);

    /** Marks the last result as reviewed (it must be run and unchanged since). */
    void review(String round);

    /** Confirms a reviewed round: its matched projects become resident at their community's station from the day. */
    void confirm(String round, LocalDate on);

    /** @return the confirmed result or, before confirmation, the last computed one (empty before a run) */
    List<MatchRow> result(String round);

    /** @return the explanation of a project's result in the round (computed on the round's current input) */
    Optional<StableMatching.Explanation> explain(String round, String project);

    /** @return the explanation as text in the user's language */
    String explainText(String round, String project);

    /** @return the places a community has when a ranking gives none (default 1) */
    int defaultPlaces();

    /**
     * @return the round's applications, by project and its order of preference
     * @since 1.1
     */
    List<Application> applications(String round);

    /**
     * @return the round's rankings, by community and rank
     * @since 1.1
     */
    List<Ranking> rankings(String round);

    /**
     * Withdraws a project's application to a community (and the community's ranking of it); the project's later
     * choices move up one place.
     *
     * @since 1.1
     */
    void withdraw(String round, String project, String community);

    /**
     * Removes a community's ranking of a project.
     *
     * @since 1.1
     */
    void unrank(String round, String community, String project);

    /**
     * Puts a project's applications in a new order of preference: {@code communities} (codes or names) are exactly the
     * communities it applied to, first choice first.
     *
     * @since 1.1
     */
    void reorder(String round, String project, List<String> communities);
}
