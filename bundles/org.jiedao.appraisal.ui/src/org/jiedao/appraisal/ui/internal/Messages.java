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
    public static String Grades_settings;
    public static String Grades_seriesCadres;
    public static String Grades_seriesQuotas;
    public static String Settings_title;
    public static String Settings_help;
    public static String Settings_readOnly;
    public static String Settings_indicators;
    public static String Settings_levels;
    public static String Settings_annual;
    public static String Settings_quarterWeight;
    public static String Settings_examWeight;
    public static String Settings_honourPoints;
    public static String Settings_honourCap;
    public static String Settings_quotas;
    public static String Settings_bonus;
    public static String Settings_save;
    public static String Settings_notNumber;
    public static String Settings_saved;
    public static String FollowUps_record;
    public static String FollowUps_edit;
    public static String FollowUps_delete;
    public static String FollowUps_kind;
    public static String FollowUps_on;
    public static String FollowUps_note;
    public static String FollowUps_nothingYet;
    public static String FollowUps_none;
    public static String FollowUps_count;
    public static String FollowUps_countOpen;
    public static String FollowUps_confirmDelete;
    public static String FollowUps_recorded;
    public static String FollowUps_changed;
    public static String FollowUps_deleted;
    public static String FollowUp_title;
    public static String Scores_title;
    public static String Scores_year;
    public static String Scores_quarter;
    public static String Scores_quarterItem;
    public static String Scores_add;
    public static String Scores_reload;
    public static String Scores_save;
    public static String Scores_help;
    public static String Scores_cadre;
    public static String Scores_name;
    public static String Scores_rater;
    public static String Scores_level;
    public static String Scores_open;
    public static String Scores_published;
    public static String Scores_publishedReason;
    public static String Scores_denied;
    public static String Scores_loaded;
    public static String Scores_discard;
    public static String Scores_where;
    public static String Scores_unknownCadre;
    public static String Scores_cadreRequired;
    public static String Scores_raterTooLong;
    public static String Scores_badLevel;
    public static String Scores_badScore;
    public static String Scores_nameReadOnly;
    public static String Scores_cadreReadOnly;
    public static String Scores_pasteEmpty;
    public static String Scores_pasteTitle;
    public static String Scores_pasteRefused;
    public static String Scores_pasteBeyond;
    public static String Scores_pasteRight;
    public static String Scores_pasteOtherCadre;
    public static String Scores_pasted;
    public static String Scores_fixFirst;
    public static String Scores_saved;
    public static String Progress_title;
    public static String Progress_entered;
    public static String Progress_missing;
    public static String Progress_none;
    public static String Progress_summary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
