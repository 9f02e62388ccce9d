package org.jiedao.incubation.internal;

/**
 * Masks founders' names and phones for users without the module's personal-data permission.
 * Minimal stand-in until the platform's {@code org.jiedao.core.privacy.Masks} is on main (then this
 * class delegates to it).
 */
public final class Masking {

    private Masking() {
    }

    /** 张三丰 → 张**; empty stays empty */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
    }

    /** 13912345678 → 139****5678 */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
