package org.jiedao.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The weekly openings of the communities' petition mailboxes (an OSGi service): who opened a
 * mailbox, who witnessed it, and which mailboxes were not opened in a week.
 */
public interface MailboxOpenings {

    /** Records a weekly mailbox opening. @return its id */
    long recordOpening(String communityCode, LocalDate openedOn, String openedBy, String witness, String note);

    /** @return the mailbox openings the user may see, newest first */
    List<MailboxOpening> openings(int limit);

    /** @return the communities in the user's scope whose mailbox was not opened in the week (Monday to Sunday) of {@code day}, code → name */
    Map<String, String> mailboxesNotOpened(LocalDate day);
}
