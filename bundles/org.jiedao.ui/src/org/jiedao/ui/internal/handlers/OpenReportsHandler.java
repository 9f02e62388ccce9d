package org.jiedao.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.security.UserAccount;
import org.jiedao.reports.ReportService;
import org.jiedao.ui.internal.reports.ReportsDialog;

/** File &gt; Reports…: every signed-in user; the dialog lists the reports they may see. */
public final class OpenReportsHandler {

    @CanExecute
    public boolean canExecute(@Optional UserAccount user, @Optional ReportService reports) {
        return user != null && reports != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ReportService reports, ModuleRegistry modules) {
        new ReportsDialog(shell, reports, modules).open();
    }
}
