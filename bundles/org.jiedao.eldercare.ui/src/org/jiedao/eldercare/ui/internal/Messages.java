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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
