package org.jiedao.safety.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Fire safety workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.safety.ui.internal.messages"; //$NON-NLS-1$

    public static String Scoreboard_points;
    public static String Scoreboard_title;
    public static String Scoring_badEntry;
    public static String Scoring_contest;
    public static String Scoring_entered;
    public static String Scoring_entry;
    public static String Scoring_entryHint;
    public static String Scoring_noContest;
    public static String Scoring_question;
    public static String Scoring_rank;
    public static String Scoring_reload;
    public static String Scoring_round;
    public static String Scoring_rules;
    public static String Scoring_scoreboard;
    public static String Scoring_seconds;
    public static String Scoring_team;
    public static String Scoring_thisQuestion;
    public static String Scoring_total;
    public static String Scoring_wrongRisk;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
