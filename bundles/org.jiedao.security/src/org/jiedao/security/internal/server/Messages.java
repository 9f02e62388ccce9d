package org.jiedao.security.internal.server;

import org.eclipse.osgi.util.NLS;

/** Messages of {@code jiedao-cli server} (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.server.messages"; //$NON-NLS-1$

    public static String Server_urlRequired;
    public static String Server_badUrl;
    public static String Server_badPrefix;
    public static String Server_hasEmbedded;
    public static String Server_alreadyDone;
    public static String Server_adminDone;
    public static String Server_initDone;
    public static String Server_cannotWrite;
    public static String Server_notShared;
    public static String Server_migrated;
    public static String Server_ownerPrompt;
    public static String Server_ownerPasswordPrompt;
    public static String Server_ownerNeeded;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
