package org.jiedao.ui.internal.search;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.search.SearchHit;
import org.jiedao.ui.api.RecordOpener;
import org.jiedao.ui.internal.Failures;
import org.jiedao.ui.internal.Messages;

/**
 * Opens a search hit with the opener registered for its record type (extension point
 * {@value #EXTENSION_POINT}); without one, shows the hit's details. A malformed declaration or an
 * opener that fails is logged; the user gets a short message.
 */
public final class RecordOpeners {

    /** Extension point id. */
    public static final String EXTENSION_POINT = "org.jiedao.ui.recordOpeners";

    private RecordOpeners() {
    }

    static void open(SearchHit hit, String providerName, IEclipseContext context) {
        Shell shell = activeShell(context);
        IConfigurationElement declaration = find(hit.recordType());
        if (declaration == null) {
            DetailsDialog.forHit(shell, hit, providerName).open();
            return;
        }
        try {
            RecordOpener opener = Contributions.create(declaration, "class", RecordOpener.class, context);
            opener.open(hit, context);
        } catch (Exception | LinkageError e) {
            ILog.of(RecordOpeners.class).error("The record opener for '" + hit.recordType() + "' from bundle '"
                    + declaration.getContributor().getName() + "' failed on record '" + hit.recordId() + "'", e);
            MessageDialog.openError(shell, Messages.Hit_openFailedTitle,
                    NLS.bind(Messages.Hit_openFailed, hit.title(), Failures.summary(e)));
        }
    }

    private static IConfigurationElement find(String recordType) {
        List<IConfigurationElement> matches = new java.util.ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            String type = element.getAttribute("recordType");
            String className = element.getAttribute("class");
            if (type == null || type.isBlank() || className == null || className.isBlank()) {
                ILog.of(RecordOpeners.class).warn("Skipped a record opener from bundle '" + element.getContributor().getName()
                        + "': 'recordType' and 'class' are required.");
                continue;
            }
            if (type.strip().equals(recordType)) {
                matches.add(element);
            }
        }
        if (matches.size() > 1) {
            ILog.of(RecordOpeners.class).warn("Several record openers for '" + recordType + "'; using the one from bundle '"
                    + matches.get(0).getContributor().getName() + "'.");
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    private static Shell activeShell(IEclipseContext context) {
        Object shell = context.getActiveLeaf().get(IServiceConstants.ACTIVE_SHELL);
        if (shell instanceof Shell s && !s.isDisposed()) {
            return s;
        }
        return Display.getCurrent().getActiveShell();
    }
}
