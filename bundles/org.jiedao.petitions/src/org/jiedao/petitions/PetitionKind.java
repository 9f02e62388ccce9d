package org.jiedao.petitions;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** What a petition is: a request, an opinion or a suggestion. */
public enum PetitionKind implements BilingualKey {
    REQUEST("request", "诉求"),
    OPINION("opinion", "意见"),
    SUGGESTION("suggestion", "建议");

    private final String key;
    private final String chinese;

    PetitionKind(String key, String chinese) {
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
    public static Optional<PetitionKind> parse(String text) {
        return BilingualKey.parse(PetitionKind.class, text);
    }
}
