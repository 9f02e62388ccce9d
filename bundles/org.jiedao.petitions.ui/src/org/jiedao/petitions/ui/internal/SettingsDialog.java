package org.jiedao.petitions.ui.internal;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionService;

/**
 * 民意邮局 › 设置…: the deadlines (default 15 days, 3 when urgent, "due soon" 2 days before), the
 * attachment size limit and the category list, all stored in the database for the installation. Only
 * district administrators change them; others see them read-only. Categories are added and removed at
 * once (petitions keep theirs); deadlines and the limit when OK is pressed.
 */
public final class SettingsDialog extends TitleAreaDialog {

    /** Widget data keys (for tests). */
    public static final String NORMAL = "jiedao.petitions.settings.normal", URGENT = "jiedao.petitions.settings.urgent",
            SOON = "jiedao.petitions.settings.soon", LIMIT = "jiedao.petitions.settings.limit", CATEGORIES = "jiedao.petitions.settings.categories";

    private final PetitionService petitions;
    private final boolean admin;
    private Spinner normal, urgent, soon, limit;
    private List categories;

    public SettingsDialog(Shell parent, PetitionService petitions, boolean admin) {
        super(parent);
        this.petitions = petitions;
        this.admin = admin;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Settings_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Settings_title);
        setMessage(admin ? Messages.Settings_message : Messages.Settings_readOnly);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Group deadlines = new Group(body, SWT.NONE);
        deadlines.setText(Messages.Settings_deadlines);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(deadlines);
        GridDataFactory.fillDefaults().grab(false, false).applyTo(deadlines);
        Deadlines d = petitions.deadlines();
        normal = spinner(deadlines, Messages.Settings_normal, NORMAL, d.normalDays(), 1, 365, Messages.Settings_days);
        urgent = spinner(deadlines, Messages.Settings_urgent, URGENT, d.urgentDays(), 1, 365, Messages.Settings_days);
        soon = spinner(deadlines, Messages.Settings_soon, SOON, d.dueSoonDays(), 0, 30, Messages.Settings_days);
        limit = spinner(deadlines, Messages.Settings_limit, LIMIT, (int) Math.round(petitions.attachmentLimit() / 1024.0 / 1024.0 * 10), 1,
                (int) (PetitionService.ATTACHMENT_LIMIT_CEILING / 1024 / 1024 * 10), "MB");
        limit.setDigits(1);

        Group list = new Group(body, SWT.NONE);
        list.setText(Messages.Settings_categories);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(list);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        categories = new List(list, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        categories.setData(CATEGORIES, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 2).hint(160, 180).applyTo(categories);
        Button add = new Button(list, SWT.PUSH);
        add.setText(Messages.Settings_add);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        Button remove = new Button(list, SWT.PUSH);
        remove.setText(Messages.Settings_remove);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        loadCategories();
        add.addListener(SWT.Selection, e -> {
            InputDialog ask = new InputDialog(getShell(), Messages.Settings_add, Messages.Settings_categoryName, "",
                    t -> t.isBlank() ? Messages.Ask_required : t.strip().length() > 50 ? Messages.Settings_tooLong : null);
            if (ask.open() == Window.OK && change(() -> petitions.addCategory(ask.getValue()))) {
                loadCategories();
            }
        });
        remove.addListener(SWT.Selection, e -> {
            int i = categories.getSelectionIndex();
            if (i >= 0 && change(() -> petitions.removeCategory(categories.getItem(i)))) {
                loadCategories();
            }
        });
        for (Control c : new Control[] { normal, urgent, soon, limit, add, remove }) {
            c.setEnabled(admin);
        }
        return area;
    }

    private void loadCategories() {
        categories.setItems(petitions.categories().toArray(String[]::new));
    }

    /** Runs a change; a refusal shows in the dialog's message line. @return whether it was done */
    private boolean change(Runnable change) {
        try {
            change.run();
            setErrorMessage(null);
            return true;
        } catch (PetitionException | AccessDeniedException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    @Override
    protected void okPressed() {
        if (!admin) {
            super.okPressed();
            return;
        }
        Deadlines next = new Deadlines(normal.getSelection(), urgent.getSelection(), soon.getSelection());
        long bytes = Math.round(limit.getSelection() / 10.0 * 1024 * 1024);
        if (change(() -> {
            if (!next.equals(petitions.deadlines())) {
                petitions.setDeadlines(next);
            }
            if (bytes != petitions.attachmentLimit()) {
                petitions.setAttachmentLimit(bytes);
            }
        })) {
            super.okPressed();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (admin) {
            super.createButtonsForButtonBar(parent);
        } else {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }

    private static Spinner spinner(Composite parent, String label, String key, int value, int min, int max, String unit) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setData(key, Boolean.TRUE);
        s.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 5);
        new Label(parent, SWT.NONE).setText(unit);
        return s;
    }

}
