package org.jiedao.security.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** Messages of the platform's dashboard widgets and search (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.dashboard.messages"; //$NON-NLS-1$

    public static String Units_series;
    public static String Units_unit;
    public static String Units_captionAll;
    public static String Units_captionUnder;
    public static String Users_role;
    public static String Users_count;
    public static String Users_unit;
    public static String Search_subtitle;
    public static String Search_subtitleRoot;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
