package org.jiedao.incubation.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/**
 * Table INCUBATION_FIGURE_SUM: the yearly figures of a unit added up (jobs, turnover, how many rows), kept in the same
 * transaction by every write of figures (the service and the import), so that the dashboard and the totals read one
 * row per unit and year instead of every project's. Scoped like the figures it adds up.
 */
@Entity(name = "IncubationFigureSum")
@Table(name = "INCUBATION_FIGURE_SUM")
public class FigureSumEntity extends ScopedVersionedEntity {

    @Column(name = "SUM_YEAR", nullable = false)
    private int year;

    @Column(name = "JOBS", nullable = false)
    private long jobs;

    @Column(name = "TURNOVER", nullable = false, precision = 17, scale = 2)
    private BigDecimal turnover = BigDecimal.ZERO.setScale(2);

    @Column(name = "FIGURES", nullable = false)
    private int figures;

    public FigureSumEntity() {
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public long getJobs() {
        return jobs;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public int getFigures() {
        return figures;
    }

    /** Adds a change of the unit's figures of the year. */
    public void add(long jobsDelta, BigDecimal turnoverDelta, int figuresDelta) {
        jobs += jobsDelta;
        turnover = turnover.add(turnoverDelta).setScale(2);
        figures += figuresDelta;
    }
}
