package org.jiedao.safety.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.ChecklistItem;
import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyTemplates;

/**
 * 检查表模板: the checklist templates per premises category. Every version can be read; the street's
 * safety officer (or a district administrator) edits the title and the items — one a line — of the
 * newest and saves them as a new version: past inspections keep the version they used. The shipped
 * sample items are marked as samples until they are replaced.
 */
public final class TemplatesPart {

    static final String ID = "org.jiedao.safety.ui.part.templates";
    /** Widget data keys, for tests. */
    public static final String ITEMS = "safety.templates.items";
    public static final String TITLE = "safety.templates.title";
    public static final String SAVE = "safety.templates.save";

    private final SafetyTemplates templates;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    private Combo category;
    private Combo version;
    private Text title;
    private Text items;
    private Label info;
    private Button save;
    private Label status;
    private List<ChecklistTemplate> versions = List.of();

    @Inject
    public TemplatesPart(SafetyTemplates templates, SecurityService security) {
        this.templates = templates;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 8).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Premises_category);
        category = new Combo(parent, SWT.READ_ONLY);
        for (PremisesCategory c : PremisesCategory.values()) {
            category.add(c.displayName(locale) + " — " + c.ruleSet());
        }
        category.addListener(SWT.Selection, e -> showCategory());
        new Label(parent, SWT.NONE).setText(Messages.Templates_version);
        version = new Combo(parent, SWT.READ_ONLY);
        version.addListener(SWT.Selection, e -> showVersion());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(version);
        new Label(parent, SWT.NONE).setText(Messages.Templates_title);
        title = new Text(parent, SWT.BORDER | SWT.SINGLE);
        title.setData(TITLE, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(title);
        info = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(info);
        items = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        items.setData(ITEMS, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(items);
        save = new Button(parent, SWT.PUSH);
        save.setData(SAVE, Boolean.TRUE);
        save.setText(Messages.Templates_save);
        save.addListener(SWT.Selection, e -> save());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);
        category.select(0);
        showCategory();
    }

    private boolean mayEdit() {
        return security.currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN);
    }

    private PremisesCategory selectedCategory() {
        return PremisesCategory.values()[category.getSelectionIndex()];
    }

    /** Shows the newest version of the selected category. */
    void showCategory() {
        versions = templates.versions(selectedCategory());
        version.removeAll();
        for (ChecklistTemplate t : versions) {
            version.add(NLS.bind(Messages.Templates_versionLabel, t.version(), t.createdOn()));
        }
        version.select(versions.size() - 1);
        showVersion();
    }

    private void showVersion() {
        ChecklistTemplate t = versions.get(version.getSelectionIndex());
        boolean newest = version.getSelectionIndex() == versions.size() - 1;
        title.setText(t.title());
        items.setText(String.join("\n", t.items().stream().map(ChecklistItem::text).toList()));
        boolean editable = newest && mayEdit();
        title.setEditable(editable);
        items.setEditable(editable);
        save.setEnabled(editable);
        String text = t.hasSamples() ? Messages.Templates_samples : NLS.bind(Messages.Templates_items, t.items().size());
        if (!newest) {
            text += " " + Messages.Templates_past;
        } else if (!mayEdit()) {
            text += " " + Messages.Templates_readOnly;
        }
        info.setText(text);
        status.setText("");
        info.getParent().layout(true, true);
    }

    /** Saves the title and the items (one a line, blank lines left out) as a new version of the category's template. */
    void save() {
        List<String> lines = Arrays.stream(items.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            ChecklistTemplate saved = templates.publish(selectedCategory(), title.getText().strip(), lines);
            showCategory();
            status.setText(NLS.bind(Messages.Templates_saved, saved.version(), saved.items().size()));
        } catch (SafetyException e) {
            status.setText(e.getMessage());
        }
    }

    @Focus
    public void focus() {
        items.setFocus();
    }
}
