package org.jiedao.core.privacy;

/**
 * Masks personal data for users who may not see it. Every module masks the same way, so an officer
 * recognises a masked value wherever it appears (parts, command line, exports, search):
 * <ul>
 * <li>a name keeps its first character: 张三丰 → 张**;</li>
 * <li>a phone number keeps its first three and last four digits: 13812345678 → 138****5678;</li>
 * <li>a resident ID number keeps its first four (province and city) and last four characters:
 * 32050819500101123X → 3205**********123X;</li>
 * <li>an address keeps its first six characters: 三元一村12幢3单元401室 → 三元一村12幢****.</li>
 * </ul>
 * A null or blank value gives an empty string. Masking counts code points, never splitting a
 * character outside the Basic Multilingual Plane.
 */
public final class Masks {

    private Masks() {
    }

    /** @return the masked name, empty for none (an anonymous petitioner) */
    public static String name(String name) {
        return keep(name, 1, 0, 1);
    }

    /** @return the masked phone number: first three and last four kept when it has eight or more characters, else all masked */
    public static String phone(String phone) {
        return keep(phone, 3, 4, 8);
    }

    /** @return the masked resident ID number: first four and last four kept when it has ten or more characters, else all masked */
    public static String idNumber(String idNumber) {
        return keep(idNumber, 4, 4, 10);
    }

    /** @return the masked address: the first six characters kept and the rest replaced by four stars */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        int n = a.codePointCount(0, a.length());
        if (n <= 6) {
            return a.substring(0, a.offsetByCodePoints(0, Math.max(1, n / 2))) + "****";
        }
        return a.substring(0, a.offsetByCodePoints(0, 6)) + "****";
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing characters and replaces the others by
     * stars, one per character, when the value has at least {@code minimum} characters; a shorter
     * value is masked entirely (a name is never shorter than its minimum of one).
     */
    private static String keep(String value, int head, int tail, int minimum) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        int n = v.codePointCount(0, v.length());
        if (n < minimum) {
            return "*".repeat(n);
        }
        int h = v.offsetByCodePoints(0, head);
        int t = v.offsetByCodePoints(0, n - tail);
        int hidden = Math.max(1, n - head - tail);
        return v.substring(0, h) + "*".repeat(hidden) + (t > h ? v.substring(t) : "");
    }
}
