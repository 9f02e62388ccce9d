package org.jiedao.security.internal.admin;

import org.eclipse.osgi.util.NLS;

/** Messages of the administration commands (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.admin.messages"; //$NON-NLS-1$

    public static String Backup_adminOnly;
    public static String Backup_done;
    public static String Backup_restored;
    public static String Audit_optionNotHere;
    public static String Audit_checkpointFileMissing;
    public static String Audit_otherInstallation;
    public static String Audit_checkpointHolds;
    public static String Audit_checkpointBroken;
    public static String Audit_checkpointBeyondEnd;
    public static String Audit_noCheckpointOfBroken;
    public static String Audit_checkpointWritten;
    public static String Audit_cannotWrite;
    public static String Audit_cannotRead;
    public static String Audit_notACheckpoint;
    public static String Audit_denied;
    public static String Audit_intact;
    public static String Audit_broken;
    public static String Audit_reasonMissing;
    public static String Audit_reasonLink;
    public static String Audit_reasonEnd;
    public static String Audit_reasonContent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
