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
import org.jiedao.core.org.OrgUnitService;
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

    private final IncubationSelection selection;
    private final OrgUnitService units;
    private FilterBar filters;
    private Label state;
    private RecordTable<MatchRow> table;
    private Text explanation;
    private final Map<String, String> names = new HashMap<>();
    /** the project explained (kept across refreshes: a commit elsewhere re-reads the result) */
    private MatchRow explained;

    @Inject
    public SelectionPart(IncubationSelection selection, OrgUnitService units) {
        this.selection = selection;
        this.units = units;
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
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
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
        } catch (IncubationException | org.jiedao.core.persistence.AccessDeniedException e) {
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
            return;
        }
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
        } catch (IncubationException e) {
            explanation.setText(e.getMessage());
        }
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
