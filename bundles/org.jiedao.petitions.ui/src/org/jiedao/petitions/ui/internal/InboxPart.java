package org.jiedao.petitions.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.text.BilingualKey;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.UrgencyFlag;

/**
 * 民意邮局 inbox: the user's petitions in a virtual table with filters (status, kind, urgency,
 * community, overdue); overdue rows in red, rows due soon in yellow; a double click opens a petition.
 */
public final class InboxPart {

    /** Widget data keys (for tests). */
    public static final String TABLE = "jiedao.petitions.inbox", STATUS = "jiedao.petitions.filter.status",
            KIND = "jiedao.petitions.filter.kind", URGENCY = "jiedao.petitions.filter.urgency",
            COMMUNITY = "jiedao.petitions.filter.community", OVERDUE = "jiedao.petitions.filter.overdue",
            REFRESH = "jiedao.petitions.refresh", OPEN = "jiedao.petitions.open", REGISTER = "jiedao.petitions.register";

    private final PetitionService petitions;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();

    private Table table;
    private Combo status, kind, urgency, community;
    private Button overdue;
    private Label count;
    private List<PetitionSummary> rows = List.of();
    private List<OrgUnit> communities = List.of();
    private Color overdueBackground, overdueForeground, soonBackground;

    @Inject
    public InboxPart(PetitionService petitions, OrgUnitService units, SecurityService security) {
        this.petitions = petitions;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        overdueBackground = new Color(255, 228, 225);
        overdueForeground = new Color(160, 0, 0);
        soonBackground = new Color(255, 246, 204);
        parent.addDisposeListener(e -> {
            overdueBackground.dispose();
            overdueForeground.dispose();
            soonBackground.dispose();
        });
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(12).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        status = combo(filters, Messages.Inbox_status, STATUS, names(PetitionStatus.values()));
        kind = combo(filters, Messages.Inbox_kind, KIND, names(PetitionKind.values()));
        urgency = combo(filters, Messages.Inbox_urgency, URGENCY, names(UrgencyFlag.values()));
        community = combo(filters, Messages.Inbox_community, COMMUNITY, List.of());
        overdue = new Button(filters, SWT.CHECK);
        overdue.setText(Messages.Inbox_overdue);
        overdue.setData(OVERDUE, Boolean.TRUE);
        overdue.addListener(SWT.Selection, e -> refresh());
        Button refresh = button(filters, Messages.Inbox_refresh, REFRESH);
        refresh.addListener(SWT.Selection, e -> refresh());
        Button open = button(filters, Messages.Inbox_open, OPEN);
        open.addListener(SWT.Selection, e -> openSelected());
        Button register = button(filters, Messages.Inbox_register, REGISTER);
        register.addListener(SWT.Selection, e -> {
            if (new RegisterDialog(parent.getShell(), petitions, communities).open() == org.eclipse.jface.window.Window.OK) {
                refresh();
            }
        });

        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData(TABLE, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] headers = { Messages.Col_id, Messages.Col_received, Messages.Col_community, Messages.Col_channel, Messages.Col_kind,
                Messages.Col_urgency, Messages.Col_category, Messages.Col_petitioner, Messages.Col_content, Messages.Col_status, Messages.Col_assignee,
                Messages.Col_due };
        int[] widths = { 60, 95, 120, 90, 60, 70, 80, 70, 320, 80, 120, 110 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        loadCommunities();
        refresh();
    }

    private void loadCommunities() {
        var scope = security.currentScope();
        communities = units.list().stream().filter(u -> (u.level() == OrgLevel.COMMUNITY) && scope.covers(u.path())).toList();
        List<String> items = new ArrayList<>();
        items.add(Messages.Inbox_all);
        communities.forEach(u -> items.add(u.name()));
        community.setItems(items.toArray(String[]::new));
        community.select(0);
    }

    /** Reloads the rows with the filters. */
    public void refresh() {
        PetitionQuery query = new PetitionQuery(pick(status, PetitionStatus.values()), pick(kind, PetitionKind.values()),
                pick(urgency, UrgencyFlag.values()), community.getSelectionIndex() > 0 ? communities.get(community.getSelectionIndex() - 1).code() : null,
                overdue.getSelection(), null, 0, 0);
        rows = petitions.list(query);
        table.clearAll();
        table.setItemCount(rows.size());
        long late = rows.stream().filter(PetitionSummary::overdue).count();
        count.setText(NLS.bind(Messages.Inbox_count, rows.size(), late));
        count.getParent().layout();
    }

    private void fill(TableItem item, int index) {
        PetitionSummary p = rows.get(index);
        item.setText(new String[] { Long.toString(p.id()), p.receivedOn().toString(), p.communityName(), p.channel().displayName(locale),
                p.kind().displayName(locale), p.urgency().text(), p.category(), p.petitioner().isEmpty() ? Messages.Inbox_anonymous : p.petitioner(),
                p.content(), p.status().displayName(locale), p.assignee(),
                p.dueOn() + (p.overdue() ? " " + Messages.Inbox_overdueMark : p.dueSoon() ? " " + Messages.Inbox_soonMark : "") });
        item.setData(p);
        if (p.overdue()) {
            item.setBackground(overdueBackground);
            item.setForeground(overdueForeground);
        } else if (p.dueSoon()) {
            item.setBackground(soonBackground);
        }
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < rows.size()) {
            new PetitionDialog(table.getShell(), petitions, rows.get(index).id()).open();
            refresh();
        }
    }

    /** @return the colour overdue rows are drawn on (for tests) */
    public Color overdueBackground() {
        return overdueBackground;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    private static <E extends Enum<E> & BilingualKey> E pick(Combo combo, E[] values) {
        int i = combo.getSelectionIndex();
        return i > 0 ? values[i - 1] : null;
    }

    private List<String> names(BilingualKey[] values) {
        List<String> names = new ArrayList<>();
        for (BilingualKey v : values) {
            names.add(v.displayName(locale));
        }
        return names;
    }

    private Combo combo(Composite parent, String label, String key, List<String> values) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(key, Boolean.TRUE);
        List<String> items = new ArrayList<>();
        items.add(Messages.Inbox_all);
        items.addAll(values);
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
        combo.addListener(SWT.Selection, e -> refresh());
        return combo;
    }

    private static Button button(Composite parent, String text, String key) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(key, Boolean.TRUE);
        return b;
    }
}
