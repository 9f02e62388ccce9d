package org.jiedao.safety.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.api.ReportPreview;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.Sort;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 整改通知: the rectification orders of the user's scope, overdue first (in red), then by deadline; the
 * workflow's actions on the selected open order — re-inspection passed (closes it), re-inspection
 * failed (a new order follows it, the chain kept) — and its printable notice 整改通知单.
 */
public final class OrdersPart {

    static final String ID = "org.jiedao.safety.ui.part.orders";
    static final String UNIT = "unit";
    static final String OVERDUE = "overdue";
    static final String OPEN = "open";
    static final String TEXT = "text";
    /** Widget data key of the table's control: the {@link RecordTable}, for tests. */
    public static final String TABLE = "org.jiedao.safety.ui.orders";
    static final RGB OVERDUE_ROW = new RGB(255, 214, 214);

    private final SafetyInspections inspections;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    private FilterBar filters;
    private RecordTable<RectificationOrder> table;
    private Button passed;
    private Button failed;
    private Label status;

    @Inject
    public OrdersPart(SafetyInspections inspections, OrgUnitService units, SecurityService security) {
        this.inspections = inspections;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters = new FilterBar(parent)
                .choice(UNIT, Messages.Premises_unit, units.listInScope(OrgLevel.COMMUNITY, OrgLevel.GRID), OrgUnit::name)
                .text(TEXT, Messages.Orders_text)
                .check(OPEN, Messages.Orders_openOnly)
                .check(OVERDUE, Messages.Orders_overdueOnly);
        filters.addChangeListener(this::refresh);
        passed = filters.button("passed", Messages.Orders_passed, () -> reinspect(true));
        failed = filters.button("failed", Messages.Orders_failed, () -> reinspect(false));
        filters.button("notice", Messages.Orders_notice, this::printNotice);
        status = new Label(parent, SWT.WRAP);
        status.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        LocalDate today = LocalDate.now();
        table = new RecordTable<>(parent, List.of(
                Column.<RectificationOrder>of("code", Messages.Orders_code, RectificationOrder::code).width(130),
                Column.<RectificationOrder>of("premises", Messages.Premises_name, o -> o.premisesCode() + " " + o.premisesName()).width(220),
                Column.<RectificationOrder>of("community", Messages.Premises_unit, RectificationOrder::unitName).width(140),
                Column.<RectificationOrder>of("severity", Messages.Orders_severity, o -> o.severity().displayName(locale)).width(90),
                Column.<RectificationOrder>of("issued_on", Messages.Orders_issuedOn, RectificationOrder::issuedOn).width(95),
                Column.<RectificationOrder>of("deadline", Messages.Orders_deadline, RectificationOrder::deadline).width(95),
                Column.<RectificationOrder>of("status", Messages.Orders_status, o -> o.overdueOn(today) ? Messages.Orders_overdue
                        : o.status().displayName(locale)).width(90),
                Column.<RectificationOrder>of("previous", Messages.Orders_previous, o -> o.previousCode() == null ? "" : o.previousCode()).width(130),
                Column.<RectificationOrder>of("next", Messages.Orders_next, o -> o.nextCode() == null ? "" : o.nextCode()).width(130),
                Column.<RectificationOrder>of("closed_on", Messages.Orders_closedOn, o -> o.closedOn() == null ? "" : o.closedOn()).width(95),
                Column.<RectificationOrder>of("note", Messages.Inspection_note, o -> o.note() == null ? "" : o.note()).width(200))
                .stream().map(c -> c.unsortable().unfilterable()).toList()); // the filter bar filters, in the database
        table.getControl().setData(TABLE, table);
        table.setRowIdentity(RectificationOrder::code);
        table.setRowBackground(o -> o.overdueOn(LocalDate.now()) ? OVERDUE_ROW : null);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionListener(selected -> enable());
        table.addCountListener(n -> {
            if (!status.isDisposed() && status.getText().isBlank()) {
                status.setText(NLS.bind(Messages.Orders_count, n));
            }
        });
        ((Button) filters.control(OPEN)).setSelection(true); // the running orders first; unticked: the closed and failed ones too
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.safety");
    }

    /** Asks again with the filters. */
    void refresh() {
        OrgUnit unit = filters.choice(UNIT);
        boolean overdue = filters.checked(OVERDUE);
        boolean open = filters.checked(OPEN);
        String text = filters.text(TEXT);
        String q = text == null || text.isBlank() ? null : text.strip();
        String unitCode = unit == null ? null : unit.code();
        status.setText(" ");
        // a screen at a time from the database (overdue first, then open, then the rest): a district's orders are thousands
        table.setInput(new RecordSource<RectificationOrder>() {
            @Override
            public int count(Filter filter) {
                return inspections.countOrders(overdue, open, unitCode, q);
            }

            @Override
            public List<RectificationOrder> page(Filter filter, Sort sort, int offset, int limit) {
                return inspections.orders(overdue, open, unitCode, q, offset, limit);
            }
        });
        enable();
    }

    private void enable() {
        boolean openSelected = table.getSelection().stream().anyMatch(o -> o.status().isOpen());
        passed.setEnabled(openSelected);
        failed.setEnabled(openSelected);
    }

    /** Records the re-inspection of the selected open order today, with the officer's note. */
    void reinspect(boolean pass) {
        RectificationOrder order = table.getSelection().stream().filter(o -> o.status().isOpen()).findFirst().orElse(null);
        if (order == null) {
            return;
        }
        String inspector = security.currentUser().map(UserAccount::displayName).orElse("");
        ReinspectDialog dialog = new ReinspectDialog(table.getControl().getShell(), inspections, order, pass, inspector);
        if (dialog.open() == Window.OK) {
            refresh();
            status.setText(dialog.next.map(o -> NLS.bind(Messages.Orders_failedDone, new Object[] { order.code(), o.code(), o.deadline() }))
                    .orElse(NLS.bind(Messages.Orders_passedDone, order.code())));
        }
    }

    /** Re-inspects an order today; the status line says what happened or why it was refused. */
    public void reinspect(String code, boolean pass, String note) {
        String inspector = security.currentUser().map(UserAccount::displayName).orElse("");
        try {
            var next = inspections.reinspect(code, pass, LocalDate.now(), inspector, note == null || note.isBlank() ? null : note.strip());
            refresh();
            status.setText(next.map(o -> NLS.bind(Messages.Orders_failedDone, new Object[] { code, o.code(), o.deadline() }))
                    .orElse(NLS.bind(Messages.Orders_passedDone, code)));
        } catch (SafetyException e) {
            status.setText(e.getMessage());
        }
    }

    private void printNotice() {
        table.getSelection().stream().findFirst().ifPresent(o -> ReportPreview.open(table.getControl().getShell(),
                "org.jiedao.safety.rectification-notice", Map.of("order", o.code())));
    }

    /** Shows one order (found by the search field): every status, its code as the filter. */
    public void show(String code) {
        ((Button) filters.control(OPEN)).setSelection(false);
        ((Button) filters.control(OVERDUE)).setSelection(false);
        ((org.eclipse.swt.widgets.Text) filters.control(TEXT)).setText(code);
        refresh();
    }

    /** @return the table (for tests) */
    public RecordTable<RectificationOrder> table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
