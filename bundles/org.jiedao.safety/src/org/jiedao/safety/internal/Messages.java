package org.jiedao.safety.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of Fire safety (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.safety.internal.messages"; //$NON-NLS-1$

    public static String Demo_loaded;
    public static String Field_day;
    public static String Field_note;
    public static String Field_title;
    public static String Refused_future;
    public static String Refused_required;
    public static String Refused_tooLong;
    public static String Widget_entries;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
