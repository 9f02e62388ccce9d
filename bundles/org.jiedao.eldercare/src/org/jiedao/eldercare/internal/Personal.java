package org.jiedao.eldercare.internal;

import org.jiedao.core.privacy.Masks;

/**
 * Masks of elders' personal data for users without the permission: the platform's
 * {@link Masks} for ID numbers, names and phones; a part of an address (building, unit, floor, kept in
 * columns of their own for the stairwell pairs) is hidden whole, so a masked row never tells the stairwell.
 */
public final class Personal {

    private Personal() {
    }

    /** 32050819500101123X → 3205**********123X */
    public static String idNumber(String s) {
        return s == null ? "" : Masks.idNumber(s);
    }

    /** 张三丰 → 张** */
    public static String name(String s) {
        return s == null ? "" : Masks.name(s);
    }

    /** 13912345678 → 139****5678 */
    public static String phone(String s) {
        return s == null ? "" : Masks.phone(s);
    }

    /** A part of an address (building, unit, floor): hidden whole. */
    public static String part(String s) {
        return s == null || s.isEmpty() ? "" : "*";
    }
}
