package org.jiedao.security.internal.privacy;

import org.eclipse.osgi.util.NLS;

/** Messages of the personal-data log (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.privacy.messages"; //$NON-NLS-1$

    public static String Privacy_readsDenied;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
