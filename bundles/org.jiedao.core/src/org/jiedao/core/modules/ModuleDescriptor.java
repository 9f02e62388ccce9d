package org.jiedao.core.modules;

import java.net.URL;
import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.Version;

/**
 * A module as declared through the extension point {@code org.jiedao.core.modules}: one business
 * domain or third-party extension. Names and descriptions are already translated into the
 * language of the running platform.
 *
 * @param id          unique, stable module id (e.g. {@code org.jiedao.petitions})
 * @param name        localised name
 * @param description localised description, empty when none was given
 * @param category    the category the module is listed under
 * @param version     the module's version
 * @param icon        URL of the icon inside the contributing bundle, if any
 * @param contributor symbolic name of the bundle that declared the module
 */
public record ModuleDescriptor(String id, String name, String description, ModuleCategory category,
        Version version, Optional<URL> icon, String contributor) {

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(version, "version");
        description = description == null ? "" : description;
        icon = icon == null ? Optional.empty() : icon;
        Objects.requireNonNull(contributor, "contributor");
    }
}
