package org.jiedao.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the core bundle (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.core.internal.messages"; //$NON-NLS-1$

    public static String CommandLine_missingValue;
    public static String CommandLine_flagWithValue;
    public static String CommandLine_unknownOption;
    public static String CommandLine_missingArgument;
    public static String CommandLine_unexpectedArgument;
    public static String CommandLine_missingSubcommand;
    public static String CommandLine_unknownSubcommand;
    public static String TextTable_unknownFormat;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
