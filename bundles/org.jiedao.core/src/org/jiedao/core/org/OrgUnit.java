package org.jiedao.core.org;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation unit as modules see it.
 *
 * @param code       stable code, unique in the installation (e.g. {@code 320508001})
 * @param name       Chinese name (e.g. 沧浪街道)
 * @param level      district, street, community or grid
 * @param parentCode code of the unit above, empty for a district
 * @param path       codes from the root down to this unit, as {@code /320508/320508001/}: a unit's
 *                   subtree is every unit whose path starts with its path
 */
public record OrgUnit(String code, String name, OrgLevel level, Optional<String> parentCode, String path) {

    public OrgUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        parentCode = parentCode == null ? Optional.empty() : parentCode;
        Objects.requireNonNull(path, "path");
    }

    /** @return whether {@code other} is this unit or below it */
    public boolean contains(OrgUnit other) {
        return other.path().startsWith(path);
    }

    /** @return the depth, 0 for a district */
    public int depth() {
        return level.ordinal();
    }
}
