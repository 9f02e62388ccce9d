package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The two kinds of contest question of DOMAIN.md §3. */
public enum AnswerKind implements BilingualKey {
    /** 必答题: scores the question's value when right, 0 when wrong. */
    MUST("must", "必答题"),
    /** 风险题: the team picks one of the offered values, gains it when right, loses it when wrong. */
    RISK("risk", "风险题");

    private final String key;
    private final String chinese;

    AnswerKind(String key, String chinese) {
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
    public static Optional<AnswerKind> parse(String text) {
        return BilingualKey.parse(AnswerKind.class, text);
    }
}
