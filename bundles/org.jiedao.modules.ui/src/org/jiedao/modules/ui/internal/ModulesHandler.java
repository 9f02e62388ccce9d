package org.jiedao.modules.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.UserAccount;
import org.jiedao.modules.ModuleManager;

/** Tools &gt; Modules…: for district administrators, who install and update modules. */
public final class ModulesHandler {

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null && user.role() == Role.DISTRICT_ADMIN;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ModuleManager manager,
            @Optional IWorkbench workbench) {
        new ModulesDialog(shell, manager, workbench == null ? null : () -> workbench.restart()).open();
    }
}
