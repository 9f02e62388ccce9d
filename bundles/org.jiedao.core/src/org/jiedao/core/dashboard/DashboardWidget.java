package org.jiedao.core.dashboard;

import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.Bundle;

/**
 * A dashboard widget declared through {@code org.jiedao.core.dashboardWidgets}, as read by
 * {@link DashboardWidgetRegistry}: every descriptor is complete (malformed declarations are skipped).
 */
public final class DashboardWidget {

    private final String id;
    private final String name;
    private final String moduleId;
    private final int order;
    private final Optional<String> permission;
    private final int columns;
    private final String contributor;
    private final Bundle bundle;
    private final String className;

    /** For the registry implementation; plugins read descriptors, they do not make them. */
    public DashboardWidget(String id, String name, String moduleId, int order, Optional<String> permission, int columns,
            String contributor, Bundle bundle, String className) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.order = order;
        this.permission = permission == null ? Optional.empty() : permission;
        this.columns = columns;
        this.contributor = Objects.requireNonNull(contributor, "contributor");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.className = Objects.requireNonNull(className, "className");
    }

    /** @return the unique id, e.g. {@code org.jiedao.petitions.open-by-street} */
    public String id() {
        return id;
    }

    /** @return the localised name, the title of the widget's card */
    public String name() {
        return name;
    }

    /** @return the id of the module the widget belongs to */
    public String moduleId() {
        return moduleId;
    }

    /** @return the position key, lower first */
    public int order() {
        return order;
    }

    /** @return the permission a user needs to see the widget; empty: everyone signed in */
    public Optional<String> permission() {
        return permission;
    }

    /** @return columns of the dashboard grid the card spans: 1 or 2 */
    public int columns() {
        return columns;
    }

    /** @return the symbolic name of the declaring bundle */
    public String contributor() {
        return contributor;
    }

    /**
     * Loads the provider class from the declaring bundle; instantiate it with the caller's
     * injector (the workbench uses its Eclipse context, so {@code @Inject} services work).
     */
    public Class<? extends DashboardWidgetProvider> providerClass() throws ClassNotFoundException {
        return bundle.loadClass(className).asSubclass(DashboardWidgetProvider.class);
    }

    /** @return the provider's class name as declared */
    public String className() {
        return className;
    }

    @Override
    public String toString() {
        return "DashboardWidget[" + id + " from " + contributor + "]";
    }
}
