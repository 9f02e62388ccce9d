package org.jiedao.safety.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.jiedao.safety.SafetyEvents;

/** The scoring part outside the workbench (in a shell of one's own), for the UI tests. */
public final class ScoringPartAccess {

    public static final String ENTRY = ScoringPart.ENTRY;
    public static final String GRID = ScoringPart.GRID;

    private final ScoringPart part;

    public ScoringPartAccess(SafetyEvents events, Composite parent) {
        part = new ScoringPart(events);
        part.create(parent);
    }

    public void openScoreboard() {
        part.openScoreboard();
    }

    public ScoreboardWindow scoreboard() {
        return part.scoreboard();
    }
}
