package org.jiedao.ui.api;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.jiedao.core.search.SearchHit;

/**
 * Opens a record that the workbench's search found, for one record type (extension point
 * {@code org.jiedao.ui.recordOpeners}): shows it in the module's part, selects it, or opens a
 * dialog. Called on the UI thread. The class needs a public constructor without arguments or with
 * {@code @jakarta.inject.Inject}; workbench and OSGi services may be injected, and the context
 * passed in is the workbench window's (use it for {@code EPartService}, {@code ESelectionService},
 * the active shell).
 * <p>
 * Without an opener for a record type the workbench shows the hit's title, subtitle, type and id.
 */
@FunctionalInterface
public interface RecordOpener {

    /**
     * @param hit     the record to open
     * @param context the workbench window's context
     */
    void open(SearchHit hit, IEclipseContext context);
}
