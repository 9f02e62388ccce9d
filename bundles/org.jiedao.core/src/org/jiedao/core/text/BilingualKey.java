package org.jiedao.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * A value with a stable English key (for files, command lines, scripts) and a Chinese name
 * (for officers), such as a role or an organisation level. Enums implement it and get parsing of
 * either form and a display name in the user's language; modules use it for their own value
 * lists (channels, kinds, grades) instead of writing the same code again.
 */
public interface BilingualKey {

    /** @return the English key, e.g. {@code street-officer} */
    String key();

    /** @return the Chinese name, e.g. 街道工作人员 */
    String chinese();

    /**
     * @return the English name for people (tables, forms, reports, sentences), in lower case as it reads inside a
     *         sentence: by default the key in words (street-officer → street officer); an enum overrides it where
     *         its key is not English (the appraisal indicators 德能勤绩廉: de → integrity …)
     * @since 1.2
     */
    default String english() {
        return key().replace('-', ' ').replace('_', ' ').strip();
    }

    /**
     * @return the Chinese name for a Chinese locale, else the {@linkplain #english() English name}; files, command
     *         options and machine-readable output ({@code --format tsv|json}) use the {@link #key()} instead
     */
    default String displayName(Locale locale) {
        return LocalizedMessages.isChinese(locale) ? chinese() : english();
    }

    /**
     * Parses the key (any case), the Chinese name, the English name (any case) or the enum constant's
     * name, ignoring blanks around it.
     */
    static <E extends Enum<E> & BilingualKey> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.key().equalsIgnoreCase(t) || value.chinese().equals(t) || value.name().equalsIgnoreCase(t)
                    || value.english().equalsIgnoreCase(t)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
