package org.jiedao.petitions;

import java.time.LocalDate;

/**
 * A petition as lists show it. Personal data is always masked here (lists, search hits and
 * dashboards never show it in full); {@link PetitionService#find(long)} unmasks it for handlers.
 *
 * @param id            the petition's number
 * @param version       its version (optimistic locking): pass it back to the workflow methods
 * @param receivedOn    the day it was received
 * @param channel       how it arrived
 * @param kind          request, opinion or suggestion
 * @param category      its category, or empty
 * @param urgency       the 急难愁盼 flags
 * @param communityCode its unit
 * @param communityName the unit's name
 * @param petitioner    the petitioner's name, masked; empty when anonymous
 * @param phone         the contact number, masked; empty when none
 * @param content       what they wrote
 * @param status        the workflow status
 * @param assignee      the unit or person it is assigned to, or empty
 * @param dueOn         the deadline (last day)
 * @param overdue       whether the deadline passed while it still waits for a reply
 * @param dueSoon       whether the deadline is near (and not passed)
 */
public record PetitionSummary(long id, long version, LocalDate receivedOn, Channel channel, PetitionKind kind, String category,
        Urgency urgency, String communityCode, String communityName, String petitioner, String phone, String content,
        PetitionStatus status, String assignee, LocalDate dueOn, boolean overdue, boolean dueSoon) {
}
