package org.jiedao.core.org;

import java.util.List;
import java.util.Optional;

/**
 * The organisation units of the installation (an OSGi service): 区 → 街道 → 社区 → 网格, with their
 * history. Every change is recorded with who made it and when.
 */
public interface OrgUnitService {

    /** @return every unit in tree order (parents before children, siblings by code) */
    List<OrgUnit> list();

    /** @return the unit with this code */
    Optional<OrgUnit> find(String code);

    /** @return the unit with this code or, failing that, the one unit with this exact name */
    Optional<OrgUnit> findByCodeOrName(String codeOrName);

    /**
     * The unit a user names for a record of their own: by code or, failing that, by exact name,
     * within the signed-in user's scope (everywhere when nobody is signed in: setting up a data
     * folder, demo data).
     *
     * @param codeOrName the unit's code or name, as typed; surrounding blanks ignored
     * @return the unit
     * @throws OrgUnitException with a message in the user's language naming the value: blank, no
     *                          such unit, several units of that name, or a unit outside the user's scope
     * @since 1.1
     */
    OrgUnit findInScope(String codeOrName);

    /**
     * The units of the given levels within the signed-in user's scope (all of them when nobody is signed in), in the
     * order of {@link #list()}: the choices of a part's community filter or an editor's unit field.
     *
     * @since 1.2
     */
    List<OrgUnit> listInScope(OrgLevel... levels);

    /** @return the unit and everything below it, in tree order */
    List<OrgUnit> subtree(String code);

    /**
     * Creates a unit.
     *
     * @param parentCode the unit above; null for a district
     * @throws OrgUnitException when the code is taken or malformed, the name is blank, or the
     *                          parent is missing or not of the level directly above
     */
    OrgUnit create(String code, String name, OrgLevel level, String parentCode);

    /** Renames a unit. */
    OrgUnit rename(String code, String newName);

    /**
     * Moves a unit (with everything below it) under another parent of the level above.
     *
     * @throws OrgUnitException for a parent of the wrong level or below the unit itself
     */
    OrgUnit move(String code, String newParentCode);

    /** @return the unit's history, oldest first */
    List<OrgUnitChange> history(String code);
}
