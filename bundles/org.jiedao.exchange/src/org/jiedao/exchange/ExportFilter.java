package org.jiedao.exchange;

/**
 * A filter an export accepts.
 *
 * @param name        the option's name without {@code --}, e.g. {@code unit}
 * @param description what it does, in the user's language (shown by {@code jiedao-cli formats ID})
 */
public record ExportFilter(String name, String description) {
}
