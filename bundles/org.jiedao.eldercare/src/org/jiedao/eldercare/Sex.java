package org.jiedao.eldercare;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Sex as the resident ID number records it (character 17: odd male, even female). */
public enum Sex implements BilingualKey {
    MALE("male", "男"),
    FEMALE("female", "女");

    private final String key;
    private final String chinese;

    Sex(String key, String chinese) {
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

    /** Parses the English key, the Chinese name or the constant's name. */
    public static Optional<Sex> parse(String text) {
        return BilingualKey.parse(Sex.class, text);
    }
}
