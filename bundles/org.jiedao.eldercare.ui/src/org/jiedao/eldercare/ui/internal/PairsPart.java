package org.jiedao.eldercare.ui.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.MutualAid.Pair;
import org.jiedao.eldercare.MutualAid.Suggestion;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 互助结对 (低龄老人照顾高龄老人): the pairs of a community with their visits logged; suggestions for the
 * unpaired older elders, each with its reason, taken with one click; how many older elders are unpaired
 * and how many living alone had no visit in the settings' days (default 14) stands out above.
 */
public final class PairsPart {

    static final String ID = "org.jiedao.eldercare.ui.part.pairs";
    static final String COMMUNITY = "community";
    public static final String SUGGEST = "suggest";
    public static final String TAKE = "take";
    public static final String VISIT = "visit";
    public static final String END = "end";
    /** Keys of the controls' data, for tests. */
    public static final String PAIRS = "org.jiedao.eldercare.ui.pairs";
    public static final String SUGGESTIONS = "org.jiedao.eldercare.ui.suggestions";
    public static final String ALERTS = "org.jiedao.eldercare.ui.pairAlerts";

    private final MutualAid aid;
    private final OrgUnitService units;
    private final SecurityService security;
    private FilterBar filters;
    private RecordTable<Pair> pairs;
    private RecordTable<Suggestion> suggestions;
    private Label alerts;
    private volatile String community;
    private List<OrgUnit> communities = List.of();
    private volatile List<Suggestion> suggested = List.of();

    private final org.jiedao.eldercare.EldercareSettings settings;

    @Inject
    public PairsPart(MutualAid aid, OrgUnitService units, SecurityService security, org.jiedao.eldercare.EldercareSettings settings) {
        this.settings = settings;
        this.aid = aid;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        communities = units.listInScope(OrgLevel.COMMUNITY);
        filters = new FilterBar(parent);
        Ui.communityFilter(filters, COMMUNITY, communities);
        filters.addChangeListener(this::refresh);
        filters.button(SUGGEST, Messages.Pairs_suggest, this::suggest);
        filters.button(TAKE, Messages.Pairs_take, this::take);
        filters.button(VISIT, Messages.Pairs_visit, this::visit);
        filters.button(END, Messages.Pairs_end, this::end);
        alerts = new Label(parent, SWT.NONE);
        alerts.setData(ALERTS, Boolean.TRUE);
        alerts.setText(" ");
        alerts.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(alerts);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        List<Column<Pair>> pairColumns = List.of(
                Column.<Pair>of("younger", Messages.Pairs_younger, p -> p.younger().name() + " (" + p.younger().age() + ")").width(110),
                Column.<Pair>of("younger_address", Messages.Elders_address, p -> p.younger().address()).width(110),
                Column.<Pair>of("older", Messages.Pairs_older, p -> p.older().name() + " (" + p.older().age() + ")").width(110),
                Column.<Pair>of("older_address", Messages.Elders_address, p -> p.older().address()).width(110),
                Column.<Pair>of("alone", Messages.Elders_livingAlone, p -> p.older().livingAlone() ? Messages.Elders_yes : "").width(60),
                Column.<Pair>of("since", Messages.Pairs_since, Pair::since).width(95),
                Column.<Pair>of("community", Messages.Elders_community, p -> p.older().communityName()).width(120));
        pairs = new RecordTable<>(sash, pairColumns);
        pairs.getControl().setData(PAIRS, pairs);
        pairs.setInput(new ListRecordSource<>(() -> aid.pairs(community), pairColumns));
        List<Column<Suggestion>> suggestionColumns = List.of(
                Column.<Suggestion>of("older", Messages.Pairs_older, s -> s.older().name() + " (" + s.older().age() + ")").width(110),
                Column.<Suggestion>of("younger", Messages.Pairs_younger, s -> s.younger().name() + " (" + s.younger().age() + ")").width(110),
                Column.<Suggestion>of("reason", Messages.Pairs_reason, Suggestion::explanation).width(420));
        suggestions = new RecordTable<>(sash, suggestionColumns);
        suggestions.getControl().setData(SUGGESTIONS, suggestions);
        suggestions.setInput(new ListRecordSource<>(() -> suggested, suggestionColumns));
        sash.setWeights(55, 45);
        refresh();
        RecordsRefresh.whenChanged(pairs.getControl(), this::refresh, "org.jiedao.eldercare");
    }

    /** Reads the pairs and the alerts again (the suggestions go: they were for the pairs before). */
    public void refresh() {
        OrgUnit unit;
        try {
            unit = Ui.community(filters, COMMUNITY, communities);
        } catch (org.jiedao.eldercare.EldercareException e) {
            alerts.setText(e.getMessage());
            return;
        }
        community = unit == null ? null : unit.code();
        suggested = List.of();
        pairs.refresh();
        suggestions.refresh();
        String c = community;
        Job job = Job.create(Messages.Pairs_title, monitor -> {
            LocalDate today = LocalDate.now();
            int unpaired = aid.unpaired(c, today).size();
            int days = settings.rules().unvisitedDays();
            long unvisited = aid.unvisited(days, today).stream().filter(e -> c == null || e.communityCode().equals(c)).count();
            alerts.getDisplay().asyncExec(() -> {
                if (!alerts.isDisposed() && java.util.Objects.equals(c, community)) {
                    alerts.setText(NLS.bind(Messages.Pairs_alerts, new Object[] { unpaired, unvisited, days }));
                    alerts.getParent().layout(true);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void suggest() {
        String c = community;
        Ui.guarded(pairs.getControl().getShell(), Messages.Pairs_title, () -> {
            suggested = List.copyOf(aid.suggest(c, LocalDate.now()));
            suggestions.refresh();
            if (suggested.isEmpty()) {
                MessageDialog.openInformation(pairs.getControl().getShell(), Messages.Pairs_title, Messages.Pairs_none);
            }
        });
    }

    private void take() {
        List<Suggestion> chosen = suggestions.getSelection();
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(pairs.getControl().getShell(), Messages.Pairs_title, Messages.Pairs_selectSuggestion);
            return;
        }
        Ui.guarded(pairs.getControl().getShell(), Messages.Pairs_title,
                () -> aid.pair(chosen.get(0).younger().id(), chosen.get(0).older().id(), LocalDate.now()));
    }

    private Pair pair() {
        List<Pair> chosen = pairs.getSelection();
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(pairs.getControl().getShell(), Messages.Pairs_title, Messages.Pairs_selectPair);
            return null;
        }
        return chosen.get(0);
    }

    private void visit() {
        Pair p = pair();
        if (p == null) {
            return;
        }
        String note = Ui.ask(pairs.getControl().getShell(), Messages.Pairs_visit, NLS.bind(Messages.Pairs_visitPrompt, p.older().name()), "");
        if (note != null) {
            Ui.guarded(pairs.getControl().getShell(), Messages.Pairs_title, () -> {
                aid.logVisit(p.younger().id(), p.older().id(), LocalDate.now(), note.isBlank() ? null : note.strip());
                refresh();
            });
        }
    }

    private void end() {
        Pair p = pair();
        if (p != null && MessageDialog.openConfirm(pairs.getControl().getShell(), Messages.Pairs_end,
                NLS.bind(Messages.Pairs_endConfirm, p.younger().name(), p.older().name()))) {
            Ui.guarded(pairs.getControl().getShell(), Messages.Pairs_title, () -> aid.endPair(p.id(), LocalDate.now()));
        }
    }

    /** @return the pairs table (for tests) */
    public RecordTable<Pair> pairs() {
        return pairs;
    }

    /** @return the suggestions table (for tests) */
    public RecordTable<Suggestion> suggestions() {
        return suggestions;
    }

    @Focus
    public void focus() {
        pairs.getControl().setFocus();
    }
}
