package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** A kind of safety event (DOMAIN.md §3). */
public enum EventKind implements BilingualKey {
    CONTEST("contest", "知识竞赛"),
    LECTURE("lecture", "讲座"),
    DRILL("drill", "演练");

    private final String key;
    private final String chinese;

    EventKind(String key, String chinese) {
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
    public static Optional<EventKind> parse(String text) {
        return BilingualKey.parse(EventKind.class, text);
    }
}
