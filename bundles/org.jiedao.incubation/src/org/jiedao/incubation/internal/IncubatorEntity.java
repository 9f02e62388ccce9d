package org.jiedao.incubation.internal;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_INCUBATOR: an incubator (孵化载体) with its reserved free desks. */
@Entity(name = "IncubationIncubator")
@Table(name = "INCUBATION_INCUBATOR")
public class IncubatorEntity extends ScopedVersionedEntity {

    @Column(name = "NAME", length = 100, nullable = false, unique = true)
    private String name;

    @Column(name = "RESERVED_DESKS", nullable = false)
    private int reservedDesks;

    @Column(name = "EXHIBITION_SPACE", nullable = false)
    private boolean exhibitionSpace;

    public IncubatorEntity() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getReservedDesks() {
        return reservedDesks;
    }

    public void setReservedDesks(int reservedDesks) {
        this.reservedDesks = reservedDesks;
    }

    public boolean isExhibitionSpace() {
        return exhibitionSpace;
    }

    public void setExhibitionSpace(boolean exhibitionSpace) {
        this.exhibitionSpace = exhibitionSpace;
    }
}
