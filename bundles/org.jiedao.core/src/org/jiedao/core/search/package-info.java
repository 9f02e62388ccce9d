/**
 * Search across modules: each module contributes a {@link org.jiedao.core.search.SearchProvider}
 * through the extension point {@code org.jiedao.core.searchProviders}; the workbench asks all of
 * them in the background and lists the {@link org.jiedao.core.search.SearchHit hits} grouped by
 * module. Providers are headless.
 */
package org.jiedao.core.search;
