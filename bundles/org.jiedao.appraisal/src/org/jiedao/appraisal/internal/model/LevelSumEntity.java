package org.jiedao.appraisal.internal.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.jiedao.appraisal.RaterLevel;

/**
 * The scores of one rater level for one cadre in one quarter, summed (APR_LEVEL_SUM): how many raters
 * and the sum of each indicator, per unit of the score rows (so that org-unit scoping reads exactly
 * the sums of the rows it would read). Grading reads these rows instead of grouping every score row
 * of the year. They are derived data, written only by {@link org.jiedao.appraisal.internal.LevelSumKeeper}
 * in the transaction that writes the score rows (which are themselves audited); mapped here only to be
 * read, scoped like the scores.
 */
@Entity
@IdClass(LevelSumEntity.Key.class)
@Table(name = "APR_LEVEL_SUM")
public class LevelSumEntity extends IndicatorScores {

    @Id
    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Id
    @Column(name = "QUARTER", nullable = false)
    private int quarter;

    @Id
    @Column(name = "CADRE_ID", nullable = false, length = 32)
    private String cadreId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "RATER_LEVEL", nullable = false, length = 16)
    private RaterLevel level;

    /** The unit of the score rows summed here (the cadre's unit when they were written): UNIT_CODE, as part of the key. */
    @Id
    @Column(name = "UNIT_CODE", nullable = false, length = 32, insertable = false, updatable = false)
    private String keyUnit;

    @Column(name = "RATERS", nullable = false)
    private int raters;


    protected LevelSumEntity() {
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

    public RaterLevel getLevel() {
        return level;
    }

    public int getRaters() {
        return raters;
    }

    /** The primary key: year, quarter, cadre, rater level and unit. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int year;
        private int quarter;
        private String cadreId;
        private RaterLevel level;
        private String keyUnit;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.quarter == quarter && Objects.equals(k.cadreId, cadreId) && k.level == level
                    && Objects.equals(k.keyUnit, keyUnit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, quarter, cadreId, level, keyUnit);
        }
    }
}
