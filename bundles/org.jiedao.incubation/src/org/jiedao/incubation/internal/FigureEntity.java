package org.jiedao.incubation.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_FIGURE: a project's figures of a year (带动就业, turnover in yuan). */
@Entity(name = "IncubationFigure")
@Table(name = "INCUBATION_FIGURE")
public class FigureEntity extends ScopedVersionedEntity {

    @Column(name = "PROJECT_ID", nullable = false)
    private long projectId;

    @Column(name = "FIGURE_YEAR", nullable = false)
    private int year;

    @Column(name = "JOBS", nullable = false)
    private int jobs;

    @Column(name = "TURNOVER", nullable = false, precision = 15, scale = 2)
    private BigDecimal turnover;

    public FigureEntity() {
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getJobs() {
        return jobs;
    }

    public void setJobs(int jobs) {
        this.jobs = jobs;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public void setTurnover(BigDecimal turnover) {
        this.turnover = turnover;
    }
}
