package org.jiedao.safety.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_ENTRY: an entry of a unit (id, version and unit columns come from the superclass). */
@Entity(name = "SafetyEntry")
@Table(name = "SAFETY_ENTRY")
public class SafetyEntryEntity extends ScopedVersionedEntity {

    @Column(name = "ENTRY_DAY", nullable = false)
    private LocalDate day;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Column(name = "NOTE", length = 500)
    private String note;

    protected SafetyEntryEntity() {
    }

    SafetyEntryEntity(LocalDate day, String title, String note) {
        this.day = day;
        this.title = title;
        this.note = note;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }
}
