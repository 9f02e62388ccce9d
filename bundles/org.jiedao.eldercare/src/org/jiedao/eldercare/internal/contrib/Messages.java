package org.jiedao.eldercare.internal.contrib;

import org.eclipse.osgi.util.NLS;

/** Messages of the module's contributions (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.internal.contrib.messages"; //$NON-NLS-1$

    public static String Widget_served;
    public static String Widget_visitors;
    public static String Import_marketTwice;
    public static String Import_stall;
    public static String Import_unknownElder;
    public static String Import_twice;
    public static String Import_items;
    public static String Import_rejectedStatus;
    public static String Import_approver;
    public static String Import_full;
    public static String Import_youngerFull;
    public static String Import_olderTwice;
    public static String Import_noCommunity;
    public static String Export_filterCommunity;
    public static String Export_filterYear;
    public static String Export_filterOn;
    public static String Export_bad;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
