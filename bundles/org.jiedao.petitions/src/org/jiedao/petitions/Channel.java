package org.jiedao.petitions;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** How a petition reached the community (DOMAIN.md §5). */
public enum Channel implements BilingualKey {
    /** A letter from the red mailbox. */
    LETTER("letter", "信件"),
    /** A note dropped in the mailbox. */
    NOTE("note", "纸条"),
    /** An opinion card handed out by the public-opinion postmen. */
    CARD("card", "社情民意卡"),
    /** The enterprise service window (帮代办). */
    WINDOW("window", "服务专窗"),
    PHONE("phone", "电话"),
    /** A visit to the service hall. */
    VISIT("visit", "来访");

    private final String key;
    private final String chinese;

    Channel(String key, String chinese) {
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
    public static Optional<Channel> parse(String text) {
        return BilingualKey.parse(Channel.class, text);
    }
}
