package org.jiedao.appraisal.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.appraisal.FollowUpKind;
import org.jiedao.core.persistence.ScopedVersionedEntity;

/** What was done about a cadre's D grade: a reminder talk, re-posting, demotion or dismissal. */
@Entity
@Table(name = "APR_FOLLOWUP")
public class FollowUpEntity extends ScopedVersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private FollowUpKind kind;

    @Column(name = "DONE_ON", nullable = false)
    private LocalDate doneOn;

    @Column(name = "NOTE", length = 1000)
    private String note;

    protected FollowUpEntity() {
    }

    public FollowUpEntity(int year, String cadreId, FollowUpKind kind, LocalDate doneOn, String note) {
        this.year = year;
        this.cadreId = cadreId;
        this.kind = kind;
        this.doneOn = doneOn;
        this.note = note;
    }

    public int getYear() {
        return year;
    }

    public String getCadreId() {
        return cadreId;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }

    public void change(FollowUpKind kind, LocalDate doneOn, String note) {
        this.kind = kind;
        this.doneOn = doneOn;
        this.note = note;
    }
}
