package org.jiedao.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * A petition with everything about it, as {@link PetitionService#find(long)} returns it.
 *
 * @param summary             the list fields (personal data there is masked)
 * @param petitioner          the petitioner's name: in full when {@code personalDataVisible}, else masked
 * @param phone               the contact number: in full when {@code personalDataVisible}, else masked
 * @param personalDataVisible whether the user is a handler of the petition's unit (the view was audited)
 * @param reply               the reply, or empty
 * @param repliedOn           the day of the reply, or null
 * @param satisfaction        the petitioner's satisfaction 1–5 when closed, or null
 * @param followUp            the follow-up note given when closing, or empty
 * @param reason              the reason of the last rejection, merge or reopening, or empty
 * @param mergedInto          the petition this one was merged into, or null
 * @param openingId           the mailbox opening it came from, or null
 * @param history             every step, oldest first
 * @param attachments         the attachments (without their content)
 */
public record PetitionDetails(PetitionSummary summary, String petitioner, String phone, boolean personalDataVisible, String reply,
        LocalDate repliedOn, Integer satisfaction, String followUp, String reason, Long mergedInto, Long openingId,
        List<HistoryEntry> history, List<AttachmentInfo> attachments) {

    public long id() {
        return summary.id();
    }

    public PetitionStatus status() {
        return summary.status();
    }
}
