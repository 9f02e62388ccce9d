package org.jiedao.core.security;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The roles of Jiedao (DOMAIN.md, "Users and organisation"). */
public enum Role implements BilingualKey {
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

    @Override
    public String key() {
        return key;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Parses the key, the Chinese name or the constant's name. */
    public static Optional<Role> parse(String text) {
        return BilingualKey.parse(Role.class, text);
    }
}
