package org.jiedao.petitions;

import java.time.LocalDateTime;

/**
 * One step of a petition's history.
 *
 * @param action   what was done
 * @param from     the status before (null for the registration)
 * @param to       the status after
 * @param detail   the reason, reply, assignee or satisfaction, as entered
 * @param by       who did it (sign-in name)
 * @param byName   who did it (display name)
 * @param atUtc    when (UTC)
 */
public record HistoryEntry(PetitionAction action, PetitionStatus from, PetitionStatus to, String detail, String by, String byName,
        LocalDateTime atUtc) {
}
