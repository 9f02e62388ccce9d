package org.jiedao.security.internal.dashboard;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.dashboard.WidgetData.Chart.Kind;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;

/** 组织单位（按层级）: a bar per level (区, 街道, 社区, 网格) counting the units the user's scope covers. */
public final class OrgUnitsByLevelWidget implements DashboardWidgetProvider {

    private final OrgUnitService units;

    @Inject
    public OrgUnitsByLevelWidget(OrgUnitService units) {
        this.units = units;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        List<OrgUnit> visible = ScopedUnits.of(units, context.scope());
        List<String> levels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (OrgLevel level : OrgLevel.values()) {
            levels.add(level.displayName(context.locale()));
            counts.add((int) visible.stream().filter(u -> u.level() == level).count());
        }
        return WidgetData.Chart.of(Kind.BAR, Messages.Units_series, levels, counts);
    }
}
