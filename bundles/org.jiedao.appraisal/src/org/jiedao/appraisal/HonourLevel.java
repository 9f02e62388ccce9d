package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The level of an honour (表彰荣誉) counted in the annual score. */
public enum HonourLevel implements BilingualKey {
    DISTRICT("district", "区级"), STREET("street", "街道级");

    private final String key;
    private final String chinese;

    HonourLevel(String key, String chinese) {
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
    public static Optional<HonourLevel> parse(String text) {
        return BilingualKey.parse(HonourLevel.class, text);
    }
}
