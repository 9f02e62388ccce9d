package org.jiedao.eldercare.internal.contrib;

import org.eclipse.osgi.util.NLS;

/** Messages of the module's contributions (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.internal.contrib.messages"; //$NON-NLS-1$

    public static String Report_signApplicant;
    public static String Report_signStreet;
    public static String Report_signCommunity;
    public static String Report_signInstaller;
    public static String Report_signElder;
    public static String Report_applicationText;
    public static String Report_acceptanceText;
    public static String Report_historyHeading;
    public static String Report_approved;
    public static String Report_checked;
    public static String Report_amount;
    public static String Report_quantity;
    public static String Report_unitPrice;
    public static String Report_item;
    public static String Report_code;
    public static String Report_noItems;
    public static String Report_itemsHeading;
    public static String Report_installedHeading;
    public static String Report_elderHeading;
    public static String Report_status;
    public static String Report_appliedOn;
    public static String Report_number;
    public static String Report_applicationTitle;
    public static String Report_acceptanceTitle;
    public static String Report_ownShare;
    public static String Report_notYet;
    public static String Report_subsidy;
    public static String Report_total;
    public static String Report_no;
    public static String Report_yes;
    public static String Report_livingAlone;
    public static String Report_none;
    public static String Report_category;
    public static String Report_phone;
    public static String Report_address;
    public static String Report_community;
    public static String Report_age;
    public static String Report_idNumber;
    public static String Report_elder;
    public static String Report_notInstalled;
    public static String Report_noRenovation;
    public static String Report_badNumber;
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
