package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_TEAM: a team of a contest (in the contest's unit). Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyTeam")
@Table(name = "SAFETY_TEAM")
public class SafetyTeamEntity extends ScopedVersionedEntity {

    @Column(name = "EVENT_ID", nullable = false) public long eventId;
    @Column(name = "NAME", nullable = false, length = 100) public String name;
    @Column(name = "ORGANISATION", length = 200) public String organisation;
    @Column(name = "POSITION", nullable = false) public int position;

    public SafetyTeamEntity() {
    }
}
