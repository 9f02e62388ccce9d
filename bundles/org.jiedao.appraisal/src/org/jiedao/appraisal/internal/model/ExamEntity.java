package org.jiedao.appraisal.internal.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A cadre's exam result (0–100) in a year. */
@Entity
@Table(name = "APR_EXAM")
public class ExamEntity extends ScopedVersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Column(name = "SCORE", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    protected ExamEntity() {
    }

    public ExamEntity(int year, String cadreId) {
        this.year = year;
        this.cadreId = cadreId;
    }

    public int getYear() {
        return year;
    }

    public String getCadreId() {
        return cadreId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}
