package org.jiedao.eldercare.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Eldercare workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.eldercare.ui.internal.messages"; //$NON-NLS-1$

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
