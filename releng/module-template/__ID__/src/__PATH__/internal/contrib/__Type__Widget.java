package __ID__.internal.contrib;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import __ID__.__Type__Service;
import __ID__.internal.Messages;

/** Dashboard card: how many entries the user's units have. */
public final class __Type__Widget implements DashboardWidgetProvider {

    private final __Type__Service entries;

    @Inject
    public __Type__Widget(__Type__Service entries) {
        this.entries = entries;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        return WidgetData.Figure.of(entries.count(), "", Messages.Widget_entries);
    }
}
