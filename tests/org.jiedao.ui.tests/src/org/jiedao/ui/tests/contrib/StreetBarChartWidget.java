package org.jiedao.ui.tests.contrib;

import java.util.List;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.dashboard.WidgetData.Chart.Kind;
import org.jiedao.core.dashboard.WidgetData.Series;

/** A bar chart with Chinese categories and two series. */
public final class StreetBarChartWidget implements DashboardWidgetProvider {

    @Override
    public WidgetData load(WidgetContext context) {
        return new WidgetData.Chart(Kind.BAR, List.of("沧浪街道", "平江街道", "金阊街道"),
                List.of(new Series("来信", List.of(12, 7, 9)), new Series("已办结", List.of(10, 5, 9))));
    }
}
