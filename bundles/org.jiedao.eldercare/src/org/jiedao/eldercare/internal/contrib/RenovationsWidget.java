package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.internal.Messages;

/** Dashboard chart: renovation applications by status, and those past their step's deadline. */
public final class RenovationsWidget implements DashboardWidgetProvider {

    @Inject
    private Renovations renovations;

    @Override
    public WidgetData load(WidgetContext context) {
        Map<RenovationStatus, Integer> byStatus = new TreeMap<>();
        int overdue = 0;
        for (Renovation r : renovations.list(null, false, LocalDate.now())) {
            byStatus.merge(r.status(), 1, Integer::sum);
            overdue += r.overdue() ? 1 : 0;
        }
        List<String> categories = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (RenovationStatus s : RenovationStatus.values()) {
            categories.add(s.displayName(context.locale()));
            values.add(byStatus.getOrDefault(s, 0));
        }
        categories.add(Messages.Col_overdue);
        values.add(overdue);
        return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_renovations, categories, values);
    }
}
