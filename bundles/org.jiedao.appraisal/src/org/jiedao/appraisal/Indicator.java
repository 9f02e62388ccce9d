package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The five indicators a rater scores (德能勤绩廉), each 0–100. */
public enum Indicator implements BilingualKey {
    DE("de", "德", "integrity"), NENG("neng", "能", "ability"), QIN("qin", "勤", "diligence"), JI("ji", "绩", "performance"),
    LIAN("lian", "廉", "probity");

    private final String key;
    private final String chinese;
    private final String english;

    Indicator(String key, String chinese, String english) {
        this.key = key;
        this.chinese = chinese;
        this.english = english;
    }

    /** @return the indicator in English words (德 integrity, 能 ability, 勤 diligence, 绩 performance, 廉 probity) */
    @Override
    public String english() {
        return english;
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
    public static Optional<Indicator> parse(String text) {
        return BilingualKey.parse(Indicator.class, text);
    }
}
