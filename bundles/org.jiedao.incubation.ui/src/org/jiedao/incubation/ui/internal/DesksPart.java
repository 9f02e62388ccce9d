package org.jiedao.incubation.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.DeskAllocation;
import org.jiedao.incubation.Records.DeskDay;
import org.jiedao.incubation.Records.Incubator;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/** 免费创业工位: an incubator's month as a calendar (desks used / reserved per day, full days marked), and its allocations. */
public final class DesksPart {

    public static final String ID = "org.jiedao.incubation.ui.part.desks";
    /** widget data of each day's label: its date */
    public static final String DAY = "org.jiedao.incubation.ui.desks.day";
    public static final String INCUBATOR = "org.jiedao.incubation.ui.desks.incubator";
    public static final String MONTH = "org.jiedao.incubation.ui.desks.month";
    public static final String NEXT = "org.jiedao.incubation.ui.desks.next";
    public static final String PREVIOUS = "org.jiedao.incubation.ui.desks.previous";
    public static final String ALLOCATIONS = "org.jiedao.incubation.ui.desks.allocations";

    private final IncubationRegistry registry;
    private final IncubationDesks desks;
    private final OrgUnitService units;
    private final SecurityService security;
    private Combo incubator;
    private Label month;
    private Composite calendar;
    private RecordTable<DeskAllocation> allocations;
    private YearMonth shown = YearMonth.now();

    @Inject
    public DesksPart(IncubationRegistry registry, IncubationDesks desks, OrgUnitService units, SecurityService security) {
        this.registry = registry;
        this.desks = desks;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Desks_incubator);
        incubator = new Combo(bar, SWT.READ_ONLY);
        incubator.setData(INCUBATOR, Boolean.TRUE);
        for (Incubator i : registry.incubators()) {
            incubator.add(i.name());
        }
        if (incubator.getItemCount() > 0) {
            incubator.select(0);
        }
        incubator.addListener(SWT.Selection, e -> refresh());
        Button previous = new Button(bar, SWT.PUSH);
        previous.setText("◀");
        previous.setData(PREVIOUS, Boolean.TRUE);
        previous.addListener(SWT.Selection, e -> {
            shown = shown.minusMonths(1);
            refresh();
        });
        month = new Label(bar, SWT.NONE);
        month.setData(MONTH, Boolean.TRUE);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(month);
        Button next = new Button(bar, SWT.PUSH);
        next.setText("▶");
        next.setData(NEXT, Boolean.TRUE);
        next.addListener(SWT.Selection, e -> {
            shown = shown.plusMonths(1);
            refresh();
        });
        Button add = new Button(bar, SWT.PUSH);
        add.setText(Messages.Action_newIncubator);
        add.addListener(SWT.Selection, e -> new IncubatorDialog(parent.getShell(), registry, ProjectsPart.unitNames(units, security, OrgLevel.STREET,
                OrgLevel.COMMUNITY), null).open());
        Button edit = new Button(bar, SWT.PUSH);
        edit.setText(Messages.Action_editIncubator);
        edit.addListener(SWT.Selection, e -> registry.incubators().stream().filter(i -> i.name().equals(incubator.getText())).findFirst()
                .flatMap(i -> registry.incubator(i.id())).ifPresent(v -> new IncubatorDialog(parent.getShell(), registry, List.of(), v).open()));
        calendar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).equalWidth(true).spacing(2, 2).applyTo(calendar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(calendar);
        allocations = new RecordTable<>(parent, List.of(
                Column.<DeskAllocation>of("student", Messages.Col_student, DeskAllocation::student).width(100),
                Column.<DeskAllocation>of("school", Messages.Col_school, DeskAllocation::school).width(140),
                Column.<DeskAllocation>of("graduation", Messages.Col_graduation, DeskAllocation::graduationYear).width(80).unfilterable(),
                Column.<DeskAllocation>of("project", Messages.Col_project, DeskAllocation::project).width(100),
                Column.<DeskAllocation>of("from", Messages.Col_from, DeskAllocation::from).width(100).unfilterable(),
                Column.<DeskAllocation>of("to", Messages.Col_to, DeskAllocation::to).width(100).unfilterable()));
        allocations.getControl().setData(ALLOCATIONS, allocations);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(allocations.getControl());
        refresh();
        RecordsRefresh.whenChanged(calendar, this::refresh, "org.jiedao.incubation");
    }

    void refresh() {
        // the incubators may have changed (a new one, a new name): keep the one chosen
        String chosen = incubator.getText();
        List<String> names = registry.incubators().stream().map(Incubator::name).toList();
        if (!names.equals(List.of(incubator.getItems()))) {
            incubator.setItems(names.toArray(String[]::new));
            int i = names.indexOf(chosen);
            if (i >= 0 || !names.isEmpty()) {
                incubator.select(Math.max(i, 0));
            }
        }
        for (Control c : calendar.getChildren()) {
            c.dispose();
        }
        month.setText(NLS.bind(Messages.Desks_month, shown.getYear(), shown.getMonthValue()));
        String name = incubator.getSelectionIndex() < 0 ? null : incubator.getItem(incubator.getSelectionIndex());
        String[] weekdays = Messages.Desks_weekdays.split(",");
        for (String w : weekdays) {
            Label l = new Label(calendar, SWT.CENTER);
            l.setText(w);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        }
        if (name == null) {
            calendar.getParent().layout(true, true);
            return;
        }
        List<DeskDay> days = desks.occupancy(name, shown.atDay(1), shown.atEndOfMonth());
        int blank = shown.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blank; i++) {
            new Label(calendar, SWT.NONE);
        }
        Color full = calendar.getDisplay().getSystemColor(SWT.COLOR_RED);
        Color free = calendar.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
        for (DeskDay d : days) {
            Label l = new Label(calendar, SWT.CENTER | SWT.BORDER);
            l.setText(d.day().getDayOfMonth() + "\n" + d.used() + " / " + d.reserved());
            l.setForeground(d.used() >= d.reserved() ? full : free);
            l.setToolTipText(NLS.bind(Messages.Desks_day, new Object[] { d.day(), d.used(), d.reserved() }));
            l.setData(DAY, d.day());
            l.addListener(SWT.MouseDown, e -> showDay(name, (LocalDate) l.getData(DAY)));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        }
        calendar.getParent().layout(true, true);
        allocations.setInput(new ListRecordSource<>(() -> desks.allocations(name, null), allocations.getColumns()));
    }

    private void showDay(String name, LocalDate day) {
        allocations.setInput(new ListRecordSource<>(() -> desks.allocations(name, day), allocations.getColumns()));
    }

    /** @return the month shown */
    public YearMonth month() {
        return shown;
    }

    /** @return the allocations table */
    public RecordTable<DeskAllocation> allocations() {
        return allocations;
    }

    @Focus
    public void focus() {
        incubator.setFocus();
    }
}
