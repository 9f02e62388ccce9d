package org.jiedao.eldercare;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** An elder's place in a course: enrolled, or on the waiting list. */
public enum EnrolmentStatus implements BilingualKey {
    ENROLLED("enrolled", "已报名"),
    WAITING("waiting", "候补");

    private final String key;
    private final String chinese;

    EnrolmentStatus(String key, String chinese) {
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
    public static Optional<EnrolmentStatus> parse(String text) {
        return BilingualKey.parse(EnrolmentStatus.class, text);
    }
}
