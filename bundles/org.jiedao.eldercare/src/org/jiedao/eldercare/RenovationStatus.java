package org.jiedao.eldercare;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Where an elder-friendly renovation application (适老化改造) is: apply → assessed → approved → installed → accepted, or rejected before installation. */
public enum RenovationStatus implements BilingualKey {
    APPLIED("applied", "已申请"),
    ASSESSED("assessed", "已评估"),
    APPROVED("approved", "已批准"),
    INSTALLED("installed", "已安装"),
    ACCEPTED("accepted", "已验收"),
    REJECTED("rejected", "已驳回");

    private final String key;
    private final String chinese;

    RenovationStatus(String key, String chinese) {
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
    public static Optional<RenovationStatus> parse(String text) {
        return BilingualKey.parse(RenovationStatus.class, text);
    }
}
