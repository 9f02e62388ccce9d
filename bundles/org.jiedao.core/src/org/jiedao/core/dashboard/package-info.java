/**
 * Dashboard widgets, headless: a module contributes a {@link org.jiedao.core.dashboard.DashboardWidgetProvider}
 * through the extension point {@code org.jiedao.core.dashboardWidgets}; the provider returns plain
 * {@link org.jiedao.core.dashboard.WidgetData} (a figure, a table or a chart) and the workbench draws
 * it. Providers never touch SWT, so domain bundles without a user interface contribute them too.
 */
package org.jiedao.core.dashboard;
