package org.jiedao.eldercare.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
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
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EldercareSettings;
import org.jiedao.eldercare.EldercareSettings.Rules;

/**
 * 为老服务 › 设置…: the renovation steps' deadlines, the ages of mutual-aid pairs, how many older elders a younger one looks
 * after, the days without a visit after which an older elder living alone stands out, and the elder categories. Street
 * officers and administrators change them (the rules when OK is pressed, a category at once); others see them read-only.
 */
public final class SettingsDialog extends TitleAreaDialog {

    /** Widget data keys of the spinners and the category list (for tests). */
    public static final String ASSESSMENT = "eldercare.settings.assessment", INSTALLATION = "eldercare.settings.installation",
            YOUNGER_FROM = "eldercare.settings.youngerFrom", YOUNGER_TO = "eldercare.settings.youngerTo", OLDER_FROM = "eldercare.settings.olderFrom",
            MAX_PER_YOUNGER = "eldercare.settings.maxPerYounger", UNVISITED = "eldercare.settings.unvisited", CATEGORIES = "eldercare.settings.categories",
            ADD = "eldercare.settings.add";

    /** The menu's handler. */
    public static final class Handler {
        @Execute
        public void execute(Shell shell, EldercareSettings settings, ElderRegistry registry, SecurityService security) {
            new SettingsDialog(shell, settings, registry, security.currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)).open();
        }
    }

    private final EldercareSettings settings;
    private final ElderRegistry registry;
    private final boolean officer;
    private Spinner assessment, installation, youngerFrom, youngerTo, olderFrom, maxPerYounger, unvisited;
    private List categories;

    public SettingsDialog(Shell parent, EldercareSettings settings, ElderRegistry registry, boolean officer) {
        super(parent);
        this.settings = settings;
        this.registry = registry;
        this.officer = officer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Settings_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Settings_title);
        setMessage(officer ? Messages.Settings_message : Messages.Settings_readOnly);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        Rules r = settings.rules();

        Group rules = new Group(body, SWT.NONE);
        rules.setText(Messages.Settings_rules);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rules);
        GridDataFactory.fillDefaults().applyTo(rules);
        assessment = spinner(rules, Messages.Settings_assessmentDays, ASSESSMENT, r.assessmentDays(), 1, 365);
        installation = spinner(rules, Messages.Settings_installationDays, INSTALLATION, r.installationDays(), 1, 365);
        youngerFrom = spinner(rules, Messages.Settings_youngerFrom, YOUNGER_FROM, r.youngerFrom(), 50, 120);
        youngerTo = spinner(rules, Messages.Settings_youngerTo, YOUNGER_TO, r.youngerTo(), 50, 120);
        olderFrom = spinner(rules, Messages.Settings_olderFrom, OLDER_FROM, r.olderFrom(), 50, 120);
        maxPerYounger = spinner(rules, Messages.Settings_maxPerYounger, MAX_PER_YOUNGER, r.maxPerYounger(), 1, 10);
        unvisited = spinner(rules, Messages.Settings_unvisitedDays, UNVISITED, r.unvisitedDays(), 1, 365);

        Group list = new Group(body, SWT.NONE);
        list.setText(Messages.Settings_categories);
        GridLayoutFactory.swtDefaults().applyTo(list);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        categories = new List(list, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        categories.setData(CATEGORIES, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).hint(140, 160).applyTo(categories);
        categories.setItems(registry.categories().toArray(String[]::new));
        Button add = new Button(list, SWT.PUSH);
        add.setText(Messages.Settings_add);
        add.setData(ADD, Boolean.TRUE);
        add.addListener(SWT.Selection, e -> {
            InputDialog ask = new InputDialog(getShell(), Messages.Settings_add, Messages.Settings_categoryName, "",
                    t -> t.isBlank() ? Messages.Settings_required : null);
            if (ask.open() == Window.OK && change(() -> registry.addCategory(ask.getValue()))) {
                categories.setItems(registry.categories().toArray(String[]::new));
            }
        });
        for (Control c : new Control[] { assessment, installation, youngerFrom, youngerTo, olderFrom, maxPerYounger, unvisited, add }) {
            c.setEnabled(officer);
        }
        return area;
    }

    private static Spinner spinner(Composite parent, String label, String key, int value, int min, int max) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 10);
        s.setData(key, Boolean.TRUE);
        return s;
    }

    /** Runs a change; a refusal shows in the dialog's message line. @return whether it was done */
    private boolean change(Runnable change) {
        try {
            change.run();
            setErrorMessage(null);
            return true;
        } catch (EldercareException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    @Override
    protected void okPressed() {
        if (!officer) {
            super.okPressed();
            return;
        }
        Rules next = new Rules(assessment.getSelection(), installation.getSelection(), youngerFrom.getSelection(), youngerTo.getSelection(),
                olderFrom.getSelection(), maxPerYounger.getSelection(), unvisited.getSelection());
        if (change(() -> {
            if (!next.equals(settings.rules())) {
                settings.setRules(next);
            }
        })) {
            super.okPressed();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (officer) {
            super.createButtonsForButtonBar(parent);
        } else {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }
}
