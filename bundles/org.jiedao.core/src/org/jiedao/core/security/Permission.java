package org.jiedao.core.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares through {@code org.jiedao.core.permissions}, e.g.
 * {@code org.jiedao.petitions.handle} (see the petitioner's personal data).
 *
 * @param id          unique id, prefixed with the module id
 * @param name        localised name
 * @param description localised description
 * @param roles       the roles that have it (in their own units); district administrators have every permission
 * @param contributor the declaring bundle
 */
public record Permission(String id, String name, String description, Set<Role> roles, String contributor) {

    public Permission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        roles = Set.copyOf(roles);
        Objects.requireNonNull(contributor, "contributor");
    }
}
