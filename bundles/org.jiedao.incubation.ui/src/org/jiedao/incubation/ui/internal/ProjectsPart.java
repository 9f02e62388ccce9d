package org.jiedao.incubation.ui.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.Station;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/** 入驻项目: the stations and the projects of the user's scope, filtered by community and status. */
public final class ProjectsPart {

    public static final String ID = "org.jiedao.incubation.ui.part.projects";
    public static final String TABLE = "org.jiedao.incubation.ui.projects.table";
    static final String COMMUNITY = "community";
    static final String STATUS = "status";

    public static final String NEW_STATION = "newStation";
    public static final String NEW_PROJECT = "newProject";
    public static final String EDIT_PROJECT = "editProject";
    public static final String FIGURES = "figures";
    public static final String STATIONS = "org.jiedao.incubation.ui.stations.table";
    public static final String MESSAGE = "org.jiedao.incubation.ui.projects.message";

    private final IncubationRegistry registry;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    private FilterBar filters;
    private RecordTable<Project> table;
    private RecordTable<Station> stations;
    private Label count;
    private Label message;

    @Inject
    public ProjectsPart(IncubationRegistry registry, OrgUnitService units, SecurityService security) {
        this.registry = registry;
        this.units = units;
        this.security = security;
    }

    /** @return the names of the units in the user's scope at the levels given, in the organisation's order */
    static List<String> unitNames(OrgUnitService units, SecurityService security, OrgLevel... levels) {
        String scope = security.currentScope().pathPrefix();
        List<OrgLevel> wanted = List.of(levels);
        return units.list().stream().filter(u -> wanted.contains(u.level()) && u.path().startsWith(scope)).map(OrgUnit::name).toList();
    }

    /** Opens an editor; a refusal to read the record (gone, out of scope) shows in the part's message line. */
    private void open(Runnable dialog) {
        try {
            message.setText(" ");
            dialog.run();
        } catch (RuntimeException e) {
            message.setText(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        message.getParent().layout();
    }

    private void editStation(Station s) {
        open(() -> registry.station(s.id()).ifPresent(v -> new StationDialog(message.getShell(), registry,
                unitNames(units, security, OrgLevel.COMMUNITY), v).open()));
    }

    private void editProject(Project p) {
        open(() -> registry.project(p.id()).ifPresent(v -> new ProjectDialog(message.getShell(), registry,
                unitNames(units, security, OrgLevel.STREET, OrgLevel.COMMUNITY), v).open()));
    }

    private Project selected() {
        List<Project> rows = table.getSelection();
        if (rows.isEmpty()) {
            message.setText(Messages.Pick_project);
            message.getParent().layout();
            return null;
        }
        return rows.get(0);
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        List<Station> known = registry.stations();
        filters = new FilterBar(parent)
                .choice(COMMUNITY, Messages.Col_community, known.stream().map(Station::communityName).distinct().toList(), s -> s)
                .choice(STATUS, Messages.Col_status, List.of(ProjectStatus.values()), s -> s.displayName(locale));
        filters.addChangeListener(this::refresh);
        filters.button("refresh", Messages.Refresh, this::refresh);
        filters.button(NEW_STATION, Messages.Action_newStation, () -> open(() -> new StationDialog(parent.getShell(), registry,
                unitNames(units, security, OrgLevel.COMMUNITY), null).open()));
        filters.button(NEW_PROJECT, Messages.Action_newProject, () -> open(() -> new ProjectDialog(parent.getShell(), registry,
                unitNames(units, security, OrgLevel.STREET, OrgLevel.COMMUNITY), null).open()));
        filters.button(EDIT_PROJECT, Messages.Action_editProject, () -> {
            Project p = selected();
            if (p != null) {
                editProject(p);
            }
        });
        filters.button(FIGURES, Messages.Action_figures, () -> {
            Project p = selected();
            if (p != null) {
                open(() -> new FiguresDialog(parent.getShell(), registry, p).open());
            }
        });
        message = new Label(parent, SWT.WRAP);
        message.setData(MESSAGE, Boolean.TRUE);
        message.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        Label stationsTitle = new Label(parent, SWT.NONE);
        stationsTitle.setText(Messages.Stations_title);
        stations = new RecordTable<>(parent, List.of(
                Column.<Station>of("community", Messages.Col_community, Station::communityName).width(120),
                Column.<Station>of("name", Messages.Col_name, Station::name).width(220),
                Column.<Station>of("address", Messages.Col_address, Station::address).width(240),
                Column.<Station>of("opened", Messages.Col_opened, Station::openedOn).width(100).unfilterable(),
                Column.<Station>of("closed", Messages.Col_closed, Station::closedOn).width(100).unfilterable(),
                Column.<Station>of("guidance", Messages.Col_guidanceRoom, s -> s.guidanceRoom() ? Messages.Yes : "").width(100).unfilterable()));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(stations.getControl());
        stations.getControl().setData(STATIONS, stations);
        stations.setOpenListener(this::editStation);
        count = new Label(parent, SWT.NONE);
        count.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new RecordTable<>(parent, List.of(
                Column.<Project>of("code", Messages.Col_code, Project::code).width(100),
                Column.<Project>of("name", Messages.Col_name, Project::name).width(180),
                Column.<Project>of("founder", Messages.Col_founder, Project::founder).width(80),
                Column.<Project>of("phone", Messages.Col_phone, Project::phone).width(110),
                Column.<Project>of("sector", Messages.Col_sector, Project::sector).width(80),
                Column.<Project>of("student", Messages.Col_student, p -> p.student() ? p.school() + (p.graduationYear() == null ? ""
                        : " " + p.graduationYear()) : "").width(160),
                Column.<Project>of("excellent", Messages.Col_excellent, p -> p.excellent() ? Messages.Yes : "").width(90).unfilterable(),
                Column.<Project>of("community", Messages.Col_community, Project::communityName).width(110),
                Column.<Project>of("entry", Messages.Col_entry, Project::entryDate).width(95).unfilterable(),
                Column.<Project>of("exit", Messages.Col_exit, Project::exitDate).width(95).unfilterable(),
                Column.<Project>of("status", Messages.Col_status, p -> p.status().displayName(locale)).width(70).unfilterable()));
        table.getControl().setData(TABLE, table);
        table.setOpenListener(this::editProject);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Projects_count, n));
            }
        });
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.incubation");
    }

    void refresh() {
        String community = filters.choice(COMMUNITY);
        ProjectStatus status = filters.choice(STATUS);
        List<Column<Project>> columns = table.getColumns();
        table.setInput(new ListRecordSource<>(() -> registry.projects(null, status).stream()
                .filter(p -> community == null || p.communityName().equals(community)).toList(), columns));
        stations.setInput(new ListRecordSource<>(registry::stations, stations.getColumns()));
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
