package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * How one cadre's annual score, grade and bonus factor were computed, step by step. Intermediate
 * values carry {@value AppraisalEngine#SCALE} decimal places; only the annual score is rounded (half
 * up to 2 decimals). A cadre without any quarterly score is not graded: {@link #graded()} is false
 * and the ranking fields are empty.
 *
 * @param cadreId        the cadre
 * @param quarters       each quarter that has scores, in order
 * @param quarterMean    mean of the available quarterly scores (empty: not graded)
 * @param exam           the exam score, empty when missing (counts 0)
 * @param honours        each honour with its points
 * @param honourTotal    sum of the honours' points
 * @param honourPoints   what counts: the total, capped
 * @param annualExact    quarterWeight × quarterMean + examWeight × exam + honourPoints, unrounded
 * @param annualScore    annualExact rounded half up to 2 decimals: what ranks
 * @param rank           competition rank of the annual score (1, 2, 2, 4, …)
 * @param tieGroup       the cadres with the same annual score (only this cadre when none)
 * @param groupSize      n: the graded cadres of the distribution group
 * @param quotas         the quotas of the group
 * @param grade          the grade of position {@code rank}
 * @param priorDYears    earlier years graded D (grade history)
 * @param dYears         cumulative D years up to and including this year
 * @param bonusFactor    1 for A–C, else the settings' factor of the {@code dYears}-th D year
 */
public record Explanation(String cadreId, List<Quarter> quarters, Optional<BigDecimal> quarterMean, Optional<BigDecimal> exam,
        List<Honour> honours, BigDecimal honourTotal, BigDecimal honourPoints, Optional<BigDecimal> annualExact,
        Optional<BigDecimal> annualScore, Optional<Integer> rank, Optional<TieGroup> tieGroup, int groupSize,
        Map<Grade, Integer> quotas, Optional<Grade> grade, int priorDYears, int dYears, Optional<BigDecimal> bonusFactor) {

    public Explanation {
        quarters = List.copyOf(quarters);
        honours = List.copyOf(honours);
        quotas = Map.copyOf(quotas);
    }

    /** @return whether the cadre had a quarterly score and so is graded */
    public boolean graded() {
        return grade.isPresent();
    }

    /**
     * One rater level's part of a quarterly score.
     *
     * @param raters          how many raters of this level scored
     * @param indicatorMeans  mean over the raters per indicator
     * @param mean            Σ indicator weight × indicator mean (the mean of the raters' weighted scores)
     * @param weight          the level's weight in the settings
     * @param effectiveWeight the weight rescaled over the levels that have raters this quarter
     */
    public record Level(RaterLevel level, int raters, Map<Indicator, BigDecimal> indicatorMeans, BigDecimal mean,
            BigDecimal weight, BigDecimal effectiveWeight) {
        public Level {
            // in the order 德能勤绩廉
            indicatorMeans = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(indicatorMeans));
        }
    }

    /** One quarter: the levels with raters and the quarterly score Σ effectiveWeight × mean. */
    public record Quarter(int quarter, List<Level> levels, BigDecimal score) {
        public Quarter {
            levels = List.copyOf(levels);
        }
    }

    /** An honour and its points. */
    public record Honour(HonourLevel level, String title, BigDecimal points) {
    }

    /**
     * @param firstPosition the best position of the group (its rank)
     * @param lastPosition  its worst position
     * @param cadreIds      its members
     */
    public record TieGroup(int firstPosition, int lastPosition, List<String> cadreIds) {
        public TieGroup {
            cadreIds = List.copyOf(cadreIds);
        }

        /** @return whether other cadres share the score */
        public boolean isTie() {
            return cadreIds.size() > 1;
        }
    }
}
