package org.jiedao.petitions;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** A step in a petition's history. */
public enum PetitionAction implements BilingualKey {
    REGISTERED("registered", "登记"),
    ASSIGNED("assigned", "交办"),
    STARTED("started", "开始办理"),
    REPLIED("replied", "答复"),
    CLOSED("closed", "办结"),
    REJECTED("rejected", "不予受理"),
    MERGED("merged", "合并"),
    REOPENED("reopened", "重新办理"),
    ATTACHED("attached", "添加附件"),
    DETACHED("detached", "删除附件");

    private final String key;
    private final String chinese;

    PetitionAction(String key, String chinese) {
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
    public static Optional<PetitionAction> parse(String text) {
        return BilingualKey.parse(PetitionAction.class, text);
    }
}
