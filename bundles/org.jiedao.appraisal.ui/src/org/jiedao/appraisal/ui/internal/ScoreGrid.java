package org.jiedao.appraisal.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ControlEditor;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.ScoreLine;
import org.jiedao.appraisal.AppraisalService.ScoreProblem;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * The score entry grid of a round: an SWT table with a {@link TableCursor} that behaves like a
 * spreadsheet. Arrow keys, Home/End and Page Up/Down move the cell cursor (the TableCursor's own
 * handling), Tab/Shift+Tab and Enter move right/left and down, typing starts editing the cell with
 * the typed character (overwriting it), F2 or a double click edits the current text, Delete or
 * Backspace clears the cell, Escape cancels an edit, Ctrl+V pastes a tab-separated block from the
 * clipboard (Excel, WPS) at the cursor, Ctrl+C copies the cell.
 * <p>
 * Every committed cell is checked at once: a bad value stays as typed, its cell turns red and the
 * message listener gets the reason. A paste is checked as a whole first: one bad cell and nothing
 * of the block is written.
 */
final class ScoreGrid {

    static final int CADRE = 0;
    static final int NAME = 1;
    static final int RATER = 2;
    static final int LEVEL = 3;
    static final int FIRST_SCORE = 4;
    static final int COLUMNS = FIRST_SCORE + Indicator.values().length;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A line of the grid as text, exactly as typed. */
    static final class Row {
        final String[] cells = new String[COLUMNS];
        /** whether the row came from the round (its cadre is fixed) */
        final boolean fixed;

        Row(boolean fixed) {
            this.fixed = fixed;
            java.util.Arrays.fill(cells, "");
        }
    }

    private final Table table;
    private final TableCursor cursor;
    private final ControlEditor editor;
    private final Locale locale = Locale.getDefault();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Cadre> cadres = new HashMap<>();
    private final Color bad;
    private Consumer<String> messages = m -> { };
    private Runnable changed = () -> { };
    private String readOnlyReason;
    private Text text;

    ScoreGrid(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.Scores_cadre, Messages.Scores_name, Messages.Scores_rater, Messages.Scores_level };
        int[] widths = { 72, 64, 96, 56 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        for (Indicator indicator : Indicator.values()) {
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            column.setText(indicator.displayName(locale));
            column.setWidth(52);
        }
        bad = new Color(table.getDisplay(), 255, 190, 190);
        table.addListener(SWT.Dispose, e -> bad.dispose());

        cursor = new TableCursor(table, SWT.NONE);
        editor = new ControlEditor(cursor);
        editor.grabHorizontal = true;
        editor.grabVertical = true;
        cursor.addListener(SWT.KeyDown, this::keyDown);
        cursor.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                int direction = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0 ? -1 : 1;
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                step(direction);
            }
        });
        // Enter on the cursor: down, as in a spreadsheet
        cursor.addListener(SWT.DefaultSelection, e -> move(cursorRow() + 1, cursor.getColumn()));
        cursor.addListener(SWT.MouseDoubleClick, e -> edit(null));
        // keep the row selection with the cell cursor
        cursor.addListener(SWT.Selection, e -> table.setSelection(cursorRow()));
    }

    Table table() {
        return table;
    }

    TableCursor cursor() {
        return cursor;
    }

    void onMessage(Consumer<String> listener) {
        messages = listener;
    }

    void onChange(Runnable listener) {
        changed = listener;
    }

    /** Null: editable; else why the grid is read-only (shown when the user tries to change it). */
    void setReadOnly(String reason) {
        readOnlyReason = reason;
    }

    /** Shows a round's lines; the cadres are those a new row may name. */
    void setInput(List<Cadre> roundCadres, List<ScoreLine> lines) {
        cancelEdit();
        cadres.clear();
        roundCadres.forEach(c -> cadres.put(c.cadreId(), c));
        rows.clear();
        for (ScoreLine line : lines) {
            Row row = new Row(true);
            row.cells[CADRE] = line.cadreId();
            Cadre cadre = cadres.get(line.cadreId());
            row.cells[NAME] = cadre == null ? "" : cadre.name();
            row.cells[RATER] = line.raterId() == null ? "" : line.raterId();
            row.cells[LEVEL] = line.level() == null ? "" : line.level().displayName(locale);
            for (Indicator indicator : Indicator.values()) {
                BigDecimal value = line.scores().get(indicator);
                row.cells[FIRST_SCORE + indicator.ordinal()] = value == null ? "" : value.stripTrailingZeros().toPlainString();
            }
            rows.add(row);
        }
        table.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            new TableItem(table, SWT.NONE);
            paint(i);
        }
        if (!rows.isEmpty()) {
            cursor.setSelection(0, RATER);
            table.setSelection(0);
        }
        cursor.setVisible(!rows.isEmpty());
    }

    int rowCount() {
        return rows.size();
    }

    String cell(int row, int column) {
        return rows.get(row).cells[column];
    }

    /** Adds an empty line for another rater of the cadre of the current line, below it. */
    void addRater() {
        if (refuseReadOnly() || rows.isEmpty()) {
            return;
        }
        int at = cursorRow();
        Row source = rows.get(at);
        Row row = new Row(true);
        row.cells[CADRE] = source.cells[CADRE];
        row.cells[NAME] = source.cells[NAME];
        rows.add(at + 1, row);
        new TableItem(table, SWT.NONE, at + 1);
        paint(at + 1);
        move(at + 1, RATER);
        changed.run();
    }

    private int cursorRow() {
        TableItem row = cursor.getRow();
        return row == null ? 0 : table.indexOf(row);
    }

    /** @return the cell the cursor is on, as {row, column} */
    int[] position() {
        return new int[] { cursorRow(), cursor.getColumn() };
    }

    void move(int row, int column) {
        if (rows.isEmpty()) {
            return;
        }
        int r = Math.max(0, Math.min(rows.size() - 1, row));
        int c = Math.max(0, Math.min(COLUMNS - 1, column));
        table.showItem(table.getItem(r));
        cursor.setSelection(r, c);
        table.setSelection(r);
        cursor.setFocus();
    }

    /** Tab: the next (or previous) cell, wrapping to the next row's rater column. */
    private void step(int direction) {
        int r = cursorRow();
        int c = cursor.getColumn() + direction;
        if (c >= COLUMNS) {
            r++;
            c = RATER;
        } else if (c < 0) {
            r--;
            c = COLUMNS - 1;
        }
        if (r >= 0 && r < rows.size()) {
            move(r, c);
        }
    }

    private void keyDown(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        if (ctrl && (e.keyCode == 'v' || e.keyCode == 'V')) {
            paste();
        } else if (ctrl && (e.keyCode == 'c' || e.keyCode == 'C')) {
            copy();
        } else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            set(cursorRow(), cursor.getColumn(), "");
        } else if (e.keyCode == SWT.F2) {
            edit(null);
        } else if (!ctrl && (e.stateMask & SWT.ALT) == 0 && e.character >= ' ' && e.character != 127) {
            edit(String.valueOf(e.character));
        }
    }

    private boolean refuseReadOnly() {
        if (readOnlyReason != null) {
            messages.accept(readOnlyReason);
            return true;
        }
        return false;
    }

    private boolean editable(int row, int column) {
        return column != NAME && (column != CADRE || !rows.get(row).fixed);
    }

    /** Opens the cell editor: with {@code typed} replacing the cell, or (null) with the cell's text. */
    private void edit(String typed) {
        if (rows.isEmpty() || refuseReadOnly()) {
            return;
        }
        int row = cursorRow();
        int column = cursor.getColumn();
        if (!editable(row, column)) {
            messages.accept(column == NAME ? Messages.Scores_nameReadOnly : Messages.Scores_cadreReadOnly);
            return;
        }
        cancelEdit();
        text = new Text(cursor, column >= FIRST_SCORE ? SWT.RIGHT : SWT.LEFT);
        text.setText(typed != null ? typed : rows.get(row).cells[column]);
        text.setSelection(text.getText().length());
        Text mine = text;
        text.addListener(SWT.KeyDown, e -> {
            switch (e.keyCode) {
            case SWT.CR, SWT.KEYPAD_CR -> {
                commit(mine, row, column);
                move(row + 1, column);
            }
            case SWT.ESC -> {
                e.doit = false;
                cancelEdit();
                cursor.setFocus();
            }
            case SWT.ARROW_UP, SWT.ARROW_DOWN -> {
                commit(mine, row, column);
                move(row + (e.keyCode == SWT.ARROW_UP ? -1 : 1), column);
            }
            default -> {
            }
            }
        });
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                int direction = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0 ? -1 : 1;
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                commit(mine, row, column);
                cursor.setSelection(row, column);
                step(direction);
            } else if (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false; // handled in KeyDown (no default button, no closing)
            }
        });
        text.addListener(SWT.FocusOut, e -> commit(mine, row, column));
        editor.setEditor(text);
        text.setFocus();
    }

    private void commit(Text editorText, int row, int column) {
        if (editorText.isDisposed() || editorText != text) {
            return;
        }
        String value = editorText.getText();
        text = null;
        editorText.dispose();
        if (row < rows.size()) {
            set(row, column, value);
        }
    }

    /** Commits an open editor (before saving). */
    void commitEdit() {
        if (text != null && !text.isDisposed()) {
            TableItem item = cursor.getRow();
            commit(text, item == null ? 0 : table.indexOf(item), cursor.getColumn());
        }
    }

    private void cancelEdit() {
        if (text != null && !text.isDisposed()) {
            Text old = text;
            text = null;
            old.dispose();
        }
    }

    private void set(int row, int column, String value) {
        if (rows.isEmpty() || refuseReadOnly()) {
            return;
        }
        if (!editable(row, column)) {
            messages.accept(column == NAME ? Messages.Scores_nameReadOnly : Messages.Scores_cadreReadOnly);
            return;
        }
        Row r = rows.get(row);
        r.cells[column] = value.strip();
        if (column == CADRE) {
            Cadre cadre = cadres.get(r.cells[CADRE]);
            r.cells[NAME] = cadre == null ? "" : cadre.name();
        }
        paint(row);
        String problem = problem(row, column, r.cells[column]);
        messages.accept(problem == null ? "" : problem);
        changed.run();
    }

    /** @return why the text is not valid in the cell, or null */
    String problem(int row, int column, String value) {
        String where = NLS.bind(Messages.Scores_where, row + 1, table.getColumn(column).getText());
        if (value.isEmpty()) {
            return null;
        }
        if (column == CADRE && !cadres.containsKey(value)) {
            return where + NLS.bind(Messages.Scores_unknownCadre, value);
        }
        if (column == RATER && value.length() > 64) {
            return where + Messages.Scores_raterTooLong;
        }
        if (column == LEVEL && RaterLevel.parse(value).isEmpty()) {
            return where + NLS.bind(Messages.Scores_badLevel, value);
        }
        if (column >= FIRST_SCORE && score(value) == null) {
            return where + NLS.bind(Messages.Scores_badScore, value);
        }
        return null;
    }

    /** @return the score 0–100 with at most 2 decimals, or null */
    static BigDecimal score(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void paint(int row) {
        TableItem item = table.getItem(row);
        Row r = rows.get(row);
        item.setText(r.cells);
        for (int c = 0; c < COLUMNS; c++) {
            item.setBackground(c, problem(row, c, r.cells[c]) == null ? null : bad);
        }
        if (cursor.getRow() == item) {
            cursor.redraw();
        }
    }

    /** @return the first problem of any cell, or null */
    String firstProblem() {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < COLUMNS; c++) {
                String problem = problem(r, c, rows.get(r).cells[c]);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** @return the lines as the service takes them (cells checked before: see {@link #firstProblem()}) */
    List<ScoreLine> lines() {
        List<ScoreLine> lines = new ArrayList<>();
        for (Row r : rows) {
            Map<Indicator, BigDecimal> scores = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                String cell = r.cells[FIRST_SCORE + indicator.ordinal()];
                if (!cell.isEmpty()) {
                    scores.put(indicator, new BigDecimal(cell));
                }
            }
            lines.add(new ScoreLine(r.cells[CADRE].isEmpty() ? null : r.cells[CADRE], r.cells[RATER].isEmpty() ? null : r.cells[RATER],
                    RaterLevel.parse(r.cells[LEVEL]).orElse(null), scores));
        }
        return lines;
    }

    /** Marks the cells the service refused. */
    void mark(List<ScoreProblem> problems) {
        for (ScoreProblem p : problems) {
            if (p.line() < rows.size()) {
                int column = switch (p.column()) {
                case "cadre_id" -> CADRE;
                case "rater_id" -> RATER;
                case "rater_level" -> LEVEL;
                default -> {
                    int c = RATER;
                    for (Indicator indicator : Indicator.values()) {
                        if (indicator.key().equals(p.column())) {
                            c = FIRST_SCORE + indicator.ordinal();
                        }
                    }
                    yield c;
                }
                };
                table.getItem(p.line()).setBackground(column, bad);
            }
        }
        if (!problems.isEmpty()) {
            move(problems.get(0).line(), cursor.getColumn());
        }
    }

    private void copy() {
        if (rows.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { cell(cursorRow(), cursor.getColumn()) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void paste() {
        if (refuseReadOnly() || rows.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        String content;
        try {
            content = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        if (content == null || content.isEmpty()) {
            messages.accept(Messages.Scores_pasteEmpty);
            return;
        }
        int top = cursorRow();
        int left = cursor.getColumn();
        List<String> problems = new ArrayList<>();
        List<String[]> block = parse(content);
        int added = 0;
        for (int i = 0; i < block.size(); i++) {
            int r = top + i;
            String[] cells = block.get(i);
            boolean newRow = r >= rows.size();
            if (newRow) {
                added++;
                if (left != CADRE) {
                    problems.add(NLS.bind(Messages.Scores_pasteBeyond, r + 1));
                    continue;
                }
            }
            for (int j = 0; j < cells.length; j++) {
                int c = left + j;
                String value = cells[j].strip();
                String where = NLS.bind(Messages.Scores_where, r + 1, c < COLUMNS ? table.getColumn(c).getText() : "?");
                if (c >= COLUMNS) {
                    if (!value.isEmpty()) {
                        problems.add(NLS.bind(Messages.Scores_pasteRight, new Object[] { r + 1, j + 1, value }));
                    }
                    continue;
                }
                if (c == NAME) {
                    continue; // names come with the cadre; a copied name column is left as it is
                }
                if (c == CADRE && !newRow && rows.get(r).fixed) {
                    if (!value.equals(rows.get(r).cells[CADRE])) {
                        problems.add(where + NLS.bind(Messages.Scores_pasteOtherCadre, value, rows.get(r).cells[CADRE]));
                    }
                    continue;
                }
                if (c == CADRE && value.isEmpty()) {
                    problems.add(where + Messages.Scores_cadreRequired);
                    continue;
                }
                String problem = problem(r, c, value);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > 12 ? problems.subList(0, 12) : problems;
            String message = NLS.bind(Messages.Scores_pasteRefused, problems.size(), String.join("\n", shown));
            messages.accept(message.replace('\n', ' '));
            org.eclipse.jface.dialogs.MessageDialog.openError(table.getShell(), Messages.Scores_pasteTitle, message);
            return;
        }
        for (int i = 0; i < block.size(); i++) {
            int r = top + i;
            if (r >= rows.size()) {
                rows.add(new Row(false));
                new TableItem(table, SWT.NONE);
            }
            Row row = rows.get(r);
            String[] cells = block.get(i);
            for (int j = 0; j < cells.length && left + j < COLUMNS; j++) {
                int c = left + j;
                if (c != NAME) {
                    row.cells[c] = cells[j].strip();
                }
            }
            Cadre cadre = cadres.get(row.cells[CADRE]);
            row.cells[NAME] = cadre == null ? "" : cadre.name();
            paint(r);
        }
        int width = block.stream().mapToInt(c -> c.length).max().orElse(1);
        messages.accept(NLS.bind(Messages.Scores_pasted, new Object[] { block.size(), width, added }));
        move(top + block.size() - 1, Math.min(COLUMNS - 1, left + width - 1));
        changed.run();
    }

    /** Tab-separated rows as Excel and WPS put them on the clipboard; the final line break ends the block. */
    static List<String[]> parse(String content) {
        String body = content.replace("\r\n", "\n").replace('\r', '\n');
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String[]> block = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            block.add(line.split("\t", -1));
        }
        return block;
    }
}
