package org.jiedao.eldercare.ui.internal;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;

/** What the module's parts share: an elder named by an officer, a refusal shown, a line asked for. */
final class Ui {

    private Ui() {
    }

    /** @return the id of the elder named by a record id or a resident ID number the user may see */
    static long elder(ElderRegistry registry, String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,12}")) {
            return registry.find(Long.parseLong(t)).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Common_noElder, t))).id();
        }
        try {
            return registry.findByIdNumber(t).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Common_noElder, t))).id();
        } catch (EldercareException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EldercareException(e.getMessage());
        }
    }

    /** Runs an action; a refusal is shown with its reason and changes nothing. Commits refresh the tables (RecordsRefresh). */
    static void guarded(Shell shell, String title, Runnable action) {
        try {
            action.run();
        } catch (EldercareException | ConcurrentChangeException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
    }

    /** @return the line the user entered, or null when cancelled */
    static String ask(Shell shell, String title, String prompt, String initial) {
        InputDialog dialog = new InputDialog(shell, title, prompt, initial, null);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }
}
