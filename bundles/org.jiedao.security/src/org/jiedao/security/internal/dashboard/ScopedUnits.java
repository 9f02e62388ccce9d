package org.jiedao.security.internal.dashboard;

import java.util.List;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;

/** The org units inside a data scope: organisation units are not scoped entities, so this filter is explicit. */
final class ScopedUnits {

    private ScopedUnits() {
    }

    static List<OrgUnit> of(OrgUnitService units, DataScope scope) {
        return units.list().stream().filter(unit -> scope.covers(unit.path())).toList();
    }
}
