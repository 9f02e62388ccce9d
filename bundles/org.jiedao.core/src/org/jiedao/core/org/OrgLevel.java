package org.jiedao.core.org;

import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the organisation: 区 district → 街道 street → 社区 community → 网格 grid. Each
 * level's units sit directly below a unit of the level above; districts are roots.
 */
public enum OrgLevel {
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

    /** @return the English key used in files and on the command line, e.g. {@code street} */
    public String key() {
        return key;
    }

    /** @return the Chinese name, e.g. 街道 */
    public String chinese() {
        return chinese;
    }

    /** @return the level a parent of this level must have; empty for districts */
    public Optional<OrgLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** @return the name in the user's language */
    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : key;
    }

    /**
     * Parses the English key or the Chinese name (district|street|community|grid, 区|街道|社区|网格),
     * ignoring case and surrounding blanks.
     */
    public static Optional<OrgLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (OrgLevel level : values()) {
            if (level.key.equalsIgnoreCase(t) || level.chinese.equals(t) || level.name().equalsIgnoreCase(t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
