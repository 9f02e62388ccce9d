package org.jiedao.safety.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.safety.TeamStanding;

/**
 * The scoreboard for a projector: a window of 1280×720 (F11 or double-click: full screen, Esc: back)
 * in large type, light on dark, showing the ranking the scorer's grid has just computed.
 */
public final class ScoreboardWindow {

    private final Shell shell;
    private final Label title;
    private final Composite rows;
    private final Font titleFont;
    private final Font rowFont;
    private final Color background;
    private final Color foreground;
    private final Color first;
    private final List<Label[]> lines = new ArrayList<>();

    public ScoreboardWindow(Display display) {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(Messages.Scoreboard_title);
        shell.setSize(1280, 720);
        background = new Color(16, 24, 40);
        foreground = new Color(240, 240, 240);
        first = new Color(255, 200, 60);
        FontData base = display.getSystemFont().getFontData()[0];
        titleFont = new Font(display, base.getName(), 36, SWT.BOLD);
        rowFont = new Font(display, base.getName(), 44, SWT.BOLD);
        shell.setBackground(background);
        GridLayoutFactory.fillDefaults().margins(40, 30).spacing(0, 24).applyTo(shell);
        title = new Label(shell, SWT.CENTER);
        title.setFont(titleFont);
        title.setBackground(background);
        title.setForeground(foreground);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        rows = new Composite(shell, SWT.NONE);
        rows.setBackground(background);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(40, 16).applyTo(rows);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        shell.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F11) {
                shell.setFullScreen(!shell.getFullScreen());
            } else if (e.keyCode == SWT.ESC) {
                shell.setFullScreen(false);
            }
        });
        shell.addListener(SWT.MouseDoubleClick, e -> shell.setFullScreen(!shell.getFullScreen()));
        shell.addListener(SWT.Dispose, e -> {
            titleFont.dispose();
            rowFont.dispose();
        });
    }

    /** Shows the window without taking the keyboard from the scorer (it is watched, not typed into). */
    public void open() {
        shell.setVisible(true);
    }

    public void close() {
        shell.close();
    }

    public boolean isDisposed() {
        return shell.isDisposed();
    }

    public Shell shell() {
        return shell;
    }

    /** Shows the ranking (rank, team, points, seconds); the leaders in gold. */
    public void show(String contestTitle, List<TeamStanding> ranking) {
        if (shell.isDisposed()) {
            return;
        }
        title.setText(contestTitle);
        while (lines.size() < ranking.size()) {
            Label[] line = new Label[4];
            for (int i = 0; i < line.length; i++) {
                line[i] = new Label(rows, i == 1 ? SWT.LEFT : SWT.RIGHT);
                line[i].setFont(rowFont);
                line[i].setBackground(background);
                GridDataFactory.fillDefaults().grab(i == 1, false).applyTo(line[i]);
            }
            lines.add(line);
        }
        while (lines.size() > ranking.size()) {
            for (Label l : lines.remove(lines.size() - 1)) {
                l.dispose();
            }
        }
        for (int i = 0; i < ranking.size(); i++) {
            TeamStanding s = ranking.get(i);
            Label[] line = lines.get(i);
            line[0].setText(Integer.toString(s.rank()));
            line[1].setText(s.team());
            line[2].setText(s.total() + " " + Messages.Scoreboard_points);
            line[3].setText(s.seconds() + " s");
            for (Label l : line) {
                l.setForeground(s.rank() == 1 ? first : foreground);
            }
        }
        shell.layout(true, true);
    }

    /** @return the lines shown, {@code "rank team total"} each (for tests and screen readers) */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Label[] line : lines) {
            out.add(line[0].getText() + " " + line[1].getText() + " " + line[2].getText().split(" ")[0]);
        }
        return out;
    }
}
