package org.jiedao.petitions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading petitions (an OSGi service): lists, counts and one petition with its history. Only the
 * signed-in user's org-unit scope is seen; lists mask the petitioner's name and phone whoever
 * looks, {@link #find(long)} shows them in full to a handler of the petition's unit and records it.
 */
public interface PetitionQueries {

    /** @return the petitions the query selects, newest first, personal data masked */
    List<PetitionSummary> list(PetitionQuery query);

    /** @return how many petitions the query selects (ignoring offset and limit) */
    long count(PetitionQuery query);

    /**
     * @return the petitions of each status in the user's scope; read from counts kept per community and
     *         status in the same transaction as every step, so cheap at any number of petitions
     */
    Map<PetitionStatus, Long> countsByStatus();

    /** @return the satisfaction marks of closed petitions in the user's scope (kept like {@link #countsByStatus()}) */
    Satisfaction satisfaction();

    /** @return how many unfinished petitions in the user's scope are due soon (deadline today or within the due-soon days) */
    long countDueSoon();

    /**
     * Satisfaction marks of closed petitions.
     *
     * @param marks how many closed petitions have a mark
     * @param sum   the sum of their marks (1–5 each)
     */
    record Satisfaction(long marks, long sum) {
        /** @return the average mark, or NaN when there is none */
        public double average() {
            return marks == 0 ? Double.NaN : (double) sum / marks;
        }
    }

    /** @return the petition as lists show it (personal data masked, nothing recorded) */
    Optional<PetitionSummary> summary(long id);

    /**
     * @return the petition with everything about it; its petitioner's name and phone are in full only
     *         for a handler of its unit, and each such view is recorded (and so audited)
     */
    Optional<PetitionDetails> find(long id);
}
