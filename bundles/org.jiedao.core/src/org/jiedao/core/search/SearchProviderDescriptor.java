package org.jiedao.core.search;

import java.util.Objects;

import org.osgi.framework.Bundle;

/**
 * A search provider declared through {@code org.jiedao.core.searchProviders}, as read by
 * {@link SearchProviderRegistry}.
 */
public final class SearchProviderDescriptor {

    private final String id;
    private final String name;
    private final String moduleId;
    private final String contributor;
    private final Bundle bundle;
    private final String className;

    /** For the registry implementation; plugins read descriptors, they do not make them. */
    public SearchProviderDescriptor(String id, String name, String moduleId, String contributor, Bundle bundle,
            String className) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.contributor = Objects.requireNonNull(contributor, "contributor");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.className = Objects.requireNonNull(className, "className");
    }

    /** @return the unique id, e.g. {@code org.jiedao.platform.orgunits} */
    public String id() {
        return id;
    }

    /** @return the localised name, e.g. 组织单位 */
    public String name() {
        return name;
    }

    /** @return the id of the module the provider belongs to (results are grouped by module) */
    public String moduleId() {
        return moduleId;
    }

    /** @return the symbolic name of the declaring bundle */
    public String contributor() {
        return contributor;
    }

    /** @return the provider's class name as declared */
    public String className() {
        return className;
    }

    /**
     * Loads the provider class from the declaring bundle; instantiate it with the caller's injector.
     */
    public Class<? extends SearchProvider> providerClass() throws ClassNotFoundException {
        return bundle.loadClass(className).asSubclass(SearchProvider.class);
    }

    @Override
    public String toString() {
        return "SearchProvider[" + id + " from " + contributor + "]";
    }
}
