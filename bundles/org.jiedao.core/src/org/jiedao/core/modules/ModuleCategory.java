package org.jiedao.core.modules;

import java.util.Objects;

/**
 * A group of modules ({@code <category>} in {@code org.jiedao.core.modules}).
 *
 * @param id    category id, e.g. {@link #PLATFORM}
 * @param name  localised name
 * @param order sort key, lower first
 */
public record ModuleCategory(String id, String name, int order) {

    /** The platform's own services. */
    public static final String PLATFORM = "platform";
    /** Business modules (petitions, appraisal, eldercare, ...). */
    public static final String DOMAIN = "domain";
    /** Extensions, e.g. from third parties; also where modules of an unknown category go. */
    public static final String EXTENSION = "extension";

    public ModuleCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
