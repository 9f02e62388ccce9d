package org.jiedao.appraisal;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** What was done about a D grade (DOMAIN.md §4: reminder talk, re-posting, demotion, dismissal). */
public enum FollowUpKind implements BilingualKey {
    REMINDER_TALK("reminder-talk", "提醒谈话"), REPOSTING("re-posting", "调整岗位"), DEMOTION("demotion", "降职"), DISMISSAL("dismissal", "免职");

    private final String key;
    private final String chinese;

    FollowUpKind(String key, String chinese) {
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
    public static Optional<FollowUpKind> parse(String text) {
        return BilingualKey.parse(FollowUpKind.class, text);
    }
}
