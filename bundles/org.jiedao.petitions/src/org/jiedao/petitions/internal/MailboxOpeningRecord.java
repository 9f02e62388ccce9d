package org.jiedao.petitions.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A weekly opening of a community's mailbox: when, who opened it, who witnessed it. */
@Entity(name = "MailboxOpening")
@Table(name = "PET_OPENING")
public class MailboxOpeningRecord extends ScopedVersionedEntity {

    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;

    @Column(name = "OPENED_BY", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "WITNESS", nullable = false, length = 100)
    private String witness;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "RECORDED_AT_UTC", nullable = false)
    private LocalDateTime recordedAtUtc;

    protected MailboxOpeningRecord() {
    }

    MailboxOpeningRecord(LocalDate openedOn, String openedBy, String witness, String note, String recordedBy, LocalDateTime recordedAtUtc) {
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.witness = witness;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAtUtc = recordedAtUtc;
    }

    public LocalDate getOpenedOn() { return openedOn; }
    public String getOpenedBy() { return openedBy; }
    public String getWitness() { return witness; }
    public String getNote() { return note; }
}
