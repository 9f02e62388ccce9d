package org.jiedao.appraisal.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the appraisal workbench part (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.appraisal.ui.internal.messages"; //$NON-NLS-1$

    public static String Grades_year;
    public static String Grades_noYears;
    public static String Grades_published;
    public static String Grades_open;
    public static String Grades_publish;
    public static String Grades_unlock;
    public static String Grades_refresh;
    public static String Grades_distribution;
    public static String Grades_count;
    public static String Grades_cadre;
    public static String Grades_name;
    public static String Grades_unit;
    public static String Grades_score;
    public static String Grades_rank;
    public static String Grades_grade;
    public static String Grades_dYears;
    public static String Grades_bonus;
    public static String Grades_notGraded;
    public static String Grades_explanation;
    public static String Grades_selectCadre;
    public static String Grades_status;
    public static String Grades_noPermission;
    public static String Publish_title;
    public static String Publish_confirm;
    public static String Publish_done;
    public static String Unlock_title;
    public static String Unlock_reason;
    public static String Unlock_reasonRequired;
    public static String Unlock_done;
    public static String Error_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
