package org.jiedao.eldercare.internal.contrib;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.internal.Messages;

/** Dashboard chart: bookings and attendance of each service this month. */
public final class ServiceUseWidget implements DashboardWidgetProvider {

    @Inject
    private Bookings bookings;

    @Override
    public WidgetData load(WidgetContext context) {
        List<String> categories = new ArrayList<>();
        List<Long> booked = new ArrayList<>();
        List<Long> attended = new ArrayList<>();
        for (Bookings.MonthlyUse m : bookings.monthly(null, YearMonth.now())) {
            categories.add(m.kind().displayName(context.locale()));
            booked.add(m.bookings());
            attended.add(m.attended());
        }
        return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, categories,
                List.of(new WidgetData.Series(Messages.Widget_booked, booked), new WidgetData.Series(Messages.Widget_attended, attended)));
    }
}
