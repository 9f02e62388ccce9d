package org.jiedao.petitions;

/**
 * The steps of a petition (an OSGi service): registered → assigned → in progress → replied →
 * closed, or rejected, or merged into another as a duplicate; a closed one may be reopened. Each
 * step takes the version the user saw ({@link PetitionSummary#version()}, or {@link #CURRENT} to act
 * on whatever is current, as the command line does): when someone else changed the petition since,
 * it fails with {@link org.jiedao.core.persistence.ConcurrentChangeException}. A step the
 * petition's status does not allow fails with {@link PetitionException}; nothing is written then.
 * Every step is a line of the petition's history and of the audit trail.
 */
public interface PetitionWorkflow {

    /** Version to pass when acting on the current state whatever it is. */
    long CURRENT = -1;

    /**
     * Assigns a registered (or reassigns an assigned) petition.
     *
     * @param unitOrUser an organisation unit (code or name) or a user (sign-in name)
     */
    PetitionSummary assign(long id, long version, String unitOrUser);

    /** Starts work on an assigned petition. */
    PetitionSummary start(long id, long version);

    /** Replies to a petition in progress. */
    PetitionSummary reply(long id, long version, String text);

    /** Closes a replied petition with the petitioner's satisfaction (1–5) and an optional follow-up note. */
    PetitionSummary close(long id, long version, int satisfaction, String followUp);

    /** Rejects a petition that is not finished yet, with a reason. */
    PetitionSummary reject(long id, long version, String reason);

    /** Merges a petition that is not finished yet into another one as its duplicate. */
    PetitionSummary merge(long id, long version, long intoId, String reason);

    /** Reopens a closed petition with a reason: in progress again, with a new deadline from today. */
    PetitionSummary reopen(long id, long version, String reason);
}
