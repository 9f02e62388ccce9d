package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.jiedao.appraisal.internal.Decimals;
import org.junit.jupiter.api.Test;

/**
 * The engine's division gives exactly {@code a.divide(b, 20, HALF_EVEN).stripTrailingZeros()}: the
 * same value and the same scale (what {@code BigDecimal.equals} and the explanations compare), for
 * quotients that end (the fast route) and those that need rounding, for zero, whole numbers (negative
 * scales after stripping) and huge operands.
 */
class DecimalsTest {

    private static void same(BigDecimal a, BigDecimal b, int scale) {
        BigDecimal expected = a.divide(b, scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        BigDecimal actual = Decimals.divide(a, b, scale);
        assertEquals(expected, actual, () -> a + " / " + b + " to " + scale + " places");
        assertEquals(expected.scale(), actual.scale(), () -> a + " / " + b + ": scale");
    }

    @Test
    void edgeCases() {
        List<String> values = List.of("0", "0.00", "0E+3", "1", "80", "80.00", "8E+1", "100", "85.25", "170.5", "3", "7", "0.000001",
                "0.333333", "1.000000", "0.4", "0.400000", "9999999999999999.99", "123456789012345678901234567890.12", "1E-25", "2.5E+20");
        List<String> divisors = List.of("1", "2", "3", "4", "5", "6", "7", "8", "10", "16", "1.000000", "0.7", "0.300000", "0.000003",
                "3E+2", "1234567890123456789", "0.1", "12.5", "1E-19");
        for (String a : values) {
            for (String b : divisors) {
                for (int scale : new int[] { 0, 2, 20 }) {
                    same(new BigDecimal(a), new BigDecimal(b), scale);
                }
            }
        }
        // refused as BigDecimal refuses it
        assertThrows(ArithmeticException.class, () -> Decimals.divide(BigDecimal.ONE, BigDecimal.ZERO, 20));
        same(new BigDecimal("-85.25"), new BigDecimal("4"), 20);
        same(new BigDecimal("85.25"), new BigDecimal("-3"), 20);
    }

    @Test
    void randomSumsOfScoresByRatersAndWeights() {
        Random random = new Random(20251126L);
        for (int i = 0; i < 200_000; i++) {
            // a sum of up to 40 scores with 0-3 decimals divided by a count, or a weighted sum by a sum of weights
            BigDecimal a = BigDecimal.valueOf(random.nextInt(4_000_001), random.nextInt(4));
            BigDecimal b = random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(40))
                    : BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(7));
            same(a, b, 20);
            same(a.multiply(b), b, 20);
        }
    }
}
