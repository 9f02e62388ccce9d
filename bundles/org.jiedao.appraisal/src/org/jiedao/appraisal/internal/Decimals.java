package org.jiedao.appraisal.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The rules engine's division: {@code a ÷ b} carried to a fixed number of decimal places (half even)
 * with trailing zeros stripped, exactly {@code a.divide(b, scale, HALF_EVEN).stripTrailingZeros()}.
 * Most quotients of the engine end after a few places (a sum of scores with 2 decimals divided by 2
 * or 4 raters; a sum of weights of 1): those are found by long division in {@code long} arithmetic,
 * without the 20-place {@code BigInteger} quotient and the digit-by-digit stripping that the
 * {@code BigDecimal} route costs. Every other quotient (one that needs rounding, negative or huge
 * operands) takes that route itself, so the result is the same in value and scale.
 */
public final class Decimals {

    private Decimals() {
    }

    /** @return {@code a.divide(b, scale, RoundingMode.HALF_EVEN).stripTrailingZeros()} */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, int scale) {
        BigDecimal exact = exactQuotient(a, b, scale);
        return exact != null ? exact : a.divide(b, scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The quotient when it is exact within {@code maxScale} places and fits a long on the way; else null. */
    private static BigDecimal exactQuotient(BigDecimal a, BigDecimal b, int maxScale) {
        if (a.signum() < 0 || b.signum() <= 0) {
            return null;
        }
        BigInteger ua = a.unscaledValue();
        BigInteger ub = b.unscaledValue();
        if (ua.bitLength() > 62 || ub.bitLength() > 58) {
            return null;
        }
        long divisor = ub.longValue();
        long quotient = ua.longValue() / divisor;
        long remainder = ua.longValue() % divisor;
        // value = (unscaled a / unscaled b) × 10^-(scale a - scale b)
        long resultScale = (long) a.scale() - b.scale();
        while (remainder != 0) {
            if (resultScale >= maxScale || quotient > Long.MAX_VALUE / 10 - 1) {
                return null; // needs rounding, or more digits than a long holds
            }
            remainder *= 10; // remainder < divisor < 2^58: no overflow
            quotient = quotient * 10 + remainder / divisor;
            remainder %= divisor;
            resultScale++;
        }
        if (resultScale > maxScale || resultScale < Integer.MIN_VALUE + 20) {
            return null;
        }
        if (quotient == 0) {
            return BigDecimal.ZERO;
        }
        while (quotient % 10 == 0) {
            quotient /= 10;
            resultScale--;
        }
        return BigDecimal.valueOf(quotient, (int) resultScale);
    }
}
