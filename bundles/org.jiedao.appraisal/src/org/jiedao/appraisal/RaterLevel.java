package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The level of a rater relative to the cadre (上级、同级、下级). */
public enum RaterLevel implements BilingualKey {
    SUPERIOR("superior", "上级"), PEER("peer", "同级"), SUBORDINATE("subordinate", "下级");

    private final String key;
    private final String chinese;

    RaterLevel(String key, String chinese) {
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
    public static Optional<RaterLevel> parse(String text) {
        return BilingualKey.parse(RaterLevel.class, text);
    }
}
