package org.jiedao.petitions.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionStatus;

/** One step of a petition's history: who did what, when. In the petition's unit. */
@Entity(name = "PetitionEvent")
@Table(name = "PET_EVENT")
public class PetitionEvent extends ScopedVersionedEntity {

    @Column(name = "PETITION_ID", nullable = false)
    private long petitionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STEP", nullable = false, length = 16)
    private PetitionAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 16)
    private PetitionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 16)
    private PetitionStatus toStatus;

    @Column(name = "DETAIL", length = 4000)
    private String detail;

    @Column(name = "BY_USER", nullable = false, length = 64)
    private String byUser;

    @Column(name = "BY_NAME", nullable = false, length = 100)
    private String byName;

    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;

    protected PetitionEvent() {
    }

    PetitionEvent(long petitionId, PetitionAction action, PetitionStatus from, PetitionStatus to, String detail, String byUser, String byName,
            LocalDateTime atUtc) {
        this.petitionId = petitionId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.detail = detail;
        this.byUser = byUser;
        this.byName = byName;
        this.atUtc = atUtc;
    }

    public long getPetitionId() { return petitionId; }
    public PetitionAction getAction() { return action; }
    public PetitionStatus getFromStatus() { return fromStatus; }
    public PetitionStatus getToStatus() { return toStatus; }
    public String getDetail() { return detail; }
    public String getByUser() { return byUser; }
    public String getByName() { return byName; }
    public LocalDateTime getAtUtc() { return atUtc; }
}
