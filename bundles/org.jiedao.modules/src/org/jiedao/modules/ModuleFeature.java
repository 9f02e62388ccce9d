package org.jiedao.modules;

/**
 * A module as p2 knows it: a feature, installed in this product or offered by a repository.
 *
 * @param id          the module id: the feature id without a trailing {@code .feature} (feature
 *                    {@code org.jiedao.petitions.feature}, IU {@code org.jiedao.petitions.feature.feature.group}: module
 *                    {@code org.jiedao.petitions}), the id the module declares in {@code org.jiedao.core.modules} and
 *                    what every {@code modules} command takes (the feature id and the IU id are accepted as aliases)
 * @param version     its version
 * @param name        its name in the user's language
 * @param vendor      who ships it
 * @param description its description in the user's language (may be empty)
 */
public record ModuleFeature(String id, String version, String name, String vendor, String description) {
}
