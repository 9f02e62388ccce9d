package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jiedao.appraisal.Grade;

/**
 * The forced distribution of DOMAIN.md §4: quotas by the largest remainder method, and the grade of
 * a ranking position. Exact decimal arithmetic throughout ({@code n × percent / 100} is a finite
 * decimal, so its whole part and remainder are exact), never floating point.
 */
public final class ForcedDistribution {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ForcedDistribution() {
    }

    /**
     * Quotas that sum to {@code n}: each grade first gets the whole part of {@code n × percent / 100};
     * the places left go one each to the grades with the largest remainders, a tie among remainders
     * to the better grade. n = 14 gives 3/6/4/1, n = 10 gives 2/5/3/0 (default percents).
     *
     * @param percents percent per grade, summing to 100
     */
    public static Map<Grade, Integer> quotas(int n, Map<Grade, BigDecimal> percents) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0: " + n);
        }
        Map<Grade, Integer> quotas = new EnumMap<>(Grade.class);
        Map<Grade, BigDecimal> remainders = new EnumMap<>(Grade.class);
        int assigned = 0;
        for (Grade grade : Grade.values()) {
            BigDecimal exact = BigDecimal.valueOf(n).multiply(percents.get(grade)).divide(HUNDRED);
            BigDecimal whole = exact.setScale(0, RoundingMode.FLOOR);
            quotas.put(grade, whole.intValueExact());
            remainders.put(grade, exact.subtract(whole));
            assigned += whole.intValueExact();
        }
        List<Grade> byRemainder = new ArrayList<>(List.of(Grade.values()));
        // largest remainder first; equal remainders: the better grade (enum order) first
        byRemainder.sort(Comparator.comparing((Grade g) -> remainders.get(g)).reversed().thenComparing(Grade::ordinal));
        int left = n - assigned;
        if (left < 0 || left > byRemainder.size()) {
            throw new IllegalArgumentException("percents must sum to 100: " + percents);
        }
        for (int i = 0; i < left; i++) {
            Grade grade = byRemainder.get(i);
            quotas.put(grade, quotas.get(grade) + 1);
        }
        return Collections.unmodifiableMap(quotas);
    }

    /**
     * @param position a ranking position from 1
     * @return the grade of that position: 1..qA are A, the next qB B, the next qC C, the rest D
     */
    public static Grade gradeOfPosition(int position, Map<Grade, Integer> quotas) {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1: " + position);
        }
        int end = 0;
        for (Grade grade : Grade.values()) {
            end += quotas.get(grade);
            if (position <= end) {
                return grade;
            }
        }
        return Grade.D;
    }
}
