package org.jiedao.ui.api;

import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.ui.internal.Messages;

/**
 * What an editor shows when its save met someone else's newer save
 * ({@link ConcurrentChangeException}): the plain explanation and the choice to reload the record
 * now or to keep the user's input on screen (to copy it) and reload later.
 *
 * <pre>
 * try {
 *     petitions.save(edited);
 * } catch (ConcurrentChangeException e) {
 *     if (ConcurrentChangeDialog.open(shell, e)) {
 *         edited = petitions.find(edited.id());   // reload: their change is shown
 *         refresh();
 *     }
 * }
 * </pre>
 */
public final class ConcurrentChangeDialog {

    /** The index of the "reload" button. */
    public static final int RELOAD = 0;

    private ConcurrentChangeDialog() {
    }

    /**
     * Shows the conflict and waits for the user's choice.
     *
     * @return true when the user chose to reload the record
     */
    public static boolean open(Shell shell, ConcurrentChangeException conflict) {
        MessageDialog dialog = new MessageDialog(shell, Messages.Conflict_title, null, conflict.message(Locale.getDefault()),
                MessageDialog.WARNING, RELOAD, Messages.Conflict_reload, Messages.Conflict_keep);
        return dialog.open() == RELOAD;
    }
}
