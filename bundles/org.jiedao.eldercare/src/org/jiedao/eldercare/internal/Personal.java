package org.jiedao.eldercare.internal;

/**
 * Masks of personal data for users without the permission. The same rules as the platform's
 * org.jiedao.core.privacy.Masks (bundle org.jiedao.core 1.1.0), to which these delegate once it is merged.
 */
public final class Personal {

    private Personal() {
    }

    /** 32050819500101123X → 3205**********123X */
    public static String idNumber(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() <= 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    /** 张三丰 → 张** */
    public static String name(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return s.substring(0, 1) + "*".repeat(s.length() - 1);
    }

    /** 13912345678 → 139****5678 */
    public static String phone(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() < 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** A part of an address (building, unit, floor): hidden whole. */
    public static String part(String s) {
        return s == null || s.isEmpty() ? "" : "*";
    }
}
