package org.jiedao.petitions.ui.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.UrgencyFlag;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;

/**
 * 民意邮局 inbox: the user's petitions, newest first, in the platform's {@link RecordTable} (paged: it
 * holds a few pages of 200, fetched off the UI thread as they come into view), with filters (status,
 * kind, urgency, community, overdue above the table, content in the table's filter row); overdue rows
 * on red, rows due soon on yellow; a double click (or 办理…) opens a petition. Personal data is masked
 * by the service ({@link PetitionService#list}).
 */
public final class InboxPart {

    /** Widget data keys (for tests); the table's control carries its {@link RecordTable} under {@link #TABLE}. */
    public static final String TABLE = "jiedao.petitions.inbox", STATUS = "jiedao.petitions.filter.status",
            KIND = "jiedao.petitions.filter.kind", URGENCY = "jiedao.petitions.filter.urgency",
            COMMUNITY = "jiedao.petitions.filter.community", OVERDUE = "jiedao.petitions.filter.overdue",
            REFRESH = "jiedao.petitions.refresh", OPEN = "jiedao.petitions.open", REGISTER = "jiedao.petitions.register",
            COUNT = "jiedao.petitions.count";

    /** Backgrounds of overdue rows and of rows due soon. */
    public static final RGB OVERDUE_BACKGROUND = new RGB(255, 228, 225), DUE_SOON_BACKGROUND = new RGB(255, 246, 204);
    private static final RGB OVERDUE_FOREGROUND = new RGB(160, 0, 0);

    private final PetitionService petitions;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();

    private RecordTable<PetitionSummary> table;
    private FilterBar filters;
    private Label count;
    private List<OrgUnit> communities = List.of();
    private final Source source = new Source();
    private boolean inputSet;
    private Job overdueJob;

    @Inject
    public InboxPart(PetitionService petitions, OrgUnitService units, SecurityService security) {
        this.petitions = petitions;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters = new FilterBar(parent)
                .choice(STATUS, Messages.Inbox_status, List.of(PetitionStatus.values()), v -> v.displayName(locale))
                .choice(KIND, Messages.Inbox_kind, List.of(PetitionKind.values()), v -> v.displayName(locale))
                .choice(URGENCY, Messages.Inbox_urgency, List.of(UrgencyFlag.values()), v -> v.displayName(locale))
                .choice(COMMUNITY, Messages.Inbox_community, List.<OrgUnit> of(), OrgUnit::name)
                .check(OVERDUE, Messages.Inbox_overdue);
        filters.addChangeListener(this::query); // other conditions: a new list, from its top
        filters.button(REFRESH, Messages.Inbox_refresh, this::refresh);
        filters.button(OPEN, Messages.Inbox_open, this::openSelected);
        // no refresh of our own after a dialog: its commits post the records-changed event, which refreshes the
        // inbox once (RecordsRefresh below), keeping the officer's place and selected petition
        filters.button(REGISTER, Messages.Inbox_register, () -> new RegisterDialog(parent.getShell(), petitions, communities).open());

        count = new Label(parent, SWT.NONE);
        count.setData(COUNT, Boolean.TRUE);
        count.setText(" "); // a line's height from the start, the full width: a new count needs no layout of the part
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new RecordTable<>(parent, List.of(
                Column.<PetitionSummary>of("id", Messages.Col_id, PetitionSummary::id).width(90).align(SWT.RIGHT).unfilterable(),
                Column.<PetitionSummary>of("received", Messages.Col_received, PetitionSummary::receivedOn).width(95).unfilterable(),
                Column.<PetitionSummary>of("community", Messages.Col_community, PetitionSummary::communityName).width(120).unfilterable(),
                Column.<PetitionSummary>of("channel", Messages.Col_channel, p -> p.channel().displayName(locale)).width(90).unfilterable(),
                Column.<PetitionSummary>of("kind", Messages.Col_kind, p -> p.kind().displayName(locale)).width(60).unfilterable(),
                Column.<PetitionSummary>of("urgency", Messages.Col_urgency, p -> p.urgency().text()).width(70).unfilterable(),
                Column.<PetitionSummary>of("category", Messages.Col_category, PetitionSummary::category).width(80).unfilterable(),
                Column.<PetitionSummary>of("petitioner", Messages.Col_petitioner,
                        p -> p.petitioner().isEmpty() ? Messages.Inbox_anonymous : p.petitioner()).width(80).unfilterable(),
                Column.<PetitionSummary>of("content", Messages.Col_content, PetitionSummary::content).width(320),
                Column.<PetitionSummary>of("status", Messages.Col_status, p -> p.status().displayName(locale)).width(80).unfilterable(),
                Column.<PetitionSummary>of("assignee", Messages.Col_assignee, PetitionSummary::assignee).width(120).unfilterable(),
                Column.<PetitionSummary>of("due", Messages.Col_due, p -> p.dueOn()
                        + (p.overdue() ? " " + Messages.Inbox_overdueMark : p.dueSoon() ? " " + Messages.Inbox_soonMark : "")).width(130)
                        .unfilterable()).stream().map(c -> c.unsortable()).toList());
        table.getControl().setData(TABLE, table);
        table.setRowIdentity(PetitionSummary::id); // a refresh keeps the place and the selected petition
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setRowBackground(p -> p.overdue() ? OVERDUE_BACKGROUND : p.dueSoon() ? DUE_SOON_BACKGROUND : null);
        table.setCellColour((p, column) -> p.overdue() ? OVERDUE_FOREGROUND : null);
        table.setOpenListener(this::open);
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Inbox_countOnly, n));
                countOverdue(n);
            }
        });
        table.addErrorListener(e -> {
            if (!count.isDisposed()) {
                count.setText(e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage());
                count.getParent().layout();
            }
        });
        loadCommunities();
        refresh();
        // an import, a dialog, another window: the inbox follows without 刷新
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.petitions");
    }

    private void loadCommunities() {
        communities = units.listInScope(OrgLevel.COMMUNITY);
        filters.setChoices(COMMUNITY, communities);
    }

    /** Asks again with the filters, keeping the place and the selected petition (after a change of the data). */
    public void refresh() {
        source.base = conditions();
        if (inputSet) {
            table.refresh();
        } else {
            inputSet = true;
            table.setInput(source);
        }
    }

    /** Asks with the filters as they are now, from the top (after a change of the filters). */
    private void query() {
        source.base = conditions();
        inputSet = true;
        table.setInput(source);
    }

    private PetitionQuery conditions() {
        OrgUnit community = filters.choice(COMMUNITY);
        return new PetitionQuery(filters.choice(STATUS), filters.choice(KIND), filters.choice(URGENCY),
                community == null ? null : community.code(), filters.checked(OVERDUE), null, 0, 0);
    }

    /**
     * How many of the rows shown are overdue, counted after the rows are on the screen (the first page does not wait for it)
     * and written beside their number; a newer query's count replaces an older one still running.
     */
    private void countOverdue(int n) {
        PetitionQuery q = source.base;
        if (overdueJob != null) {
            overdueJob.cancel();
        }
        Display display = count.getDisplay();
        Job job = Job.create(Messages.Inbox_countingOverdue, monitor -> {
            long overdue = q.overdue() ? n : petitions.count(new PetitionQuery(q.status(), q.kind(), q.urgency(), q.unitCode(), true, q.text(), 0, 0));
            display.asyncExec(() -> {
                if (!count.isDisposed() && source.base == q && !monitor.isCanceled()) {
                    count.setText(NLS.bind(Messages.Inbox_count, n, overdue));
                }
            });
        });
        job.setSystem(true);
        overdueJob = job;
        job.schedule();
    }

    private void openSelected() {
        List<PetitionSummary> selected = table.getSelection();
        if (!selected.isEmpty()) {
            open(selected.get(0));
        }
    }

    private void open(PetitionSummary petition) {
        new PetitionDialog(table.getControl().getShell(), petitions, petition.id()).open();
    }

    /** @return the table (for tests) */
    public RecordTable<PetitionSummary> table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    /**
     * The rows through the petitions service: its scoped, masked, indexed queries, a page at a time
     * (the table's content filter is the query's text); counts of status and community filters come
     * from the counts it keeps. Called off the UI thread.
     */
    private final class Source implements RecordSource<PetitionSummary> {
        volatile PetitionQuery base = PetitionQuery.all();

        private PetitionQuery with(Filter filter, int offset, int limit) {
            PetitionQuery q = base;
            Filter.Condition text = filter.conditions().get("content");
            return new PetitionQuery(q.status(), q.kind(), q.urgency(), q.unitCode(), q.overdue(), text == null ? null : text.value(), offset, limit);
        }

        @Override
        public int count(Filter filter) {
            return Math.toIntExact(petitions.count(with(filter, 0, 0)));
        }

        @Override
        public List<PetitionSummary> page(Filter filter, Sort sort, int offset, int limit) {
            return petitions.list(with(filter, offset, limit));
        }
    }
}
