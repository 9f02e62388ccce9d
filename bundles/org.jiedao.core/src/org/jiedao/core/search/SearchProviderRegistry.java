package org.jiedao.core.search;

import java.util.List;

/**
 * The search providers of the installed modules, read from the extension point
 * {@link #EXTENSION_POINT}. Available as an OSGi service. Malformed declarations are logged with
 * the contributing bundle and skipped.
 */
public interface SearchProviderRegistry {

    /** Extension point id. */
    String EXTENSION_POINT = "org.jiedao.core.searchProviders";

    /** @return every valid provider, by name */
    List<SearchProviderDescriptor> providers();
}
