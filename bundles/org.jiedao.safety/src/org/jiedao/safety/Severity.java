package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** How grave a hazard is; it sets the rectification deadline (general 7 days, major 3 by default). */
public enum Severity implements BilingualKey {
    GENERAL("general", "一般隐患"),
    MAJOR("major", "重大隐患");

    private final String key;
    private final String chinese;

    Severity(String key, String chinese) {
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
    public static Optional<Severity> parse(String text) {
        return BilingualKey.parse(Severity.class, text);
    }
}
