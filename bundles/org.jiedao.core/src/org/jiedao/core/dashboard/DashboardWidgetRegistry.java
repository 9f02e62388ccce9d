package org.jiedao.core.dashboard;

import java.util.List;

/**
 * The dashboard widgets of the installed modules, read from the extension point
 * {@link #EXTENSION_POINT}. Available as an OSGi service. Malformed declarations are logged with
 * the contributing bundle and skipped; the result follows bundles being installed and removed.
 */
public interface DashboardWidgetRegistry {

    /** Extension point id. */
    String EXTENSION_POINT = "org.jiedao.core.dashboardWidgets";

    /** @return every valid widget, by order, then by name */
    List<DashboardWidget> widgets();

    /**
     * @return the widgets the signed-in user may see: those without a permission, and those whose
     *         permission the user has in their unit
     *         ({@link org.jiedao.core.security.SecurityService#isPermitted(String, String)}); a
     *         user of the whole installation (no unit) sees a widget whose permission their role
     *         has. Nobody signed in: only widgets without a permission.
     */
    List<DashboardWidget> visibleWidgets();
}
