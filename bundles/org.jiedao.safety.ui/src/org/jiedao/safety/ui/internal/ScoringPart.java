package org.jiedao.safety.ui.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.Contest;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.ContestTally;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.TeamStanding;

/**
 * Live scoring of a knowledge contest, keyboard first: the round, question and kind are set above
 * the grid; the team whose turn it is is selected in the grid, and the scorer types its answer into
 * the entry line and presses Enter — {@code y 12} (right, 12 seconds) for a must-answer question,
 * {@code 30 n 20} (risk value 30, wrong, 20 seconds) for a risk question, {@code -} to clear — then
 * the next team is selected (after the last, the next question). Every answer is stored at once and
 * the grid and the projector's scoreboard ({@link ScoreboardWindow}) show the new ranking.
 */
public final class ScoringPart {

    static final String ID = "org.jiedao.safety.ui.part.scoring";
    /** Widget data keys, for tests and accessibility tools. */
    static final String ENTRY = "safety.scoring.entry";
    static final String GRID = "safety.scoring.grid";

    private final SafetyEvents events;
    private Combo contestCombo;
    private Spinner round;
    private Spinner question;
    private Combo kind;
    private Table grid;
    private Text entry;
    private Label status;
    private List<Contest> contests = List.of();
    private Contest contest;
    private ContestTally tally;
    private int team;
    private ScoreboardWindow scoreboard;

    @Inject
    public ScoringPart(SafetyEvents events) {
        this.events = events;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(9).margins(8, 8).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Scoring_contest);
        contestCombo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(contestCombo);
        contestCombo.addListener(SWT.Selection, e -> select(contests.get(contestCombo.getSelectionIndex())));
        new Label(parent, SWT.NONE).setText(Messages.Scoring_round);
        round = new Spinner(parent, SWT.BORDER);
        round.setValues(1, 1, 99, 0, 1, 5);
        new Label(parent, SWT.NONE).setText(Messages.Scoring_question);
        question = new Spinner(parent, SWT.BORDER);
        question.setValues(1, 1, 9999, 0, 1, 10);
        kind = new Combo(parent, SWT.READ_ONLY);
        for (AnswerKind k : AnswerKind.values()) {
            kind.add(k.displayName(Locale.getDefault()));
        }
        kind.select(0);
        Button board = new Button(parent, SWT.PUSH);
        board.setText(Messages.Scoring_scoreboard);
        board.addListener(SWT.Selection, e -> openScoreboard());
        Button reload = new Button(parent, SWT.PUSH);
        reload.setText(Messages.Scoring_reload);
        reload.addListener(SWT.Selection, e -> reload());
        for (Spinner s : new Spinner[] { round, question }) {
            s.addListener(SWT.Modify, e -> showGrid());
        }

        grid = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        grid.setData(GRID, Boolean.TRUE);
        grid.setHeaderVisible(true);
        grid.setLinesVisible(true);
        String[] headers = { Messages.Scoring_team, Messages.Scoring_thisQuestion, Messages.Scoring_total, Messages.Scoring_wrongRisk,
                Messages.Scoring_seconds, Messages.Scoring_rank };
        int[] widths = { 220, 160, 90, 110, 90, 70 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(grid, i == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        grid.addListener(SWT.Selection, e -> {
            team = grid.getSelectionIndex();
            entry.setFocus();
        });
        GridDataFactory.fillDefaults().grab(true, true).span(9, 1).applyTo(grid);

        new Label(parent, SWT.NONE).setText(Messages.Scoring_entry);
        entry = new Text(parent, SWT.BORDER | SWT.SINGLE);
        entry.setData(ENTRY, Boolean.TRUE);
        entry.setMessage(Messages.Scoring_entryHint);
        GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(entry);
        entry.addListener(SWT.DefaultSelection, e -> {
            if (enter(entry.getText())) {
                entry.setText("");
            }
        });
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(9, 1).applyTo(status);
        reload();
    }

    /** Reads the contests again and selects the newest (or the one selected before). */
    void reload() {
        String selected = contest == null ? null : contest.code();
        contests = events.contests();
        contestCombo.removeAll();
        int index = 0;
        for (int i = 0; i < contests.size(); i++) {
            Contest c = contests.get(i);
            contestCombo.add(c.heldOn() + "  " + c.title() + " (" + c.code() + ")");
            if (c.code().equals(selected)) {
                index = i;
            }
        }
        if (contests.isEmpty()) {
            contest = null;
            tally = null;
            status.setText(Messages.Scoring_noContest);
            showGrid();
            return;
        }
        contestCombo.select(index);
        select(contests.get(index));
    }

    /** Scores {@code c}: its stored answers are the tally's start. */
    void select(Contest c) {
        contest = c;
        tally = new ContestTally(c.teamNames());
        events.answers(c.code()).forEach(tally::put);
        team = 0;
        status.setText(NLS.bind(Messages.Scoring_rules, c.rules().mustValue(), c.rules().riskValuesText()));
        showGrid();
        if (scoreboard != null) {
            scoreboard.show(c.title(), tally.ranking());
        }
    }

    /**
     * Enters the selected team's answer to the current question.
     *
     * @return whether it was taken (else the status line says why)
     */
    boolean enter(String text) {
        if (contest == null || contest.teams().isEmpty()) {
            return false;
        }
        String teamName = contest.teamNames().get(team);
        String t = text.strip();
        try {
            if (t.equals("-")) {
                events.clearAnswer(contest.code(), teamName, round.getSelection(), question.getSelection());
                tally.remove(teamName, round.getSelection(), question.getSelection());
            } else {
                ContestAnswer answer = parse(t, teamName);
                if (answer == null) {
                    status.setText(NLS.bind(Messages.Scoring_badEntry, t));
                    return false;
                }
                events.recordAnswer(contest.code(), answer);
                tally.put(answer);
            }
        } catch (SafetyException e) {
            status.setText(e.getMessage());
            return false;
        }
        status.setText(NLS.bind(Messages.Scoring_entered, new Object[] { teamName, round.getSelection(), question.getSelection() }));
        next();
        showGrid();
        if (scoreboard != null && !scoreboard.isDisposed()) {
            scoreboard.show(contest.title(), tally.ranking());
        }
        return true;
    }

    /** {@code y|n SECONDS} for a must-answer question, {@code VALUE y|n SECONDS} for a risk question; null if neither. */
    private ContestAnswer parse(String text, String teamName) {
        AnswerKind k = AnswerKind.values()[kind.getSelectionIndex()];
        String[] w = text.split("\\s+");
        int offset = k == AnswerKind.RISK ? 1 : 0;
        if (w.length != 2 + offset) {
            return null;
        }
        try {
            int value = k == AnswerKind.RISK ? Integer.parseInt(w[0]) : contest.rules().mustValue();
            String yn = w[offset].toLowerCase(Locale.ROOT);
            if (!yn.equals("y") && !yn.equals("n")) {
                return null;
            }
            return new ContestAnswer(round.getSelection(), question.getSelection(), teamName, k, value, yn.equals("y"),
                    Integer.parseInt(w[offset + 1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void next() {
        team++;
        if (team >= contest.teams().size()) {
            team = 0;
            question.setSelection(question.getSelection() + 1);
        }
    }

    private void showGrid() {
        grid.removeAll();
        if (tally == null) {
            return;
        }
        var standings = ContestScoring.byTeam(tally.ranking());
        for (String name : contest.teamNames()) {
            TeamStanding s = standings.get(name);
            ContestAnswer a = tally.get(name, round.getSelection(), question.getSelection());
            String cell = a == null ? "" : (a.correct() ? "✓ " : "✗ ") + (a.kind() == AnswerKind.RISK ? a.value() + " " : "") + a.seconds() + "s";
            new TableItem(grid, SWT.NONE).setText(new String[] { name, cell, Integer.toString(s.total()), Integer.toString(s.wrongRisk()),
                    Long.toString(s.seconds()), Integer.toString(s.rank()) });
        }
        grid.setSelection(team);
    }

    /** Opens the projector's scoreboard (or brings it to the front). */
    void openScoreboard() {
        if (scoreboard == null || scoreboard.isDisposed()) {
            scoreboard = new ScoreboardWindow(grid.getDisplay());
        }
        scoreboard.open();
        if (contest != null) {
            scoreboard.show(contest.title(), tally.ranking());
        }
        entry.setFocus();
    }

    ScoreboardWindow scoreboard() {
        return scoreboard;
    }

    Table grid() {
        return grid;
    }

    @Focus
    public void focus() {
        entry.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (scoreboard != null && !scoreboard.isDisposed()) {
            scoreboard.close();
        }
    }
}
