package org.jiedao.safety.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Fire safety workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.safety.ui.internal.messages"; //$NON-NLS-1$

    public static String Entries_community;
    public static String Entries_count;
    public static String Entries_day;
    public static String Entries_note;
    public static String Entries_refresh;
    public static String Entries_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
