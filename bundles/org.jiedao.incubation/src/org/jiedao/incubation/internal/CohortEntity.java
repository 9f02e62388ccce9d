package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_COHORT: an SIYB training cohort. */
@Entity(name = "IncubationCohort")
@Table(name = "INCUBATION_COHORT")
public class CohortEntity extends ScopedVersionedEntity {

    @Column(name = "NAME", length = 100, nullable = false, unique = true)
    private String name;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    private LocalDate endDate;

    @Column(name = "TRAINER", length = 50)
    private String trainer;

    @Column(name = "PARTICIPANTS", nullable = false)
    private int participants;

    @Column(name = "GRADUATES", nullable = false)
    private int graduates;

    public CohortEntity() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public int getParticipants() {
        return participants;
    }

    public void setParticipants(int participants) {
        this.participants = participants;
    }

    public int getGraduates() {
        return graduates;
    }

    public void setGraduates(int graduates) {
        this.graduates = graduates;
    }
}
