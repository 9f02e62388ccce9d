package org.jiedao.appraisal.internal.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiedao.appraisal.Grade;
import org.jiedao.core.persistence.ScopedVersionedEntity;

/**
 * A cadre's grade of a year in the grade history: imported for years before the system
 * ({@code appraisal-history}), or recorded when a year is published (with the score, rank, D years,
 * bonus factor and the distribution group it was computed in).
 */
@Entity
@Table(name = "APR_GRADE")
public class GradeEntity extends ScopedVersionedEntity {

    /** Where a history record came from. */
    public enum Source {
        IMPORTED, PUBLISHED
    }

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false, length = 1)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 16)
    private Source source;

    @Column(name = "ANNUAL_SCORE", precision = 7, scale = 2)
    private BigDecimal annualScore;

    @Column(name = "RANK_NO")
    private Integer rank;

    @Column(name = "D_YEARS")
    private Integer dYears;

    @Column(name = "BONUS_FACTOR", precision = 5, scale = 4)
    private BigDecimal bonusFactor;

    @Column(name = "GROUP_UNIT", length = 32)
    private String groupUnit;

    protected GradeEntity() {
    }

    public GradeEntity(int year, String cadreId, Grade grade, Source source) {
        this.year = year;
        this.cadreId = cadreId;
        this.grade = grade;
        this.source = source;
    }

    public void published(BigDecimal annualScore, int rank, int dYears, BigDecimal bonusFactor, String groupUnit) {
        this.annualScore = annualScore;
        this.rank = rank;
        this.dYears = dYears;
        this.bonusFactor = bonusFactor;
        this.groupUnit = groupUnit;
    }

    public int getYear() {
        return year;
    }

    public String getCadreId() {
        return cadreId;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public Source getSource() {
        return source;
    }

    public BigDecimal getAnnualScore() {
        return annualScore;
    }

    public Integer getRank() {
        return rank;
    }

    public Integer getDYears() {
        return dYears;
    }

    public BigDecimal getBonusFactor() {
        return bonusFactor;
    }

    public String getGroupUnit() {
        return groupUnit;
    }
}
