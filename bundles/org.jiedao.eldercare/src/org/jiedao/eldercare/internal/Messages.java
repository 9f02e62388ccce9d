package org.jiedao.eldercare.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of Eldercare (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.internal.messages"; //$NON-NLS-1$

    public static String Demo_loaded;
    public static String Field_building;
    public static String Field_category;
    public static String Field_code;
    public static String Field_contactName;
    public static String Field_contactPhone;
    public static String Field_day;
    public static String Field_floor;
    public static String Field_name;
    public static String Field_needs;
    public static String Field_note;
    public static String Field_phone;
    public static String Field_reason;
    public static String Field_service;
    public static String Field_stair;
    public static String Field_term;
    public static String History_approved;
    public static String Id_characters;
    public static String Id_check;
    public static String Id_date;
    public static String Id_length;
    public static String Id_missing;
    public static String Refused_aboveCap;
    public static String Refused_amount;
    public static String Refused_approver;
    public static String Refused_before;
    public static String Refused_bookedAlready;
    public static String Refused_booking;
    public static String Refused_capacity;
    public static String Refused_catalogue;
    public static String Refused_category;
    public static String Refused_closed;
    public static String Refused_course;
    public static String Refused_courseExists;
    public static String Refused_days;
    public static String Refused_elder;
    public static String Refused_enrolledAlready;
    public static String Refused_full;
    public static String Refused_future;
    public static String Refused_itemNotAssessed;
    public static String Refused_noItems;
    public static String Refused_noPair;
    public static String Refused_noPolicy;
    public static String Refused_noService;
    public static String Refused_notEnrolled;
    public static String Refused_olderAge;
    public static String Refused_olderPaired;
    public static String Refused_otherCommunity;
    public static String Refused_pair;
    public static String Refused_pairCommunity;
    public static String Refused_population;
    public static String Refused_quantity;
    public static String Refused_rate;
    public static String Refused_registered;
    public static String Refused_registeredElsewhere;
    public static String Refused_rejectTooLate;
    public static String Refused_renovation;
    public static String Refused_required;
    public static String Refused_settings;
    public static String Refused_step;
    public static String Refused_tooLong;
    public static String Refused_unit;
    public static String Refused_youngerAge;
    public static String Refused_youngerFull;
    public static String Suggest_building;
    public static String Suggest_community;
    public static String Suggest_stairwell;
    public static String Widget_ageing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
