package org.jiedao.ui.bench;

import java.util.ArrayList;
import java.util.List;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;

/** Open cases by status and their average days open: one GROUP BY over the whole table. */
public final class CasesByStatusWidget implements DashboardWidgetProvider {

    @Override
    public WidgetData load(WidgetContext context) {
        List<Object[]> rows = Services.await(PersistenceService.class).read(em -> em.createQuery(
                "select c.status, count(c), avg(c.daysOpen) from CaseRecord c group by c.status order by c.status", Object[].class)
                .getResultList());
        List<String> categories = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        for (Object[] row : rows) {
            categories.add((String) row[0]);
            counts.add((Long) row[1]);
            days.add(((Number) row[2]).doubleValue());
        }
        return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, categories,
                List.of(new WidgetData.Series("件数", counts), new WidgetData.Series("平均已办天数", days)));
    }
}
