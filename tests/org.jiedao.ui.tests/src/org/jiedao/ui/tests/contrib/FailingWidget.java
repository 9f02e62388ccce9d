package org.jiedao.ui.tests.contrib;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;

/** Always fails: its card must show a short error, and the other cards must still render. */
public final class FailingWidget implements DashboardWidgetProvider {

    @Override
    public WidgetData load(WidgetContext context) {
        throw new IllegalStateException("测试组件故意失败");
    }
}
