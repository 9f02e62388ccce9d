package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_PARTICIPANT: an organisation taking part in an event (in the event's unit). Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyParticipant")
@Table(name = "SAFETY_PARTICIPANT")
public class SafetyParticipantEntity extends ScopedVersionedEntity {

    @Column(name = "EVENT_ID", nullable = false) public long eventId;
    @Column(name = "ORGANISATION", nullable = false, length = 200) public String organisation;
    @Column(name = "ORG_KIND", length = 40) public String orgKind;
    @Column(name = "ATTENDEES") public Integer attendees;

    public SafetyParticipantEntity() {
    }
}
