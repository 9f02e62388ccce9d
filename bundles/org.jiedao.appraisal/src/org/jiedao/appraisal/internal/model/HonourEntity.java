package org.jiedao.appraisal.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.appraisal.HonourLevel;
import org.jiedao.core.persistence.ScopedVersionedEntity;

/** An honour (表彰荣誉) a cadre received in a year. */
@Entity
@Table(name = "APR_HONOUR")
public class HonourEntity extends ScopedVersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "HONOUR_LEVEL", nullable = false, length = 16)
    private HonourLevel level;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    protected HonourEntity() {
    }

    public HonourEntity(int year, String cadreId, HonourLevel level, String title) {
        this.year = year;
        this.cadreId = cadreId;
        this.level = level;
        this.title = title;
    }

    public int getYear() {
        return year;
    }

    public String getCadreId() {
        return cadreId;
    }

    public HonourLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }
}
