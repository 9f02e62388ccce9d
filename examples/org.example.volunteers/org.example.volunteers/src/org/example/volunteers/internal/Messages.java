package org.example.volunteers.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the volunteers plugin (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.example.volunteers.internal.messages"; //$NON-NLS-1$

    public static String Cli_optionRequired;
    public static String Cli_total;
    public static String Col_community;
    public static String Col_event;
    public static String Col_events;
    public static String Col_heldOn;
    public static String Col_hours;
    public static String Col_id;
    public static String Col_organisation;
    public static String Col_place;
    public static String Col_volunteer;
    public static String Col_volunteers;
    public static String Demo_loaded;
    public static String Export_filterCommunity;
    public static String Export_filterMonth;
    public static String Refused_alreadyRecorded;
    public static String Refused_future;
    public static String Refused_month;
    public static String Refused_phone;
    public static String Refused_twiceInFile;
    public static String Refused_unit;
    public static String Widget_hours;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
