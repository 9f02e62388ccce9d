package org.jiedao.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The petitions of 民意邮局 (an OSGi service): intake, the weekly mailbox openings, the workflow
 * registered → assigned → in progress → replied → closed (or rejected, or merged into another as a
 * duplicate; a closed one may be reopened), deadlines and privacy.
 * <p>
 * Everything goes through the platform's persistence service, so the signed-in user's org-unit
 * scope applies (a community worker sees and changes their community's petitions only) and every
 * change is in the audit trail. The workflow methods take the version the user saw
 * ({@link PetitionSummary#version()}, or {@link #CURRENT} to act on whatever is current, as the command
 * line does): when someone else changed the petition since, they fail with
 * {@link org.jiedao.core.persistence.ConcurrentChangeException}. A step the petition's status does not
 * allow fails with {@link PetitionException}; nothing is written then.
 */
public interface PetitionService {

    /** Permission to see petitioners' personal data (names, phone numbers) of a unit's petitions. */
    String HANDLE_PERMISSION = "org.jiedao.petitions.handle";

    /** Version to pass when acting on the current state whatever it is. */
    long CURRENT = -1;

    /** Largest attachment accepted by default, in bytes (5 MiB); see {@link #attachmentLimit()}. */
    long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    /** The most {@link #setAttachmentLimit(long)} accepts (50 MiB). */
    long ATTACHMENT_LIMIT_CEILING = 50L * 1024 * 1024;

    /** Registers a petition; its deadline follows from its urgency. @return its id */
    long register(NewPetition petition);

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

    /** Adds an attachment (at most {@link #attachmentLimit()} bytes; larger ones are refused with the sizes in the message). @return its id */
    long attach(long petitionId, String fileName, String mediaType, byte[] content);

    /** @return the attachment's content */
    byte[] attachmentContent(long attachmentId);

    /** Removes an attachment (a history step naming the file). */
    void removeAttachment(long attachmentId);

    /** @return the largest attachment accepted, in bytes (a setting, default {@link #MAX_ATTACHMENT_BYTES}) */
    long attachmentLimit();

    /** Changes the attachment limit (district administrators; 100 KiB to {@link #ATTACHMENT_LIMIT_CEILING}). */
    void setAttachmentLimit(long bytes);

    /** Records a weekly mailbox opening. @return its id */
    long recordOpening(String communityCode, LocalDate openedOn, String openedBy, String witness, String note);

    /** @return the mailbox openings the user may see, newest first */
    List<MailboxOpening> openings(int limit);

    /** @return the communities in the user's scope whose mailbox was not opened in the week (Monday to Sunday) of {@code day}, code → name */
    Map<String, String> mailboxesNotOpened(LocalDate day);

    /** @return the configured categories, in order */
    List<String> categories();

    /** Adds a category (district administrators). */
    void addCategory(String name);

    /** Removes a category from the list (petitions keep theirs; district administrators). */
    void removeCategory(String name);

    /** @return the deadlines in force */
    Deadlines deadlines();

    /** Changes the deadlines (district administrators); running petitions keep theirs. */
    void setDeadlines(Deadlines deadlines);

    /** @return whether the signed-in user may see personal data of petitions of this unit */
    boolean isHandler(String unitCode);
}
