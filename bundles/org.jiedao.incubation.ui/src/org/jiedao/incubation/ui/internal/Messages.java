package org.jiedao.incubation.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the bundle (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.incubation.ui.internal.messages"; //$NON-NLS-1$

    public static String Action_add;
    public static String Action_down;
    public static String Action_editIncubator;
    public static String Action_editProject;
    public static String Action_figures;
    public static String Action_newIncubator;
    public static String Action_newProject;
    public static String Action_newStation;
    public static String Action_remove;
    public static String Action_up;
    public static String Application_message;
    public static String Application_new;
    public static String Col_address;
    public static String Col_authors;
    public static String Col_closed;
    public static String Col_code;
    public static String Col_community;
    public static String Col_communityRank;
    public static String Col_covered;
    public static String Col_deadline;
    public static String Col_entry;
    public static String Col_excellent;
    public static String Col_exhibition;
    public static String Col_exit;
    public static String Col_founder;
    public static String Col_from;
    public static String Col_graduation;
    public static String Col_guidanceRoom;
    public static String Col_jobs;
    public static String Col_missing;
    public static String Col_name;
    public static String Col_opened;
    public static String Col_phone;
    public static String Col_places;
    public static String Col_project;
    public static String Col_projectRank;
    public static String Col_quarter;
    public static String Col_reservedDesks;
    public static String Col_round;
    public static String Col_school;
    public static String Col_sector;
    public static String Col_status;
    public static String Col_street;
    public static String Col_student;
    public static String Col_to;
    public static String Col_turnover;
    public static String Col_unit;
    public static String Col_works;
    public static String Col_year;
    public static String Coverage_deadline;
    public static String Coverage_noPlan;
    public static String Coverage_on;
    public static String Desks_day;
    public static String Desks_incubator;
    public static String Desks_month;
    public static String Desks_weekdays;
    public static String Figures_line;
    public static String Figures_message;
    public static String Figures_none;
    public static String Figures_title;
    public static String Incubator_edit;
    public static String Incubator_message;
    public static String Incubator_new;
    public static String Pick_project;
    public static String Pick_row;
    public static String Project_badPhone;
    public static String Project_edit;
    public static String Project_masked;
    public static String Project_message;
    public static String Project_new;
    public static String Projects_count;
    public static String Ranking_message;
    public static String Ranking_new;
    public static String Refresh;
    public static String Selection_confirm;
    public static String Selection_pick;
    public static String Selection_review;
    public static String Selection_run;
    public static String Selection_state;
    public static String Selection_unmatched;
    public static String Station_edit;
    public static String Station_editMessage;
    public static String Station_new;
    public static String Station_newMessage;
    public static String Stations_title;
    public static String Tab_applications;
    public static String Tab_rankings;
    public static String Tab_result;
    public static String Yes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
