package org.example.volunteers.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the volunteers workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.example.volunteers.ui.internal.messages"; //$NON-NLS-1$

    public static String Hours_community;
    public static String Hours_events;
    public static String Hours_hours;
    public static String Hours_month;
    public static String Hours_organisation;
    public static String Hours_total;
    public static String Hours_volunteer;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
