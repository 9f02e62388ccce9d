package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Safety events and knowledge contests (an OSGi service): events of the user's units, contests with
 * their teams and answers, and the ranking re-scored from the stored answers by {@link ContestScoring}.
 * Refusals are {@link SafetyException}s with a message in the user's language; nothing is written then.
 */
public interface SafetyEvents {

    /**
     * Records a lecture, drill or contest (a contest's point values are the defaults; {@link #createContest} sets them).
     *
     * @param community  the community (code or name) in the user's scope
     * @param organisers who organised it, as written
     * @return the event's id
     */
    long createEvent(String code, EventKind kind, String title, LocalDate heldOn, String community, String place, String organisers,
            Integer attendance, String note);

    /** Adds an organisation taking part in an event. */
    void addParticipant(String eventCode, String organisation, String kind, Integer attendees);

    /** @return the events the user may see, newest first */
    List<SafetyEvent> events();

    /** @return the event with this code, if the user may see it */
    Optional<SafetyEvent> event(String code);

    /** Creates a contest with its point values. */
    long createContest(String code, String title, LocalDate heldOn, String community, ContestRules rules);

    /** Adds a team to a contest (refused for a name the contest has already). */
    void addTeam(String contestCode, String team, String organisation);

    /** @return the contest with this code, if the user may see it */
    Optional<Contest> contest(String code);

    /** @return the contests the user may see, newest first */
    List<Contest> contests();

    /**
     * Enters or corrects a team's answer to a question (a second entry for the same team and question
     * replaces the first): refused for a team not in the contest, a risk value not offered, a
     * must-answer value other than the contest's, negative seconds, or a question answered as the
     * other kind by another team.
     */
    void recordAnswer(String contestCode, ContestAnswer answer);

    /** Clears a team's answer to a question (nothing happens when there is none). */
    void clearAnswer(String contestCode, String team, int round, int question);

    /** @return the contest's answers by round, question and team order */
    List<ContestAnswer> answers(String contestCode);

    /** @return the contest's ranking, scored from its stored answers */
    List<TeamStanding> ranking(String contestCode);
}
