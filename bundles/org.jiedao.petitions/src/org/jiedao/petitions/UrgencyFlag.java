package org.jiedao.petitions;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** One of the 急难愁盼 flags: urgent, difficult, worrying, longed-for. Only 急 shortens the deadline. */
public enum UrgencyFlag implements BilingualKey {
    URGENT("urgent", "急"),
    DIFFICULT("difficult", "难"),
    WORRYING("worrying", "愁"),
    LONGED_FOR("longed-for", "盼");

    private final String key;
    private final String chinese;

    UrgencyFlag(String key, String chinese) {
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
    public static Optional<UrgencyFlag> parse(String text) {
        return BilingualKey.parse(UrgencyFlag.class, text);
    }
}
