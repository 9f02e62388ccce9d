package org.jiedao.ui.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.internal.dialogs.SignInDialog;

/**
 * The workbench's life cycle (product property {@code lifeCycleURI}): nobody sees the workbench
 * without signing in. The database opens in the background while the sign-in dialog is shown.
 * Cancelling ends the application without opening a window.
 */
public final class SignInLifeCycle {

    private UserAccount account;

    @PostContextCreate
    void signIn(IEclipseContext context, SecurityService security) {
        CompletableFuture<Boolean> hasUsers = CompletableFuture.supplyAsync(security::hasUsers);
        Display display = Display.getCurrent();
        Shell parent = new Shell(display);
        try {
            SignInDialog dialog = new SignInDialog(parent, security, hasUsers);
            if (dialog.open() == Window.OK) {
                account = dialog.account().orElse(null);
            }
        } finally {
            parent.dispose();
        }
        if (account != null) {
            context.set(UserAccount.class, account);
        }
    }

    @ProcessAdditions
    void closeUnlessSignedIn(MApplication application) {
        if (account == null) {
            // no window to render: the workbench ends at once
            application.getChildren().clear();
        }
    }
}
