package org.jiedao.core.security;

import java.util.Locale;
import java.util.Optional;

/** The roles of Jiedao (DOMAIN.md, "Users and organisation"). */
public enum Role {
    /** All data of the installation; installs modules and manages users. */
    DISTRICT_ADMIN("district-admin", "区管理员"),
    /** Their street and its communities. */
    STREET_OFFICER("street-officer", "街道工作人员"),
    /** Their community (or grid) only. */
    COMMUNITY_WORKER("community-worker", "社区工作者/网格长"),
    /** Read-only everywhere; sees the audit log. */
    AUDITOR("auditor", "审计员");

    private final String key;
    private final String chinese;

    Role(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    /** @return the key used in files and on the command line, e.g. {@code street-officer} */
    public String key() {
        return key;
    }

    /** @return the name in the user's language */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : key;
    }

    /** Parses the key, the enum name or the Chinese name. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Role role : values()) {
            if (role.key.equalsIgnoreCase(t) || role.name().equalsIgnoreCase(t) || role.chinese.equals(t)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
