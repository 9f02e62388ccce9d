package org.jiedao.appraisal.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A cadre (干部) in the appraisal: the id officers use, name, unit and position. */
@Entity
@Table(name = "APR_CADRE")
public class CadreEntity extends ScopedVersionedEntity {

    @Column(name = "CADRE_ID", nullable = false, length = 32, unique = true)
    private String cadreId;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "POSITION", length = 100)
    private String position;

    protected CadreEntity() {
    }

    public CadreEntity(String cadreId, String name, String position) {
        this.cadreId = cadreId;
        this.name = name;
        this.position = position;
    }

    public String getCadreId() {
        return cadreId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
