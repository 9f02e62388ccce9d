package org.jiedao.petitions;

import java.time.LocalDate;

/**
 * One weekly opening of a community's mailbox (每周定时开启邮筒).
 *
 * @param id            its id (petitions registered from it refer to it)
 * @param communityCode the community whose mailbox was opened
 * @param communityName its name
 * @param openedOn      the day
 * @param openedBy      who opened it
 * @param witness       who witnessed it
 * @param items         how many petitions were registered from it
 * @param note          a note, or empty
 */
public record MailboxOpening(long id, String communityCode, String communityName, LocalDate openedOn, String openedBy, String witness,
        long items, String note) {
}
