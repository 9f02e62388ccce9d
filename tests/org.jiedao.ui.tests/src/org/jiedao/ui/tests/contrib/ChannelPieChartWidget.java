package org.jiedao.ui.tests.contrib;

import java.util.List;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.dashboard.WidgetData.Chart.Kind;

/** A pie chart of petition channels. */
public final class ChannelPieChartWidget implements DashboardWidgetProvider {

    @Override
    public WidgetData load(WidgetContext context) {
        return WidgetData.Chart.of(Kind.PIE, "渠道", List.of("信箱", "微信", "热线"), List.of(45, 30, 25));
    }
}
