package org.jiedao.eldercare;

import java.time.LocalDate;
import java.util.List;

/**
 * Mutual-aid pairs 低龄老人照顾高龄老人 (an OSGi service): a younger elder (aged
 * {@link #YOUNGER_FROM}–{@link #YOUNGER_TO}) looks after at most {@link #MAX_PER_YOUNGER} older
 * elders (aged {@link #OLDER_FROM}+) of the same community. These are the defaults; the rules in force are
 * {@link EldercareSettings#rules()} (since 1.2).
 */
public interface MutualAid {

    int YOUNGER_FROM = 60;
    int YOUNGER_TO = 69;
    int OLDER_FROM = 80;
    int MAX_PER_YOUNGER = 2;
    int VISIT_DAYS = 14;

    /** A pair. */
    record Pair(long id, Elder younger, Elder older, LocalDate since) {
    }

    /** Why a pair is suggested. */
    enum Reason {
        SAME_STAIRWELL, SAME_BUILDING, SAME_COMMUNITY
    }

    /** A suggested pair with its reason, as a sentence in the user's language too. */
    record Suggestion(Elder younger, Elder older, Reason reason, String explanation) {
    }

    /**
     * @throws EldercareException when the two are of different communities, an age is outside the
     *                            rules on {@code since}, the younger elder looks after 2 already or
     *                            the older elder is paired already
     */
    long pair(long youngerId, long olderId, LocalDate since);

    void endPair(long pairId, LocalDate on);

    List<Pair> pairs(String community);

    /** Logs a visit of a pair. */
    void logVisit(long youngerId, long olderId, LocalDate on, String note);

    /**
     * Suggestions for the unpaired older elders of a community (null: every community in scope):
     * a younger elder of the same stairwell first, then of the same building, then of the
     * community, who looks after fewer than 2 (counting the suggestions made before).
     */
    List<Suggestion> suggest(String community, LocalDate on);

    /** @return older elders living alone without a logged visit in the last {@code days} days up to {@code on} */
    List<Elder> unvisited(int days, LocalDate on);

    /** @return older elders without a younger elder */
    List<Elder> unpaired(String community, LocalDate on);
}
