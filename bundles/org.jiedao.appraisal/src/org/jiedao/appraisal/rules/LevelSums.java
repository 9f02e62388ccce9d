package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * The scores of one rater level for one cadre in one quarter, summed: how many raters scored and the
 * sum of each indicator over them (what a grouped database query yields instead of the individual
 * rows). The engine's indicator mean is {@code sum / raters}, exactly as from the individual
 * {@link RaterScore}s.
 *
 * @param raters how many raters of the level scored (at least 1)
 * @param sums   per indicator, the sum of the raters' scores (each 0–100, so 0 ≤ sum ≤ 100 × raters)
 */
public record LevelSums(int quarter, String cadreId, RaterLevel level, int raters, Map<Indicator, BigDecimal> sums) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public LevelSums {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(level, "level");
        if (raters < 1) {
            throw new IllegalArgumentException("raters must be at least 1: " + raters);
        }
        BigDecimal max = HUNDRED.multiply(BigDecimal.valueOf(raters));
        Map<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            BigDecimal sum = sums.get(indicator);
            if (sum == null || sum.signum() < 0 || sum.compareTo(max) > 0) {
                throw new IllegalArgumentException("sum of " + indicator.key() + " must be 0-" + max + ": " + sum);
            }
            copy.put(indicator, sum);
        }
        sums = Collections.unmodifiableMap(copy);
    }

    /** Sums with the five indicators in the order 德能勤绩廉. */
    public static LevelSums of(int quarter, String cadreId, RaterLevel level, int raters, BigDecimal de, BigDecimal neng,
            BigDecimal qin, BigDecimal ji, BigDecimal lian) {
        return new LevelSums(quarter, cadreId, level, raters,
                Map.of(Indicator.DE, de, Indicator.NENG, neng, Indicator.QIN, qin, Indicator.JI, ji, Indicator.LIAN, lian));
    }
}
