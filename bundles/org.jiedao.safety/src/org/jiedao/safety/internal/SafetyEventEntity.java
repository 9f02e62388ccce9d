package org.jiedao.safety.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_EVENT: a safety event (contest, lecture, drill) of a community; a contest's point values are on its row. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyEvent")
@Table(name = "SAFETY_EVENT")
public class SafetyEventEntity extends ScopedVersionedEntity {

    @Column(name = "CODE", nullable = false, length = 40) public String code;
    @Column(name = "KIND", nullable = false, length = 16) public String kind;
    @Column(name = "TITLE", nullable = false, length = 200) public String title;
    @Column(name = "HELD_ON", nullable = false) public LocalDate heldOn;
    @Column(name = "PLACE", length = 200) public String place;
    @Column(name = "ORGANISERS", length = 500) public String organisers;
    @Column(name = "ATTENDANCE") public Integer attendance;
    @Column(name = "NOTE", length = 1000) public String note;
    @Column(name = "MUST_VALUE") public Integer mustValue;
    @Column(name = "RISK_VALUES", length = 100) public String riskValues;

    public SafetyEventEntity() {
    }
}
