package org.jiedao.exchange.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.security.UserAccount;
import org.jiedao.exchange.ExchangeService;

/** File &gt; Import…: the import wizard. */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ExchangeService exchange) {
        WizardDialog dialog = new WizardDialog(shell, new ImportWizard(exchange, null));
        dialog.setPageSize(720, 420);
        dialog.open();
    }
}
