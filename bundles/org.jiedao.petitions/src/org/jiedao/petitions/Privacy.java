package org.jiedao.petitions;

/**
 * Masks a petitioner's personal data for everyone who is not a handler of the petition's unit:
 * a name keeps its first character (张三 → 张*), a phone number its first three and last four
 * digits (13812345678 → 138****5678).
 */
public final class Privacy {

    private Privacy() {
    }

    /** @return the masked name, empty for an anonymous petitioner */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
    }

    /** @return the masked phone number: first three and last four characters kept when it has eight or more */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() < 8) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
