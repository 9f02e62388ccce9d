package org.jiedao.eldercare.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Eldercare workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.ui.internal.messages"; //$NON-NLS-1$

    public static String Elders_noCommunity;
    public static String Elders_communityTyped;
    public static String ElderDialog_contactPhone;
    public static String ElderDialog_contactName;
    public static String ElderDialog_floor;
    public static String ElderDialog_stair;
    public static String ElderDialog_building;
    public static String ElderDialog_editMessage;
    public static String ElderDialog_editTitle;
    public static String ElderDialog_newMessage;
    public static String ElderDialog_newTitle;
    public static String Elders_maskedEdit;
    public static String Elders_select;
    public static String Elders_title;
    public static String Elders_edit;
    public static String Elders_new;
    public static String Pairs_younger;
    public static String Pairs_visitPrompt;
    public static String Pairs_visit;
    public static String Pairs_title;
    public static String Pairs_take;
    public static String Pairs_suggest;
    public static String Pairs_since;
    public static String Pairs_selectSuggestion;
    public static String Pairs_selectPair;
    public static String Pairs_reason;
    public static String Pairs_older;
    public static String Pairs_none;
    public static String Pairs_endConfirm;
    public static String Pairs_end;
    public static String Pairs_alerts;
    public static String Courses_withdraw;
    public static String Courses_waitingPosition;
    public static String Courses_waiting;
    public static String Courses_title;
    public static String Courses_term;
    public static String Courses_status;
    public static String Courses_selectEnrolment;
    public static String Courses_select;
    public static String Courses_places;
    public static String Courses_name;
    public static String Courses_joinedWaiting;
    public static String Courses_heading;
    public static String Courses_enrolled;
    public static String Courses_enrol;
    public static String Courses_elderId;
    public static String Courses_code;
    public static String Courses_capacityPrompt;
    public static String Courses_capacity;
    public static String Common_notANumber;
    public static String Common_noElder;
    public static String Common_elderPrompt;
    public static String Bookings_weekday;
    public static String Bookings_title;
    public static String Bookings_service;
    public static String Bookings_selectDay;
    public static String Bookings_selectBooking;
    public static String Bookings_notOffered;
    public static String Bookings_month;
    public static String Bookings_heading;
    public static String Bookings_date;
    public static String Bookings_closed;
    public static String Bookings_closeDay;
    public static String Bookings_closeDayConfirm;
    public static String Bookings_chooseCommunity;
    public static String Bookings_cancelConfirm;
    public static String Bookings_cancel;
    public static String Bookings_booked;
    public static String Bookings_bookPrompt;
    public static String Bookings_book;
    public static String Bookings_badMonth;
    public static String Bookings_attendedCount;
    public static String Bookings_attended;
    public static String Elders_address;
    public static String Elders_age;
    public static String Elders_ageBand;
    public static String Elders_category;
    public static String Elders_community;
    public static String Elders_count;
    public static String Elders_idNumber;
    public static String Elders_livingAlone;
    public static String Elders_name;
    public static String Elders_needs;
    public static String Elders_phone;
    public static String Elders_refresh;
    public static String Elders_sex;
    public static String Elders_yes;
    public static String Renovations_accept;
    public static String Renovations_appliedOn;
    public static String Renovations_apply;
    public static String Renovations_applyPrompt;
    public static String Renovations_approve;
    public static String Renovations_approvePrompt;
    public static String Renovations_assess;
    public static String Renovations_assessPrompt;
    public static String Renovations_badAmount;
    public static String Renovations_badItems;
    public static String Renovations_count;
    public static String Renovations_dueOn;
    public static String Renovations_id;
    public static String Renovations_install;
    public static String Renovations_noElder;
    public static String Renovations_overdue;
    public static String Renovations_overdueMark;
    public static String Renovations_reason;
    public static String Renovations_reject;
    public static String Renovations_rejectPrompt;
    public static String Renovations_select;
    public static String Renovations_status;
    public static String Renovations_subsidy;
    public static String Renovations_title;
    public static String Renovations_total;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
