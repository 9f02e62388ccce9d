package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The five indicators a rater scores (德能勤绩廉), each 0–100. */
public enum Indicator implements BilingualKey {
    DE("de", "德"), NENG("neng", "能"), QIN("qin", "勤"), JI("ji", "绩"), LIAN("lian", "廉");

    private final String key;
    private final String chinese;

    Indicator(String key, String chinese) {
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
    public static Optional<Indicator> parse(String text) {
        return BilingualKey.parse(Indicator.class, text);
    }
}
