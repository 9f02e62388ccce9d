package org.jiedao.incubation;

import org.jiedao.core.text.BilingualKey;

/** A selection round: open for applications and rankings, run (a result computed), reviewed, confirmed. */
public enum RoundStatus implements BilingualKey {
    OPEN("open", "报名中"),
    RUN("run", "已匹配"),
    REVIEWED("reviewed", "已审核"),
    CONFIRMED("confirmed", "已确认");

    private final String key;
    private final String chinese;

    RoundStatus(String key, String chinese) {
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
}
