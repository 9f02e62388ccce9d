package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_ROUND: a selection round (双向选择) of a street. */
@Entity(name = "IncubationRound")
@Table(name = "INCUBATION_ROUND")
public class RoundEntity extends ScopedVersionedEntity {

    @Column(name = "NAME", length = 60, nullable = false, unique = true)
    private String name;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

    @Column(name = "CONFIRMED_ON")
    private LocalDate confirmedOn;

    public RoundEntity() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }
}
