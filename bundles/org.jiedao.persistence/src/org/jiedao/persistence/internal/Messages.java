package org.jiedao.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the persistence service (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.persistence.internal.messages"; //$NON-NLS-1$

    public static String Settings_unreadable;
    public static String Settings_unsupportedUrl;
    public static String Server_ownerMayNotCreateRoles;
    public static String Settings_badRolePrefix;
    public static String Database_signInFirst;
    public static String Database_migrationPending;
    public static String Database_securityFailed;
    public static String Database_notShared;
    public static String Database_roleRefused;
    public static String Database_locked;
    public static String Database_unreachable;
    public static String Database_badCredentials;
    public static String Database_failed;
    public static String Database_connectionLost;
    public static String Database_noDataFolder;
    public static String Database_migrationFailed;
    public static String Scope_readOnly;
    public static String Audit_readDenied;
    public static String Scope_outside;
    public static String Backup_exists;
    public static String Backup_failed;
    public static String Backup_notABackup;
    public static String Backup_restoreFailed;
    public static String Backup_damaged;
    public static String Backup_server;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
