package org.jiedao.incubation;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Where a project stands: it applied (in a selection round), is resident at a station, or left. */
public enum ProjectStatus implements BilingualKey {
    APPLIED("applied", "申请中"),
    RESIDENT("resident", "已入驻"),
    EXITED("exited", "已退出");

    private final String key;
    private final String chinese;

    ProjectStatus(String key, String chinese) {
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
    public static Optional<ProjectStatus> parse(String text) {
        return BilingualKey.parse(ProjectStatus.class, text);
    }
}
