package org.jiedao.petitions;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The 急难愁盼 flags of a petition (none: normal). Written as the Chinese characters in their
 * fixed order ({@code 急难}); read from the characters in any order and with separators
 * ({@code 急、难}, {@code 急,盼}) or from the English keys ({@code urgent,difficult}).
 *
 * @param flags the flags set
 */
public record Urgency(Set<UrgencyFlag> flags) {

    /** No flag: the normal deadline. */
    public static final Urgency NORMAL = new Urgency(Set.of());

    public Urgency {
        EnumSet<UrgencyFlag> copy = EnumSet.noneOf(UrgencyFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    public static Urgency of(UrgencyFlag... flags) {
        return new Urgency(flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags));
    }

    /** @return whether 急 is set: the short deadline applies */
    public boolean isUrgent() {
        return flags.contains(UrgencyFlag.URGENT);
    }

    /** @return the flags as characters in the order 急难愁盼, empty for normal */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (UrgencyFlag flag : flags) {
            text.append(flag.chinese());
        }
        return text.toString();
    }

    /**
     * @return the flags, or empty when the text is not made of 急难愁盼 characters or keys (a blank
     *         text is {@link #NORMAL})
     */
    public static Optional<Urgency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NORMAL);
        }
        EnumSet<UrgencyFlag> flags = EnumSet.noneOf(UrgencyFlag.class);
        String t = text.strip();
        if (t.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            for (String word : t.split("[\\s,;、，/|+]+")) {
                Optional<UrgencyFlag> flag = UrgencyFlag.parse(word);
                if (word.isEmpty()) {
                    continue;
                }
                if (flag.isEmpty()) {
                    return Optional.empty();
                }
                flags.add(flag.get());
            }
            return Optional.of(new Urgency(flags));
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (" ,;、，/|+".indexOf(c) >= 0) {
                continue;
            }
            Optional<UrgencyFlag> flag = UrgencyFlag.parse(String.valueOf(c));
            if (flag.isEmpty()) {
                return Optional.empty();
            }
            flags.add(flag.get());
        }
        return Optional.of(new Urgency(flags));
    }

    @Override
    public String toString() {
        return text();
    }
}
