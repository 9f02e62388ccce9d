package org.jiedao.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.ui.internal.dialogs.AboutDialog;

/** Help &gt; About. */
public final class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ModuleRegistry registry) {
        new AboutDialog(shell, registry).open();
    }
}
