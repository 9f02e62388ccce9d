package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.internal.Messages;

/** Dashboard figure: older elders without a younger elder, and those living alone without a visit in the settings' days (default 14; an alert). */
public final class PairsWidget implements DashboardWidgetProvider {

    @Inject
    private MutualAid aid;
    @Inject
    private org.jiedao.eldercare.EldercareSettings settings;

    @Override
    public WidgetData load(WidgetContext context) {
        LocalDate today = LocalDate.now();
        int unpaired = aid.unpaired(null, today).size();
        int days = settings.rules().unvisitedDays();
        int unvisited = aid.unvisited(days, today).size();
        return new WidgetData.Figure(String.format("%,d", unpaired), "", NLS.bind(Messages.Widget_unpaired, unvisited, days), unvisited > 0);
    }
}
