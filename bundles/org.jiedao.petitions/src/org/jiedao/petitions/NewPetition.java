package org.jiedao.petitions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an officer enters to register a petition.
 *
 * @param receivedOn    the day it was received (its deadline counts from then)
 * @param channel       how it arrived
 * @param kind          request, opinion or suggestion
 * @param communityCode the community (or grid) it belongs to: its unit
 * @param category      one of the configured categories, or null
 * @param urgency       the 急难愁盼 flags
 * @param petitioner    the petitioner's name, or null when anonymous
 * @param phone         a contact number, or null
 * @param content       what they wrote or said
 * @param openingId     the mailbox opening it came out of, or null
 */
public record NewPetition(LocalDate receivedOn, Channel channel, PetitionKind kind, String communityCode, String category,
        Urgency urgency, String petitioner, String phone, String content, Long openingId) {

    public NewPetition {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(communityCode, "communityCode");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }
}
