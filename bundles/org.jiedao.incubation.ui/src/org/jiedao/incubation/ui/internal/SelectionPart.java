package org.jiedao.incubation.ui.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.Records.Application;
import org.jiedao.incubation.Records.Ranking;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.Round;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 双向选择: a round's result (run, then reviewed, then confirmed) with the explanation of the selected
 * project: where it applied, where it was ranked, who took the places it wanted.
 */
public final class SelectionPart {

    public static final String ID = "org.jiedao.incubation.ui.part.selection";
    public static final String TABLE = "org.jiedao.incubation.ui.selection.table";
    public static final String EXPLANATION = "org.jiedao.incubation.ui.selection.explanation";
    public static final String STATE = "org.jiedao.incubation.ui.selection.state";
    public static final String ROUND = "round";
    public static final String RUN = "run";
    public static final String REVIEW = "review";
    public static final String CONFIRM = "confirm";
    public static final String APPLICATIONS = "org.jiedao.incubation.ui.selection.applications";
    public static final String RANKINGS = "org.jiedao.incubation.ui.selection.rankings";
    /** suffixes of the tabs' button keys (APPLICATIONS + ADD …) */
    public static final String ADD = ".add";
    public static final String REMOVE = ".remove";
    public static final String UP = ".up";
    public static final String DOWN = ".down";

    private final IncubationSelection selection;
    private final OrgUnitService units;
    private final SecurityService security;
    private RecordTable<Application> applications;
    private RecordTable<Ranking> rankings;
    private FilterBar filters;
    private Label state;
    private RecordTable<MatchRow> table;
    private Text explanation;
    private final Map<String, String> names = new HashMap<>();
    /** the project explained (kept across refreshes: a commit elsewhere re-reads the result) */
    private MatchRow explained;

    @Inject
    public SelectionPart(IncubationSelection selection, OrgUnitService units, SecurityService security) {
        this.selection = selection;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        units.list().forEach(u -> names.put(u.code(), u.name()));
        filters = new FilterBar(parent).choice(ROUND, Messages.Col_round, selection.rounds().stream().map(Round::name).toList(), r -> r);
        filters.addChangeListener(this::refresh);
        filters.button(RUN, Messages.Selection_run, () -> act(() -> selection.run(round())));
        filters.button(REVIEW, Messages.Selection_review, () -> act(() -> selection.review(round())));
        filters.button(CONFIRM, Messages.Selection_confirm, () -> act(() -> selection.confirm(round(), LocalDate.now())));
        state = new Label(parent, SWT.WRAP);
        state.setData(STATE, Boolean.TRUE);
        state.setText(Messages.Selection_pick);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        SashForm sash = new SashForm(tabs, SWT.HORIZONTAL);
        CTabItem resultTab = new CTabItem(tabs, SWT.NONE);
        resultTab.setText(Messages.Tab_result);
        resultTab.setControl(sash);
        tabs.setSelection(resultTab);
        createApplications(tabs);
        createRankings(tabs);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        table = new RecordTable<>(left, List.of(
                Column.<MatchRow>of("project", Messages.Col_project, MatchRow::project).width(110),
                Column.<MatchRow>of("community", Messages.Col_community, m -> m.community() == null ? Messages.Selection_unmatched
                        : names.getOrDefault(m.community(), m.community())).width(130),
                Column.<MatchRow>of("projectRank", Messages.Col_projectRank, MatchRow::projectRank).width(90).unfilterable(),
                Column.<MatchRow>of("communityRank", Messages.Col_communityRank, MatchRow::communityRank).width(90).unfilterable()));
        table.getControl().setData(TABLE, table);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionListener(rows -> {
            if (!rows.isEmpty()) {
                explain(rows.get(0));
            }
        });
        explanation = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        explanation.setData(EXPLANATION, Boolean.TRUE);
        sash.setWeights(55, 45);
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.incubation");
    }

    private List<String> communities() {
        return ProjectsPart.unitNames(units, security, OrgLevel.COMMUNITY);
    }

    /** A tab with a row of buttons over a table. */
    private static Composite tab(CTabFolder tabs, String title) {
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(c);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(c);
        return c;
    }

    private static Composite buttons(Composite parent, String prefix, Runnable add, Runnable remove, Runnable up, Runnable down) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        String[] labels = { Messages.Action_add, Messages.Action_remove, Messages.Action_up, Messages.Action_down };
        Runnable[] actions = { add, remove, up, down };
        String[] keys = { ADD, REMOVE, UP, DOWN };
        for (int i = 0; i < 4; i++) {
            Button b = new Button(bar, SWT.PUSH);
            b.setText(labels[i]);
            b.setData(prefix + keys[i], Boolean.TRUE);
            Runnable action = actions[i];
            b.addListener(SWT.Selection, e -> action.run());
        }
        return bar;
    }

    private void createApplications(CTabFolder tabs) {
        Composite c = tab(tabs, Messages.Tab_applications);
        buttons(c, APPLICATIONS, () -> act(() -> new ApplicationDialog(c.getShell(), selection, round(), communities(),
                applications.getSelection().isEmpty() ? null : applications.getSelection().get(0).project()).open()),
                () -> act(() -> onApplication(a -> selection.withdraw(a.round(), a.project(), a.community()))),
                () -> act(() -> onApplication(a -> move(a, -1))), () -> act(() -> onApplication(a -> move(a, 1))));
        applications = new RecordTable<>(c, List.of(
                Column.<Application>of("project", Messages.Col_project, Application::project).width(110),
                Column.<Application>of("community", Messages.Col_community, Application::communityName).width(130),
                Column.<Application>of("projectRank", Messages.Col_projectRank, Application::projectRank).width(90).unfilterable()));
        applications.getControl().setData(APPLICATIONS, applications);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(applications.getControl());
    }

    private void createRankings(CTabFolder tabs) {
        Composite c = tab(tabs, Messages.Tab_rankings);
        buttons(c, RANKINGS, () -> act(() -> new RankingDialog(c.getShell(), selection, round(), communities(),
                rankings.getSelection().isEmpty() ? null : rankings.getSelection().get(0).communityName()).open()),
                () -> act(() -> onRanking(k -> selection.unrank(k.round(), k.community(), k.project()))),
                () -> act(() -> onRanking(k -> move(k, -1))), () -> act(() -> onRanking(k -> move(k, 1))));
        rankings = new RecordTable<>(c, List.of(
                Column.<Ranking>of("community", Messages.Col_community, Ranking::communityName).width(130),
                Column.<Ranking>of("project", Messages.Col_project, Ranking::project).width(110),
                Column.<Ranking>of("communityRank", Messages.Col_communityRank, Ranking::communityRank).width(90).unfilterable(),
                Column.<Ranking>of("places", Messages.Col_places, Ranking::places).width(70).unfilterable()));
        rankings.getControl().setData(RANKINGS, rankings);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rankings.getControl());
    }

    private void onApplication(java.util.function.Consumer<Application> action) {
        if (applications.getSelection().isEmpty()) {
            throw new IncubationException(Messages.Pick_row);
        }
        action.accept(applications.getSelection().get(0));
    }

    private void onRanking(java.util.function.Consumer<Ranking> action) {
        if (rankings.getSelection().isEmpty()) {
            throw new IncubationException(Messages.Pick_row);
        }
        action.accept(rankings.getSelection().get(0));
    }

    /** Moves a project's application one place up (-1) or down (+1) in its order of preference. */
    private void move(Application a, int by) {
        List<String> order = new java.util.ArrayList<>(selection.applications(a.round()).stream().filter(x -> x.project().equals(a.project()))
                .map(Application::community).toList());
        int i = order.indexOf(a.community());
        int j = i + by;
        if (j < 0 || j >= order.size()) {
            return;
        }
        java.util.Collections.swap(order, i, j);
        selection.reorder(a.round(), a.project(), order);
    }

    /** Moves a project one place up (-1) or down (+1) in its community's ranking: it takes its neighbour's rank and the neighbour its own. */
    private void move(Ranking k, int by) {
        List<Ranking> ofCommunity = selection.rankings(k.round()).stream().filter(x -> x.community().equals(k.community())).toList();
        int i = -1;
        for (int n = 0; n < ofCommunity.size(); n++) {
            if (ofCommunity.get(n).project().equals(k.project())) {
                i = n;
            }
        }
        int j = i + by;
        if (i < 0 || j < 0 || j >= ofCommunity.size()) {
            return;
        }
        Ranking other = ofCommunity.get(j);
        if (other.communityRank() == k.communityRank()) { // a tie: step out of it
            selection.rank(k.round(), k.community(), k.project(), Math.max(1, k.communityRank() + by), k.places());
        } else {
            selection.rank(k.round(), k.community(), other.project(), k.communityRank(), k.places());
            selection.rank(k.round(), k.community(), k.project(), other.communityRank(), k.places());
        }
    }

    private String round() {
        String r = filters.choice(ROUND);
        if (r == null) {
            throw new IncubationException(Messages.Selection_pick);
        }
        return r;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (IncubationException | org.jiedao.core.org.OrgUnitException | org.jiedao.core.persistence.AccessDeniedException e) {
            state.setText(e.getMessage());
            state.getParent().layout();
        }
    }

    void refresh() {
        String r = filters.choice(ROUND);
        if (explained != null && explained.round().equals(r)) {
            explain(explained);
        } else {
            explain(null);
        }
        if (r == null) {
            table.setInput(new ListRecordSource<>(List::of, table.getColumns()));
            applications.setInput(new ListRecordSource<>(List::of, applications.getColumns()));
            rankings.setInput(new ListRecordSource<>(List::of, rankings.getColumns()));
            return;
        }
        applications.setInput(new ListRecordSource<>(() -> selection.applications(r), applications.getColumns()));
        rankings.setInput(new ListRecordSource<>(() -> selection.rankings(r), rankings.getColumns()));
        Round round = selection.rounds().stream().filter(x -> x.name().equals(r)).findFirst().orElse(null);
        if (round != null) {
            state.setText(NLS.bind(Messages.Selection_state, new Object[] { round.name(), label(round.status()), round.applications(),
                    round.rankings() }));
            state.getParent().layout();
        }
        table.setInput(new ListRecordSource<>(() -> selection.result(r), table.getColumns()));
    }

    private static String label(RoundStatus status) {
        return status.displayName(java.util.Locale.getDefault());
    }

    private void explain(MatchRow row) {
        explained = row;
        if (row == null) {
            explanation.setText("");
            return;
        }
        try {
            explanation.setText(selection.explainText(row.round(), row.project()));
        } catch (IncubationException | org.jiedao.core.org.OrgUnitException e) {
            explanation.setText(e.getMessage());
        }
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
