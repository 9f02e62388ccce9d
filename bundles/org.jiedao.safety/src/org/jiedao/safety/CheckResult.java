package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The answer to one checklist item in an inspection. */
public enum CheckResult implements BilingualKey {
    PASS("pass", "合格"),
    /** A hazard: a finding with a severity. */
    HAZARD("hazard", "隐患"),
    NOT_APPLICABLE("na", "不适用");

    private final String key;
    private final String chinese;

    CheckResult(String key, String chinese) {
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
    public static Optional<CheckResult> parse(String text) {
        return BilingualKey.parse(CheckResult.class, text);
    }
}
