package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.internal.Messages;

/** Dashboard table: ageing by community this year, ages today (60+, 80+, share of the population, living alone). */
public final class AgeingWidget implements DashboardWidgetProvider {

    @Inject
    private ElderRegistry registry;

    @Override
    public WidgetData load(WidgetContext context) {
        LocalDate today = LocalDate.now();
        List<List<String>> rows = new ArrayList<>();
        for (AgeingStats s : registry.stats(null, today.getYear(), today)) {
            rows.add(List.of(s.communityName(), s.population() == null ? "" : String.format("%,d", s.population()), String.format("%,d", s.aged60()),
                    String.format("%,d", s.aged80()), s.share60() == null ? "" : s.share60().toPlainString() + " %", String.format("%,d", s.livingAlone())));
        }
        return new WidgetData.Table(List.of(Messages.Col_community, Messages.Col_population, Messages.Col_aged60, Messages.Col_aged80,
                Messages.Col_share60, Messages.Col_livingAlone), rows);
    }
}
