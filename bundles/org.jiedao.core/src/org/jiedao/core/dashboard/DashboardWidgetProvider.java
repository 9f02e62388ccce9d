package org.jiedao.core.dashboard;

/**
 * Computes the data of one dashboard widget. Declared with the extension point
 * {@code org.jiedao.core.dashboardWidgets}; the class needs a public constructor without arguments
 * or with {@code @jakarta.inject.Inject}, and OSGi services (such as
 * {@link org.jiedao.core.persistence.PersistenceService}) may be injected with {@code @Inject}.
 * <p>
 * {@link #load(WidgetContext)} runs in a background job, never on the UI thread, and again at
 * every refresh. Read module data through the {@code PersistenceService}: it applies the
 * signed-in user's org-unit scope, so a community worker's dashboard shows their community only.
 * An exception is shown in the widget's card as a short error; the other widgets are unaffected.
 */
@FunctionalInterface
public interface DashboardWidgetProvider {

    /**
     * @param context the user's locale and data scope
     * @return what the widget shows
     * @throws Exception when the data cannot be computed (shown as an error in the card)
     */
    WidgetData load(WidgetContext context) throws Exception;
}
