package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * One rater's scores of one cadre in one quarter: every indicator 0–100.
 *
 * @param raterId an opaque id; raters need not be registered
 */
public record RaterScore(int quarter, String cadreId, String raterId, RaterLevel level, Map<Indicator, BigDecimal> scores) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RaterScore {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(level, "level");
        Map<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            BigDecimal score = scores.get(indicator);
            if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("score of " + indicator.key() + " must be 0-100: " + score);
            }
            copy.put(indicator, score);
        }
        scores = Collections.unmodifiableMap(copy);
    }

    /** A score with the five indicators in the order 德能勤绩廉. */
    public static RaterScore of(int quarter, String cadreId, String raterId, RaterLevel level, BigDecimal de, BigDecimal neng,
            BigDecimal qin, BigDecimal ji, BigDecimal lian) {
        return new RaterScore(quarter, cadreId, raterId, level,
                Map.of(Indicator.DE, de, Indicator.NENG, neng, Indicator.QIN, qin, Indicator.JI, ji, Indicator.LIAN, lian));
    }
}
