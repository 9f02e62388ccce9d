package org.jiedao.safety.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of Fire safety (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.safety.internal.messages"; //$NON-NLS-1$

    public static String Demo_loaded;
    public static String Export_filterCommunity;
    public static String Export_filterContest;
    public static String Field_address;
    public static String Field_attendance;
    public static String Field_category;
    public static String Field_code;
    public static String Field_count;
    public static String Field_date;
    public static String Field_fileName;
    public static String Field_inspector;
    public static String Field_item;
    public static String Field_kind;
    public static String Field_manager;
    public static String Field_name;
    public static String Field_note;
    public static String Field_organisation;
    public static String Field_organisers;
    public static String Field_owner;
    public static String Field_phone;
    public static String Field_place;
    public static String Field_result;
    public static String Field_seconds;
    public static String Field_team;
    public static String Field_title;
    public static String Refused_answerTwice;
    public static String Refused_beforeIssue;
    public static String Refused_deadlineBeforeIssue;
    public static String Refused_eventExists;
    public static String Refused_future;
    public static String Refused_gridNotInCommunity;
    public static String Refused_inspectionIncomplete;
    public static String Refused_itemMissing;
    public static String Refused_itemTwice;
    public static String Refused_itemTwiceRow;
    public static String Refused_kindMismatch;
    public static String Refused_kindMismatchRow;
    public static String Refused_mustValue;
    public static String Refused_negative;
    public static String Refused_noContest;
    public static String Refused_noEvent;
    public static String Refused_noFinding;
    public static String Refused_noItem;
    public static String Refused_noItems;
    public static String Refused_noOrder;
    public static String Refused_noPhoto;
    public static String Refused_noPremises;
    public static String Refused_noTemplateVersion;
    public static String Refused_notCommunity;
    public static String Refused_notImage;
    public static String Refused_orderExists;
    public static String Refused_orderNotOpen;
    public static String Refused_period;
    public static String Refused_photoEmpty;
    public static String Refused_photoName;
    public static String Refused_photoTooLarge;
    public static String Refused_premisesExists;
    public static String Refused_questionNumber;
    public static String Refused_required;
    public static String Refused_riskNotOffered;
    public static String Refused_riskValues;
    public static String Refused_severityMissing;
    public static String Refused_severityNotHazard;
    public static String Refused_streetOnly;
    public static String Refused_teamExists;
    public static String Refused_teamNotInContest;
    public static String Refused_tooLong;
    public static String Template_sampleItem;
    public static String Template_sampleTitle;
    public static String Widget_entries;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
