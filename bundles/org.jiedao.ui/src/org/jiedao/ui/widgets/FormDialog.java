package org.jiedao.ui.widgets;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.ui.api.ConcurrentChangeDialog;
import org.jiedao.ui.internal.Failures;

/**
 * The base of a record editor: a title area naming the record, a {@link FormBuilder} with the
 * fields, OK enabled exactly while every field is acceptable, and a save that may be refused. A
 * refusal (any runtime exception: a module's rule, a duplicate code, a record outside the user's
 * scope) is shown in the title area and the dialog stays open with everything the officer typed;
 * a {@link ConcurrentChangeException} offers to reload the record ({@link #reload()}) or to keep the
 * input on screen. The dialog closes with OK only after a save that succeeded.
 *
 * <pre>
 * final class StationDialog extends FormDialog {
 *     private Text name;
 *     StationDialog(Shell shell, Station station) { super(shell, Messages.Station_title, Messages.Station_message); ... }
 *     protected void createFields(FormBuilder form) {
 *         name = form.text(Messages.Station_name, true);
 *         name.setText(station.name());
 *     }
 *     protected void save() {
 *         stations.rename(station.id(), name.getText().strip());   // may throw: shown, dialog stays open
 *     }
 * }
 * </pre>
 */
public abstract class FormDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private FormBuilder form;

    /**
     * @param title   the window's title and the title area's heading (e.g. "编辑驿站 桂花社区创业驿站")
     * @param message the line under the heading saying what the dialog does
     */
    protected FormDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = Objects.requireNonNull(title);
        this.message = message;
        setHelpAvailable(false);
    }

    /** Adds the fields to the form and fills them from the record. */
    protected abstract void createFields(FormBuilder form);

    /**
     * Saves the fields (they are all acceptable when this is called). Throw to refuse: the exception's
     * message is shown and the dialog stays open.
     */
    protected abstract void save();

    /**
     * Called when a save met someone else's newer save and the officer chose to reload: read the record again
     * and put its values into the fields. The default closes the dialog without saving (the caller's table shows
     * the other change after its refresh).
     */
    protected void reload() {
        cancelPressed();
    }

    /** The form of this dialog (after it was created). */
    protected final FormBuilder form() {
        return form;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        setTitle(title);
        if (message != null) {
            setMessage(message);
        }
        form = new FormBuilder(body);
        createFields(form);
        form.addValidationListener(f -> setErrorMessage(null));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        form.bindEnabled(getButton(IDialogConstants.OK_ID));
    }

    @Override
    protected void okPressed() {
        if (!form.validateAll()) {
            setErrorMessage(form.firstError().orElse(null));
            return;
        }
        try {
            save();
        } catch (ConcurrentChangeException conflict) {
            if (ConcurrentChangeDialog.open(getShell(), conflict)) {
                reload();
            }
            return;
        } catch (RuntimeException refused) {
            ILog.of(FormDialog.class).log(new Status(IStatus.INFO, "org.jiedao.ui", "Save refused in " + title, refused));
            setErrorMessage(Failures.summary(refused));
            return;
        }
        super.okPressed();
    }
}
