package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** Where a rectification order 整改通知 is. */
public enum OrderStatus implements BilingualKey {
    /** Issued, waiting for the re-inspection. */
    OPEN("open", "整改中"),
    /** The re-inspection passed. */
    CLOSED("closed", "已销号"),
    /** The re-inspection failed: a new order follows it. */
    FAILED("failed", "复查未通过");

    private final String key;
    private final String chinese;

    OrderStatus(String key, String chinese) {
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

    /** @return whether the order still runs (its deadline can pass) */
    public boolean isOpen() {
        return this == OPEN;
    }

    /** Parses the English key, the Chinese name or the constant's name. */
    public static Optional<OrderStatus> parse(String text) {
        return BilingualKey.parse(OrderStatus.class, text);
    }
}
