package org.jiedao.appraisal.internal.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.jiedao.core.persistence.ScopedEntity;

/**
 * The five indicators 德能勤绩廉 of a score row ({@link ScoreEntity}: one rater's scores, 0–100) or of a
 * kept sum ({@link LevelSumEntity}: the raters' scores added up), in the columns DE, NENG, QIN, JI and
 * LIAN with two decimals (their precision is the tables', from the module's changelog).
 */
@MappedSuperclass
public abstract class IndicatorScores extends ScopedEntity {

    @Column(name = "DE", nullable = false, scale = 2)
    private BigDecimal de;
    @Column(name = "NENG", nullable = false, scale = 2)
    private BigDecimal neng;
    @Column(name = "QIN", nullable = false, scale = 2)
    private BigDecimal qin;
    @Column(name = "JI", nullable = false, scale = 2)
    private BigDecimal ji;
    @Column(name = "LIAN", nullable = false, scale = 2)
    private BigDecimal lian;

    protected IndicatorScores() {
    }

    protected void setIndicators(BigDecimal de, BigDecimal neng, BigDecimal qin, BigDecimal ji, BigDecimal lian) {
        this.de = de;
        this.neng = neng;
        this.qin = qin;
        this.ji = ji;
        this.lian = lian;
    }

    public BigDecimal getDe() {
        return de;
    }

    public BigDecimal getNeng() {
        return neng;
    }

    public BigDecimal getQin() {
        return qin;
    }

    public BigDecimal getJi() {
        return ji;
    }

    public BigDecimal getLian() {
        return lian;
    }
}
