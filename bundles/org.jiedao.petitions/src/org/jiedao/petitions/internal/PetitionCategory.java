package org.jiedao.petitions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** A category of the editable list (installation-wide, so not scoped). */
@Entity(name = "PetitionCategory")
@Table(name = "PET_CATEGORY")
public class PetitionCategory extends VersionedEntity {

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "SORT_ORDER", nullable = false)
    private int position;

    protected PetitionCategory() {
    }

    PetitionCategory(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String getName() { return name; }
    public int getPosition() { return position; }
}
