package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_PLAN: a street's coverage plan (全覆盖): start and deadline. */
@Entity(name = "IncubationPlan")
@Table(name = "INCUBATION_PLAN")
public class PlanEntity extends ScopedVersionedEntity {

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "DEADLINE", nullable = false)
    private LocalDate deadline;

    public PlanEntity() {
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
