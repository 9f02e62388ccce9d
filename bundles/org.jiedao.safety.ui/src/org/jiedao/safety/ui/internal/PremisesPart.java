package org.jiedao.safety.ui.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.Finding;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.PhotoInfo;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.PremisesOrder;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;

/**
 * 场所: the premises of the user's scope filtered by community (or grid), category and a text, with the
 * selected premises' inspections, the findings of the selected inspection and the photos of the
 * selected finding as thumbnails. Personal fields are masked in the list, as everywhere.
 */
public final class PremisesPart {

    static final String ID = "org.jiedao.safety.ui.part.premises";
    static final String UNIT = "unit";
    static final String CATEGORY = "category";
    static final String TEXT = "text";
    /** Widget data key of the premises table's control: the {@link RecordTable}, for tests. */
    public static final String TABLE = "org.jiedao.safety.ui.premises";
    /** The columns the table sorts by its header and filters by its filter row (the database has their orders' indexes). */
    static final java.util.Set<String> SORTED = java.util.Set.of("code", "name");

    private final SafetyPremisesRegistry registry;
    private final SafetyInspections inspections;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    @Inject
    @Optional
    EPartService parts;

    private FilterBar filters;
    private RecordTable<Premises> table;
    private RecordTable<Inspection> history;
    private RecordTable<Finding> findings;
    private Thumbnails thumbnails;
    private Label count;

    @Inject
    public PremisesPart(SafetyPremisesRegistry registry, SafetyInspections inspections, OrgUnitService units, SecurityService security) {
        this.registry = registry;
        this.inspections = inspections;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        List<OrgUnit> inScope = units.listInScope(OrgLevel.COMMUNITY, OrgLevel.GRID);
        filters = new FilterBar(parent)
                .choice(UNIT, Messages.Premises_unit, inScope, OrgUnit::name)
                .choice(CATEGORY, Messages.Premises_category, List.of(PremisesCategory.values()), c -> c.displayName(locale))
                .text(TEXT, Messages.Premises_text);
        filters.addChangeListener(this::refresh);
        filters.button("new", Messages.Premises_new, () -> edit(null));
        filters.button("edit", Messages.Premises_edit, () -> table.getSelection().stream().findFirst().ifPresent(this::edit));
        filters.button("inspect", Messages.Premises_inspect, this::inspectSelected);
        count = new Label(parent, SWT.NONE);
        count.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new RecordTable<>(sash, List.of(
                Column.<Premises>of("code", Messages.Premises_code, Premises::code).width(110),
                Column.<Premises>of("name", Messages.Premises_name, Premises::name).width(200),
                Column.<Premises>of("category", Messages.Premises_category, p -> p.category().displayName(locale)).width(130),
                Column.<Premises>of("community", Messages.Premises_unit, Premises::unitName).width(140),
                Column.<Premises>of("address", Messages.Premises_address, Premises::address).width(180),
                Column.<Premises>of("owner", Messages.Premises_owner, Premises::owner).width(80),
                Column.<Premises>of("manager", Messages.Premises_manager, Premises::manager).width(80),
                Column.<Premises>of("phone", Messages.Premises_phone, Premises::phone).width(110),
                Column.<Premises>of("rooms", Messages.Premises_rooms, Premises::rooms).width(60).align(SWT.RIGHT).unfilterable(),
                Column.<Premises>of("occupants", Messages.Premises_occupants, Premises::occupants).width(60).align(SWT.RIGHT).unfilterable(),
                Column.<Premises>of("charging", Messages.Premises_charging, Premises::chargingPoints).width(70).align(SWT.RIGHT).unfilterable())
                .stream().map(c -> SORTED.contains(c.id()) ? c : c.unsortable().unfilterable()).toList());
        // code and name: the header sorts and the filter row's texts, in the database (indexed orders); the rest by the filter bar
        table.getControl().setData(TABLE, table);
        table.setRowIdentity(Premises::code);
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Premises_count, n));
            }
        });
        table.addSelectionListener(selected -> showHistory(selected.isEmpty() ? null : selected.get(0)));
        table.setOpenListener(this::edit);

        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).applyTo(lower);
        Label historyTitle = new Label(lower, SWT.NONE);
        historyTitle.setText(Messages.Premises_inspections);
        Label findingsTitle = new Label(lower, SWT.NONE);
        findingsTitle.setText(Messages.Premises_findings);
        history = new RecordTable<>(lower, List.of(
                Column.<Inspection>of("date", Messages.Inspection_date, Inspection::inspectedOn).width(95),
                Column.<Inspection>of("inspector", Messages.Inspection_inspector, Inspection::inspector).width(90),
                Column.<Inspection>of("template_version", Messages.Premises_version, Inspection::templateVersion).width(50).align(SWT.RIGHT),
                Column.<Inspection>of("hazards", Messages.Premises_hazards,
                        i -> i.findings().stream().filter(f -> f.result() == CheckResult.HAZARD).count()).width(50).align(SWT.RIGHT),
                Column.<Inspection>of("order", Messages.Premises_order, i -> i.issuedOrder() == null ? "" : i.issuedOrder()).width(120),
                Column.<Inspection>of("reinspects", Messages.Premises_reinspects, i -> i.orderCode() == null ? "" : i.orderCode()).width(120))
                .stream().map(c -> c.unsortable().unfilterable()).toList());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(history.getControl());
        history.addSelectionListener(selected -> showFindings(selected.isEmpty() ? null : selected.get(0)));
        findings = new RecordTable<>(lower, List.of(
                Column.<Finding>of("item", Messages.Inspection_no, Finding::item).width(40).align(SWT.RIGHT),
                Column.<Finding>of("text", Messages.Inspection_item, Finding::itemText).width(260),
                Column.<Finding>of("result", Messages.Inspection_result, f -> f.severity() == null ? f.result().displayName(locale)
                        : f.severity().displayName(locale)).width(90),
                Column.<Finding>of("note", Messages.Inspection_itemNote, f -> f.note() == null ? "" : f.note()).width(160),
                Column.<Finding>of("photos", Messages.Inspection_photos, f -> f.photos() == 0 ? "" : Integer.toString(f.photos())).width(50))
                .stream().map(c -> c.unsortable().unfilterable()).toList());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(findings.getControl());
        findings.addSelectionListener(selected -> showPhotos(selected.isEmpty() ? null : selected.get(0)));
        thumbnails = new Thumbnails(lower);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(thumbnails.control());
        sash.setWeights(3, 2);
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.safety");
    }

    /** Asks again with the filters. */
    void refresh() {
        OrgUnit unit = filters.choice(UNIT);
        PremisesCategory category = filters.choice(CATEGORY);
        String text = filters.text(TEXT);
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String unitCode = unit == null ? null : unit.code();
        String match = q.isEmpty() ? null : q;
        // a screen at a time from the database: a street's or district's register is tens of thousands of premises
        table.setInput(new RecordSource<Premises>() {
            @Override
            public int count(Filter filter) {
                return registry.count(unitCode, category, match, condition(filter, "code"), condition(filter, "name"));
            }

            @Override
            public List<Premises> page(Filter filter, Sort sort, int offset, int limit) {
                PremisesOrder order = sort.isNone() ? PremisesOrder.CODE
                        : "name".equals(sort.column()) ? (sort.ascending() ? PremisesOrder.NAME : PremisesOrder.NAME_DESCENDING)
                        : sort.ascending() ? PremisesOrder.CODE : PremisesOrder.CODE_DESCENDING;
                return registry.page(unitCode, category, match, condition(filter, "code"), condition(filter, "name"), order, offset, limit);
            }
        });
        showHistory(null);
    }

    private static String condition(Filter filter, String column) {
        Filter.Condition c = filter.conditions().get(column);
        return c == null ? null : c.value();
    }

    private void showHistory(Premises p) {
        history.setInput(new ListRecordSource<>(() -> p == null ? List.of() : inspections.inspections(p.code()), history.getColumns()));
        showFindings(null);
    }

    private void showFindings(Inspection i) {
        findings.setInput(new ListRecordSource<>(() -> i == null ? List.of() : i.findings(), findings.getColumns()));
        showPhotos(null);
    }

    private void showPhotos(Finding f) {
        if (f == null || f.photos() == 0) {
            thumbnails.clear();
            return;
        }
        List<PhotoInfo> infos = inspections.photos(f.id());
        thumbnails.show(infos.stream().map(PhotoInfo::fileName).toList(), infos.stream().map(i -> inspections.photo(i.id())).toList());
    }

    /** Opens the editor on a premises (null: a new one); the table follows the save through RecordsRefresh. */
    public void edit(Premises p) {
        try {
            Premises clear = p == null ? null : registry.find(p.code()).orElse(null);
            PremisesDialog.open(table.getControl().getShell(), registry, units, security, clear);
        } catch (SafetyException e) {
            count.setText(e.getMessage());
        }
    }

    private void inspectSelected() {
        List<Premises> selected = table.getSelection();
        if (selected.isEmpty() || parts == null) {
            return;
        }
        var part = parts.showPart(InspectionPart.ID, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof InspectionPart inspection) {
            inspection.load(selected.get(0).code());
        }
    }

    /** Shows one premises (found by the search field): its code as the filter, every community and category. */
    public void show(String code) {
        filters.select(UNIT, null);
        filters.select(CATEGORY, null);
        ((org.eclipse.swt.widgets.Text) filters.control(TEXT)).setText(code);
        refresh();
    }

    /** @return the premises table (for tests) */
    public RecordTable<Premises> table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
