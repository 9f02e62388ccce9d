package org.jiedao.safety;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The categories of premises 场所 and the rule set the seed names for each (its checklist template). */
public enum PremisesCategory implements BilingualKey {
    RENTAL("rental", "出租房/群租房", "7 严禁"),
    THREE_IN_ONE("three-in-one", "三合一", "8 个一律"),
    E_BIKE("e-bike", "电动自行车停放充电", "6 个绝不允许"),
    NINE_SMALL("nine-small", "九小场所", "9 个必须"),
    ENTERPRISE("enterprise", "企业", "企业消防安全检查");

    private final String key;
    private final String chinese;
    private final String ruleSet;

    PremisesCategory(String key, String chinese, String ruleSet) {
        this.key = key;
        this.chinese = chinese;
        this.ruleSet = ruleSet;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** @return the category in English words (the key is for files and command lines) */
    @Override
    public String english() {
        return switch (this) {
        case RENTAL -> "rental or group-rental housing";
        case THREE_IN_ONE -> "three-in-one premises";
        case E_BIKE -> "e-bike parking and charging";
        case NINE_SMALL -> "9+1 small sites";
        case ENTERPRISE -> "enterprise";
        };
    }

    /** @return the name of the rule set of the category as the seed gives it (enterprise: none given) */
    public String ruleSet() {
        return ruleSet;
    }

    /** Parses the English key, the Chinese name or the constant's name. */
    public static Optional<PremisesCategory> parse(String text) {
        return BilingualKey.parse(PremisesCategory.class, text);
    }
}
