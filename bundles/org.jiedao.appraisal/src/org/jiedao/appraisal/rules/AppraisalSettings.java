package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * The rules of one appraisal year (DOMAIN.md §4, "default rules where the seed is silent"). They are
 * stored with the year, so changing this year's settings never changes last year's grades.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * @param indicatorWeights weight of each indicator in a rater's score; sum 1 (default 0.2 each)
 * @param levelWeights     weight of each rater level; sum 1 (default superior 0.4, peer 0.3, subordinate 0.3)
 * @param quarterWeight    weight of the mean of the quarterly scores in the annual score (default 0.7)
 * @param examWeight       weight of the exam score (default 0.2; a missing exam counts 0)
 * @param honourPoints     points per honour by level (default district 5, street 3)
 * @param honourCap        the most honour points counted in a year (default 10)
 * @param quotaPercents    share of each grade in percent; sum 100 (default A 20, B 45, C 30, D 5)
 * @param dBonusFactors    bonus factor of a D grade in the 1st, 2nd, ... cumulative D year; the last
 *                         one applies to every later D year too (default 0.50, 0.25, 0.00)
 */
public record AppraisalSettings(Map<Indicator, BigDecimal> indicatorWeights, Map<RaterLevel, BigDecimal> levelWeights,
        BigDecimal quarterWeight, BigDecimal examWeight, Map<HonourLevel, BigDecimal> honourPoints, BigDecimal honourCap,
        Map<Grade, BigDecimal> quotaPercents, List<BigDecimal> dBonusFactors) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public AppraisalSettings {
        indicatorWeights = copy(Indicator.class, indicatorWeights, "indicatorWeights");
        levelWeights = copy(RaterLevel.class, levelWeights, "levelWeights");
        Objects.requireNonNull(quarterWeight, "quarterWeight");
        Objects.requireNonNull(examWeight, "examWeight");
        honourPoints = copy(HonourLevel.class, honourPoints, "honourPoints");
        Objects.requireNonNull(honourCap, "honourCap");
        quotaPercents = copy(Grade.class, quotaPercents, "quotaPercents");
        dBonusFactors = List.copyOf(dBonusFactors);
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> copy(Class<K> type, Map<K, BigDecimal> map, String what) {
        Map<K, BigDecimal> copy = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            BigDecimal value = map.get(key);
            if (value == null) {
                throw new IllegalArgumentException(what + " lacks " + key);
            }
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** @return DOMAIN.md's defaults */
    public static AppraisalSettings defaults() {
        Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, new BigDecimal("0.2"));
        }
        return new AppraisalSettings(indicators,
                Map.of(RaterLevel.SUPERIOR, new BigDecimal("0.4"), RaterLevel.PEER, new BigDecimal("0.3"),
                        RaterLevel.SUBORDINATE, new BigDecimal("0.3")),
                new BigDecimal("0.7"), new BigDecimal("0.2"),
                Map.of(HonourLevel.DISTRICT, new BigDecimal("5"), HonourLevel.STREET, new BigDecimal("3")), new BigDecimal("10"),
                Map.of(Grade.A, new BigDecimal("20"), Grade.B, new BigDecimal("45"), Grade.C, new BigDecimal("30"),
                        Grade.D, new BigDecimal("5")),
                List.of(new BigDecimal("0.50"), new BigDecimal("0.25"), new BigDecimal("0.00")));
    }

    /**
     * @return what is wrong with these settings, in English keys for messages (empty: valid): weights
     *         negative or not summing to 1, quotas not summing to 100, bonus factors outside 0–1
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (indicatorWeights.values().stream().anyMatch(w -> w.signum() < 0)
                || sum(indicatorWeights.values()).compareTo(BigDecimal.ONE) != 0) {
            problems.add("indicator weights must be at least 0 and sum to 1");
        }
        if (levelWeights.values().stream().anyMatch(w -> w.signum() <= 0) || sum(levelWeights.values()).compareTo(BigDecimal.ONE) != 0) {
            problems.add("rater level weights must be greater than 0 and sum to 1");
        }
        if (quarterWeight.signum() < 0 || examWeight.signum() < 0 || honourCap.signum() < 0
                || honourPoints.values().stream().anyMatch(p -> p.signum() < 0)) {
            problems.add("weights, honour points and the honour cap must not be negative");
        }
        if (quotaPercents.values().stream().anyMatch(p -> p.signum() < 0) || sum(quotaPercents.values()).compareTo(HUNDRED) != 0) {
            problems.add("grade quotas must be at least 0 and sum to 100 percent");
        }
        if (dBonusFactors.isEmpty() || dBonusFactors.stream().anyMatch(f -> f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0)) {
            problems.add("D bonus factors must be between 0 and 1, at least one");
        }
        return problems;
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return a copy with other grade quotas (percent) */
    public AppraisalSettings withQuotaPercents(Map<Grade, BigDecimal> percents) {
        return new AppraisalSettings(indicatorWeights, levelWeights, quarterWeight, examWeight, honourPoints, honourCap, percents,
                dBonusFactors);
    }

    /** @return a copy with other rater level weights */
    public AppraisalSettings withLevelWeights(Map<RaterLevel, BigDecimal> weights) {
        return new AppraisalSettings(indicatorWeights, weights, quarterWeight, examWeight, honourPoints, honourCap, quotaPercents,
                dBonusFactors);
    }

    /** @return a copy with another honour cap */
    public AppraisalSettings withHonourCap(BigDecimal cap) {
        return new AppraisalSettings(indicatorWeights, levelWeights, quarterWeight, examWeight, honourPoints, cap, quotaPercents,
                dBonusFactors);
    }

    /** @return the bonus factor of a D grade in the cadre's {@code dYears}-th cumulative D year (1, 2, ...) */
    public BigDecimal dBonusFactor(int dYears) {
        if (dYears < 1) {
            throw new IllegalArgumentException("D years start at 1: " + dYears);
        }
        return dBonusFactors.get(Math.min(dYears, dBonusFactors.size()) - 1);
    }
}
