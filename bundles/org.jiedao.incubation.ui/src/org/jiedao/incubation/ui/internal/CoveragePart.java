package org.jiedao.incubation.ui.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.Rotation;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/** 覆盖情况: per street, communities with a station open on the day against the plan; and the exhibition rotations. */
public final class CoveragePart {

    public static final String ID = "org.jiedao.incubation.ui.part.coverage";
    static final RGB BEHIND = new RGB(255, 228, 225);
    static final RGB COMPLETE = new RGB(226, 244, 226);

    private final IncubationQueries queries;
    private final IncubationRegistry registry;
    private FilterBar filters;
    private RecordTable<Coverage> table;
    private RecordTable<Rotation> rotations;

    @Inject
    public CoveragePart(IncubationQueries queries, IncubationRegistry registry) {
        this.queries = queries;
        this.registry = registry;
    }

    @PostConstruct
    public void create(org.eclipse.swt.widgets.Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters = new FilterBar(parent).date("on", Messages.Coverage_on);
        filters.addChangeListener(this::refresh);
        filters.button("refresh", Messages.Refresh, this::refresh);
        table = new RecordTable<>(parent, List.of(
                Column.<Coverage>of("street", Messages.Col_street, Coverage::streetName).width(120),
                Column.<Coverage>of("covered", Messages.Col_covered, c -> c.covered() + " / " + c.communities()).width(90).unfilterable(),
                Column.<Coverage>of("deadline", Messages.Col_deadline, c -> c.deadline() == null ? Messages.Coverage_noPlan
                        : NLS.bind(Messages.Coverage_deadline, c.deadline(), c.daysLeft())).width(200).unfilterable(),
                Column.<Coverage>of("missing", Messages.Col_missing, c -> String.join("、", c.missing())).width(420)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setRowBackground(c -> c.complete() ? COMPLETE : c.deadline() != null && c.daysLeft() < 0 ? BEHIND : null);
        rotations = new RecordTable<>(parent, List.of(
                Column.<Rotation>of("incubator", Messages.Desks_incubator, Rotation::incubator).width(140),
                Column.<Rotation>of("quarter", Messages.Col_quarter, r -> r.year() + " Q" + r.quarter()).width(90),
                Column.<Rotation>of("works", Messages.Col_works, Rotation::works).width(240),
                Column.<Rotation>of("authors", Messages.Col_authors, Rotation::authors).width(140),
                Column.<Rotation>of("school", Messages.Col_school, Rotation::school).width(140)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rotations.getControl());
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.incubation");
    }

    void refresh() {
        LocalDate on = filters.date("on") == null ? LocalDate.now() : filters.date("on");
        table.setInput(new ListRecordSource<>(() -> queries.coverage(null, on), table.getColumns()));
        rotations.setInput(new ListRecordSource<>(() -> registry.rotations(null), rotations.getColumns()));
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
