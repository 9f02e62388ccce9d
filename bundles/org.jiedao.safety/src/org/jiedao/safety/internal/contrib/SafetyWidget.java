package org.jiedao.safety.internal.contrib;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.safety.SafetyService;
import org.jiedao.safety.internal.Messages;

/** Dashboard card: how many entries the user's units have. */
public final class SafetyWidget implements DashboardWidgetProvider {

    private final SafetyService entries;

    @Inject
    public SafetyWidget(SafetyService entries) {
        this.entries = entries;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        return WidgetData.Figure.of(entries.count(), "", Messages.Widget_entries);
    }
}
