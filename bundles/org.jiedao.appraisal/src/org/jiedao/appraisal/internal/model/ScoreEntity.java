package org.jiedao.appraisal.internal.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiedao.appraisal.RaterLevel;

/** One rater's scores of a cadre in a quarter (in the cadre's unit). The rater id is opaque. */
@Entity
@Table(name = "APR_SCORE")
public class ScoreEntity extends IndicatorScores {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "QUARTER", nullable = false)
    private int quarter;

    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Column(name = "RATER_ID", nullable = false, length = 64)
    private String raterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "RATER_LEVEL", nullable = false, length = 16)
    private RaterLevel level;


    @Version
    @Column(name = "VERSION")
    private long version;

    protected ScoreEntity() {
    }

    public ScoreEntity(int year, int quarter, String cadreId, String raterId) {
        this.year = year;
        this.quarter = quarter;
        this.cadreId = cadreId;
        this.raterId = raterId;
    }

    public void set(RaterLevel level, BigDecimal de, BigDecimal neng, BigDecimal qin, BigDecimal ji, BigDecimal lian) {
        this.level = level;
        setIndicators(de, neng, qin, ji, lian);
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getCadreId() {
        return cadreId;
    }

    public String getRaterId() {
        return raterId;
    }

    public RaterLevel getLevel() {
        return level;
    }
}
