package org.jiedao.eldercare.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of Eldercare (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.internal.messages"; //$NON-NLS-1$

    public static String Refused_updateMasked;
    public static String Cli_booked;
    public static String Cli_count;
    public static String Cli_enrolled;
    public static String Cli_items;
    public static String Cli_masked;
    public static String Cli_notADate;
    public static String Cli_notANumber;
    public static String Cli_optionRequired;
    public static String Cli_overdue;
    public static String Cli_referenceDay;
    public static String Cli_renovationDone;
    public static String Cli_subsidy;
    public static String Cli_unknownValue;
    public static String Cli_unvisited;
    public static String Cli_yes;
    public static String Col_address;
    public static String Col_age;
    public static String Col_aged60;
    public static String Col_aged80;
    public static String Col_appliedOn;
    public static String Col_category;
    public static String Col_community;
    public static String Col_dueOn;
    public static String Col_id;
    public static String Col_idNumber;
    public static String Col_livingAlone;
    public static String Col_name;
    public static String Col_older;
    public static String Col_olderId;
    public static String Col_overdue;
    public static String Col_phone;
    public static String Col_population;
    public static String Col_reason;
    public static String Col_sex;
    public static String Col_share60;
    public static String Col_status;
    public static String Col_subsidy;
    public static String Col_total;
    public static String Col_year;
    public static String Col_younger;
    public static String Col_youngerId;
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
    public static String Widget_attended;
    public static String Widget_booked;
    public static String Widget_renovations;
    public static String Widget_unpaired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
