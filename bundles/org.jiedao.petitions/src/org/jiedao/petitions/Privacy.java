package org.jiedao.petitions;

/**
 * Masks a petitioner's personal data for everyone who is not a handler of the petition's unit:
 * a name keeps its first character (张三 → 张*), a phone number its first three and last four
 * digits (13812345678 → 138****5678).
 */
public final class Privacy {

    private Privacy() {
    }

    /** @return the masked name, empty for an anonymous petitioner; the platform's {@link org.jiedao.core.privacy.Masks#name} */
    public static String maskName(String name) {
        return org.jiedao.core.privacy.Masks.name(name);
    }

    /** @return the masked phone number; the platform's {@link org.jiedao.core.privacy.Masks#phone} */
    public static String maskPhone(String phone) {
        return org.jiedao.core.privacy.Masks.phone(phone);
    }
}
