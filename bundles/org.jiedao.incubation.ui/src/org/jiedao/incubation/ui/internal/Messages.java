package org.jiedao.incubation.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the bundle (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.incubation.ui.internal.messages"; //$NON-NLS-1$

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
    public static String Col_exit;
    public static String Col_founder;
    public static String Col_from;
    public static String Col_graduation;
    public static String Col_guidanceRoom;
    public static String Col_missing;
    public static String Col_name;
    public static String Col_opened;
    public static String Col_phone;
    public static String Col_project;
    public static String Col_projectRank;
    public static String Col_quarter;
    public static String Col_round;
    public static String Col_school;
    public static String Col_sector;
    public static String Col_status;
    public static String Col_street;
    public static String Col_student;
    public static String Col_to;
    public static String Col_works;
    public static String Coverage_deadline;
    public static String Coverage_noPlan;
    public static String Coverage_on;
    public static String Desks_day;
    public static String Desks_incubator;
    public static String Desks_month;
    public static String Desks_weekdays;
    public static String Projects_count;
    public static String Refresh;
    public static String Selection_confirm;
    public static String Selection_pick;
    public static String Selection_review;
    public static String Selection_run;
    public static String Selection_state;
    public static String Selection_unmatched;
    public static String Stations_title;
    public static String Yes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
