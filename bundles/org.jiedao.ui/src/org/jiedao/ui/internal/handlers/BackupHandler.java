package org.jiedao.ui.internal.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.BackupException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.internal.Messages;

/**
 * File &gt; Back up database: an online backup in the background (officers keep working), for
 * district administrators.
 */
public final class BackupHandler {

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null && user.role() == Role.DISTRICT_ADMIN;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PersistenceService persistence,
            UISynchronize sync) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.Backup_chooseTitle);
        dialog.setMessage(Messages.Backup_chooseMessage);
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Job job = Job.create(Messages.Backup_jobName, monitor -> {
            monitor.beginTask(Messages.Backup_jobName, IStatus.OK);
            try {
                Path written = persistence.backup(Path.of(folder));
                sync.asyncExec(() -> MessageDialog.openInformation(shell.isDisposed() ? null : shell,
                        Messages.Backup_doneTitle, NLS.bind(Messages.Backup_done, written)));
                return Status.OK_STATUS;
            } catch (BackupException e) {
                sync.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell,
                        Messages.Backup_failedTitle, e.getMessage()));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
