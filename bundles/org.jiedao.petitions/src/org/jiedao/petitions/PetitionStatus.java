package org.jiedao.petitions;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Where a petition is in its workflow. */
public enum PetitionStatus implements BilingualKey {
    REGISTERED("registered", "已登记"),
    /** Given to a unit or a person. */
    ASSIGNED("assigned", "已交办"),
    IN_PROGRESS("in-progress", "办理中"),
    REPLIED("replied", "已答复"),
    /** Closed with the petitioner's satisfaction. */
    CLOSED("closed", "已办结"),
    REJECTED("rejected", "不予受理"),
    /** Merged into another petition as a duplicate. */
    MERGED("merged", "已合并");

    private final String key;
    private final String chinese;

    PetitionStatus(String key, String chinese) {
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

    /** @return whether the deadline runs: registered, assigned or in progress */
    public boolean isRunning() {
        return this == REGISTERED || this == ASSIGNED || this == IN_PROGRESS;
    }

    /** Parses the English key, the Chinese name or the constant's name. */
    public static Optional<PetitionStatus> parse(String text) {
        return BilingualKey.parse(PetitionStatus.class, text);
    }
}
