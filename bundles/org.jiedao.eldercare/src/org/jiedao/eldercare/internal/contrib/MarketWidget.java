package org.jiedao.eldercare.internal.contrib;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.eldercare.Markets;

/** Dashboard chart: the 幸福里便民集市 of the last six months, visitors and residents served at the stalls. */
public final class MarketWidget implements DashboardWidgetProvider {

    static final int MONTHS = 6;

    @Inject
    private Markets markets;

    @Override
    public WidgetData load(WidgetContext context) {
        List<String> categories = new ArrayList<>();
        List<Long> visitors = new ArrayList<>();
        List<Long> served = new ArrayList<>();
        for (Markets.MonthlyFigure m : markets.monthly(YearMonth.now(), MONTHS)) {
            categories.add(m.month().toString());
            visitors.add(m.visitors());
            served.add(m.served());
        }
        return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, categories,
                List.of(new WidgetData.Series(Messages.Widget_visitors, visitors), new WidgetData.Series(Messages.Widget_served, served)));
    }
}
