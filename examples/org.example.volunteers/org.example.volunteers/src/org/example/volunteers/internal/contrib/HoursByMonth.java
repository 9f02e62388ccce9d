package org.example.volunteers.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.example.volunteers.internal.Messages;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.PersistenceService;

/** Dashboard card 志愿服务时长（近六个月）: hours served per month in the user's units, as a bar chart. */
public final class HoursByMonth implements DashboardWidgetProvider {

    private final PersistenceService persistence;

    @Inject
    public HoursByMonth(PersistenceService persistence) {
        this.persistence = persistence;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        YearMonth last = YearMonth.now();
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        for (int i = 5; i >= 0; i--) {
            months.put(last.minusMonths(i), BigDecimal.ZERO);
        }
        LocalDate from = last.minusMonths(5).atDay(1);
        List<Object[]> rows = persistence.read(em -> em.createQuery(
                "select h.event.heldOn, h.hours from VolunteerServiceHours h where h.event.heldOn >= :from", Object[].class)
                .setParameter("from", from).getResultList());
        for (Object[] r : rows) {
            months.computeIfPresent(YearMonth.from((LocalDate) r[0]), (m, sum) -> sum.add((BigDecimal) r[1]));
        }
        List<String> categories = new ArrayList<>();
        months.keySet().forEach(m -> categories.add(m.toString()));
        return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_hours, categories, List.copyOf(months.values()));
    }
}
