package org.jiedao.security.internal.dashboard;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;

/** 我的组织单位: how many units the signed-in user works for (their unit and everything below it). */
public final class UnitsInScopeWidget implements DashboardWidgetProvider {

    private final OrgUnitService units;

    @Inject
    public UnitsInScopeWidget(OrgUnitService units) {
        this.units = units;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        List<OrgUnit> visible = ScopedUnits.of(units, context.scope());
        String caption = context.unitCode().flatMap(units::find)
                .map(unit -> NLS.bind(Messages.Units_captionUnder, unit.name()))
                .orElse(Messages.Units_captionAll);
        return WidgetData.Figure.of(visible.size(), Messages.Units_unit, caption);
    }
}
