package org.jiedao.core.search;

import java.util.List;
import java.util.Locale;

/**
 * Finds a module's records for the workbench's search field. Declared with the extension point
 * {@code org.jiedao.core.searchProviders}; the class needs a public constructor without arguments
 * or with {@code @jakarta.inject.Inject}, and OSGi services may be injected with {@code @Inject}.
 * <p>
 * Called in a background job, never on the UI thread, possibly for every few key strokes: answer
 * quickly and return at most {@code limit} hits, best first. Query through the
 * {@link org.jiedao.core.persistence.PersistenceService} so the user's org-unit scope applies.
 * An exception affects this provider's results only.
 */
@FunctionalInterface
public interface SearchProvider {

    /**
     * @param query  what the user typed, stripped, never empty
     * @param limit  the most hits wanted
     * @param locale the language of the user interface
     * @return the hits, best first
     * @throws Exception when the search fails (the workbench says so under the provider's name)
     */
    List<SearchHit> search(String query, int limit, Locale locale) throws Exception;
}
