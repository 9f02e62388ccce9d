package org.jiedao.ui.widgets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link RecordTable}'s filter row asks for: per column, a text the value must contain or a
 * choice it must equal. All conditions must hold. Immutable.
 */
public final class Filter {

    /** How a column's filter text is matched. */
    public enum Match {
        /** the value contains the text, ignoring case */
        CONTAINS,
        /** the value is the text (a choice from a list) */
        EQUALS
    }

    /** One column's condition. */
    public record Condition(Match match, String value) {
        public Condition {
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(value, "value");
        }
    }

    /** No condition: every row. */
    public static final Filter NONE = new Filter(Map.of());

    private final Map<String, Condition> conditions;

    private Filter(Map<String, Condition> conditions) {
        this.conditions = conditions;
    }

    /** A filter that also requires column {@code column} to match {@code condition}; a blank value removes the column's condition. */
    public Filter with(String column, Match match, String value) {
        Map<String, Condition> next = new LinkedHashMap<>(conditions);
        if (value == null || value.isBlank()) {
            next.remove(column);
        } else {
            next.put(Objects.requireNonNull(column), new Condition(match, value.strip()));
        }
        return new Filter(Collections.unmodifiableMap(next));
    }

    /** Column id to condition, in the order they were given. */
    public Map<String, Condition> conditions() {
        return conditions;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter f && f.conditions.equals(conditions);
    }

    @Override
    public int hashCode() {
        return conditions.hashCode();
    }

    @Override
    public String toString() {
        return "Filter" + conditions;
    }
}
