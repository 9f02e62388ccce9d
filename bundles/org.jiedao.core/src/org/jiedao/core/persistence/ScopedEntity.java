package org.jiedao.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.jiedao.core.org.OrgUnit;

/**
 * Superclass of module entities that belong to an organisation unit (columns {@code UNIT_CODE}
 * and {@code UNIT_PATH}). The platform scopes them in the persistence layer: a signed-in user
 * reads only the rows of the units their role covers (a street officer: the street and
 * everything below it; a community worker: the community), whatever the query, and writing a
 * row outside that scope, or any row as an auditor, fails with {@link AccessDeniedException}.
 * District administrators and auditors without a unit see everything. Work done with nobody
 * signed in (setting up a data folder) is not scoped.
 */
@MappedSuperclass
public abstract class ScopedEntity {

    @Column(name = "UNIT_CODE", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "UNIT_PATH", nullable = false, length = 400)
    private String unitPath;

    /** Puts the record in {@code unit}. */
    public void setUnit(OrgUnit unit) {
        this.unitCode = unit.code();
        this.unitPath = unit.path();
    }

    /**
     * Puts the record in the unit of another record: a child beside its parent (a team in its contest's
     * unit, a booking in its service's), without looking the unit up.
     *
     * @since 1.2
     */
    public void setUnitOf(ScopedEntity other) {
        this.unitCode = other.unitCode;
        this.unitPath = other.unitPath;
    }

    public String getUnitCode() {
        return unitCode;
    }

    /** @return the unit's path of codes, e.g. {@code /320508/320508001/} */
    public String getUnitPath() {
        return unitPath;
    }
}
