package org.jiedao.modules;

/**
 * A module as p2 knows it: a feature, installed in this product or offered by a repository.
 *
 * @param id          the feature id without {@code .feature.group} (what {@code modules install} takes)
 * @param version     its version
 * @param name        its name in the user's language
 * @param vendor      who ships it
 * @param description its description in the user's language (may be empty)
 */
public record ModuleFeature(String id, String version, String name, String vendor, String description) {
}
