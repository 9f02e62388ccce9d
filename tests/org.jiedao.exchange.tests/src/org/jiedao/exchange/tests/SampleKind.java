package org.jiedao.exchange.tests;

import org.jiedao.core.text.BilingualKey;

/** The kinds of a sample record (as the petitions module's request / opinion / suggestion). */
public enum SampleKind implements BilingualKey {
    REQUEST("request", "诉求"), OPINION("opinion", "意见"), SUGGESTION("suggestion", "建议");

    private final String key;
    private final String chinese;

    SampleKind(String key, String chinese) {
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
