package org.jiedao.ui.tests.contrib;

import java.util.concurrent.atomic.AtomicInteger;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;

/** A figure that counts how often it was loaded, so a test sees a refresh reload it. */
public final class CountingFigureWidget implements DashboardWidgetProvider {

    public static final AtomicInteger LOADS = new AtomicInteger();

    @Override
    public WidgetData load(WidgetContext context) {
        if (!"zh".equals(context.locale().getLanguage())) {
            throw new IllegalStateException("expected the Chinese locale, got " + context.locale());
        }
        return new WidgetData.Figure(Integer.toString(LOADS.incrementAndGet()), "次", "仪表板加载次数", false);
    }
}
