package org.jiedao.core.tests.contrib;

import java.util.List;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;

/** A widget a third party would write: a table of the user's scope. */
public final class SampleWidget implements DashboardWidgetProvider {

    @Override
    public WidgetData load(WidgetContext context) {
        return new WidgetData.Table(List.of("scope", "language"),
                List.of(List.of(context.scope().pathPrefix(), context.locale().getLanguage())));
    }
}
