package org.jiedao.core.org;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/**
 * The levels of the organisation: 区 district → 街道 street → 社区 community → 网格 grid. Each
 * level's units sit directly below a unit of the level above; districts are roots.
 */
public enum OrgLevel implements BilingualKey {
    DISTRICT("district", "区"),
    STREET("street", "街道"),
    COMMUNITY("community", "社区"),
    GRID("grid", "网格");

    private final String key;
    private final String chinese;

    OrgLevel(String key, String chinese) {
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

    /** @return the level a parent of this level must have; empty for districts */
    public Optional<OrgLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Parses the key, the Chinese name or the constant's name. */
    public static Optional<OrgLevel> parse(String text) {
        return BilingualKey.parse(OrgLevel.class, text);
    }
}
