package org.jiedao.appraisal.ui.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.Round;
import org.jiedao.appraisal.AppraisalService.RoundProgress;
import org.jiedao.appraisal.AppraisalService.RoundSaved;
import org.jiedao.appraisal.ScoreEntryException;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;

/**
 * 成绩录入: the score entry grid of a quarterly round (appraisal administrators only: it shows
 * individual raters) with the round's progress beside it. The grid is saved as a whole in one
 * transaction; a published year is shown read-only with the reason.
 */
public final class ScoresPart {

    /** Widget data keys, for tests and tools. */
    public static final String YEAR_ID = "org.jiedao.appraisal.ui.scores.year";
    public static final String QUARTER_ID = "org.jiedao.appraisal.ui.scores.quarter";
    public static final String GRID_ID = "org.jiedao.appraisal.ui.scores.grid";
    public static final String SAVE_ID = "org.jiedao.appraisal.ui.scores.save";
    public static final String ADD_ID = "org.jiedao.appraisal.ui.scores.add";
    public static final String PROGRESS_ID = "org.jiedao.appraisal.ui.scores.progress";
    public static final String PROGRESS_SUMMARY_ID = "org.jiedao.appraisal.ui.scores.progressSummary";
    public static final String STATE_ID = "org.jiedao.appraisal.ui.scores.state";
    public static final String STATUS_ID = "org.jiedao.appraisal.ui.scores.status";

    private final AppraisalService appraisal;

    private Spinner year;
    private Combo quarter;
    private Label state;
    private Button save;
    private Button add;
    private ScoreGrid grid;
    private Table progress;
    private Label progressSummary;
    private Label status;
    private boolean dirty;
    private int shownYear;
    private int shownQuarter;

    @Inject
    public ScoresPart(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Scores_year);
        year = new Spinner(top, SWT.BORDER);
        year.setData(YEAR_ID, Boolean.TRUE);
        year.setValues(initialYear(), 2000, 2100, 0, 1, 1);
        new Label(top, SWT.NONE).setText(Messages.Scores_quarter);
        quarter = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        quarter.setData(QUARTER_ID, Boolean.TRUE);
        for (int q = 1; q <= 4; q++) {
            quarter.add(NLS.bind(Messages.Scores_quarterItem, q));
        }
        quarter.select(Math.max(0, (LocalDate.now().getMonthValue() - 1) / 3));
        state = new Label(top, SWT.NONE);
        state.setData(STATE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(state);
        add = new Button(top, SWT.PUSH);
        add.setText(Messages.Scores_add);
        add.setData(ADD_ID, Boolean.TRUE);
        Button reload = new Button(top, SWT.PUSH);
        reload.setText(Messages.Scores_reload);
        save = new Button(top, SWT.PUSH);
        save.setText(Messages.Scores_save);
        save.setData(SAVE_ID, Boolean.TRUE);

        Label help = new Label(parent, SWT.WRAP);
        help.setText(Messages.Scores_help);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(help);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        grid = new ScoreGrid(sash);
        grid.table().setData(GRID_ID, Boolean.TRUE);
        Group right = new Group(sash, SWT.NONE);
        right.setText(Messages.Progress_title);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(right);
        progressSummary = new Label(right, SWT.WRAP);
        progressSummary.setData(PROGRESS_SUMMARY_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressSummary);
        progress = new Table(right, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        progress.setData(PROGRESS_ID, Boolean.TRUE);
        progress.setHeaderVisible(true);
        progress.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(progress);
        String[] headers = { Messages.Scores_cadre, Messages.Scores_name, Messages.Progress_entered, Messages.Progress_missing };
        int[] widths = { 64, 60, 60, 150 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(progress, i == 2 ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        sash.setWeights(66, 34);
        status = new Label(parent, SWT.WRAP);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);

        grid.onMessage(this::status);
        grid.onChange(() -> dirty = true);
        grid.cursor().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 's' || e.keyCode == 'S')) {
                save();
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.INSERT)) {
                grid.addRater();
            }
        });
        add.addListener(SWT.Selection, e -> grid.addRater());
        save.addListener(SWT.Selection, e -> save());
        reload.addListener(SWT.Selection, e -> load(true));
        year.addListener(SWT.Selection, e -> load(false));
        quarter.addListener(SWT.Selection, e -> load(false));
        load(true);
    }

    private int initialYear() {
        List<Integer> years = appraisal.years();
        return years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
    }

    private void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
            status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
        }
    }

    /** Shows the selected round (asking before unsaved changes are dropped, unless forced). */
    void load(boolean force) {
        int y = year.getSelection();
        int q = quarter.getSelectionIndex() + 1;
        if (dirty && !force && (y != shownYear || q != shownQuarter)
                && !MessageDialog.openQuestion(year.getShell(), Messages.Scores_title, Messages.Scores_discard)) {
            year.setSelection(shownYear);
            quarter.select(shownQuarter - 1);
            return;
        }
        Round round;
        try {
            round = appraisal.round(y, q, null);
        } catch (AccessDeniedException e) {
            grid.setInput(List.of(), List.of());
            grid.setReadOnly(e.getMessage());
            save.setEnabled(false);
            add.setEnabled(false);
            state.setText("");
            progress.removeAll();
            progressSummary.setText("");
            status(NLS.bind(Messages.Scores_denied, e.getMessage()));
            return;
        }
        shownYear = y;
        shownQuarter = q;
        dirty = false;
        grid.setInput(round.cadres(), round.lines());
        String reason = round.published() ? NLS.bind(Messages.Scores_publishedReason, y) : null;
        grid.setReadOnly(reason);
        save.setEnabled(!round.published());
        add.setEnabled(!round.published());
        state.setText(round.published() ? NLS.bind(Messages.Scores_published, y) : Messages.Scores_open);
        state.getParent().layout(true);
        showProgress();
        status(NLS.bind(Messages.Scores_loaded, new Object[] { y, q, round.cadres().size(), round.lines().stream()
                .filter(AppraisalService.ScoreLine::complete).count() }));
    }

    private void showProgress() {
        List<RoundProgress> list = appraisal.progress(shownYear, shownQuarter, null);
        progress.removeAll();
        int complete = 0;
        for (RoundProgress p : list.stream().sorted((a, b) -> Boolean.compare(a.complete(), b.complete())).toList()) {
            TableItem item = new TableItem(progress, SWT.NONE);
            String missing = p.expected().isEmpty() && p.entered().isEmpty() ? Messages.Progress_none : String.join("、", p.missing());
            item.setText(new String[] { p.cadre().cadreId(), p.cadre().name(), p.entered().size() + " / " + p.expected().size(), missing });
            if (p.complete()) {
                complete++;
            } else {
                item.setForeground(progress.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        progressSummary.setText(NLS.bind(Messages.Progress_summary, complete, list.size()));
        progressSummary.getParent().layout(true);
    }

    /** Saves the whole grid in one transaction; problems are marked in the grid, nothing is half-written. */
    void save() {
        grid.commitEdit();
        String problem = grid.firstProblem();
        if (problem != null) {
            status(NLS.bind(Messages.Scores_fixFirst, problem));
            return;
        }
        try {
            RoundSaved saved = appraisal.saveRound(shownYear, shownQuarter, null, grid.lines());
            dirty = false;
            load(true);
            status(NLS.bind(Messages.Scores_saved, new Object[] { shownYear, shownQuarter, saved.stored(), saved.removed() }));
        } catch (ScoreEntryException e) {
            grid.mark(e.problems());
            status(e.getMessage());
        } catch (ConcurrentChangeException e) {
            org.jiedao.ui.api.ConcurrentChangeDialog.open(year.getShell(), e);
        } catch (AppraisalException | AccessDeniedException e) {
            status(e.getMessage());
            MessageDialog.openError(year.getShell(), Messages.Error_title, e.getMessage());
        }
    }

    @Focus
    public void setFocus() {
        grid.cursor().setFocus();
    }
}
