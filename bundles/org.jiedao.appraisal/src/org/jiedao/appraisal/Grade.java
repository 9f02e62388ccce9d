package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Annual grades, best first (A 优秀 … D 较差); the forced distribution fills them in this order. */
public enum Grade implements BilingualKey {
    A("A", "A等"), B("B", "B等"), C("C", "C等"), D("D", "D等");

    private final String key;
    private final String chinese;

    Grade(String key, String chinese) {
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
    public static Optional<Grade> parse(String text) {
        return BilingualKey.parse(Grade.class, text);
    }
}
