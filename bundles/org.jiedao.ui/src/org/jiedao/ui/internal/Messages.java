package org.jiedao.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.ui.internal.messages"; //$NON-NLS-1$

    public static String SignIn_shellTitle;
    public static String SignIn_title;
    public static String SignIn_message;
    public static String SignIn_opening;
    public static String SignIn_firstTitle;
    public static String SignIn_firstMessage;
    public static String SignIn_user;
    public static String SignIn_password;
    public static String SignIn_repeat;
    public static String SignIn_ok;
    public static String SignIn_cancel;
    public static String SignIn_mismatch;
    public static String SignIn_administratorName;
    public static String Overview_signedInAs;
    public static String Backup_chooseTitle;
    public static String Backup_chooseMessage;
    public static String Backup_jobName;
    public static String Backup_doneTitle;
    public static String Backup_done;
    public static String Backup_failedTitle;
    public static String Audit_user;
    public static String Audit_entity;
    public static String Audit_from;
    public static String Audit_to;
    public static String Audit_apply;
    public static String Audit_seq;
    public static String Audit_at;
    public static String Audit_action;
    public static String Audit_id;
    public static String Audit_changes;
    public static String Audit_count;
    public static String Audit_badDate;
    public static String Table_loading;
    public static String Form_required;
    public static String Users_username;
    public static String Users_name;
    public static String Users_role;
    public static String Users_unit;
    public static String Users_count;
    public static String Navigator_filter;
    public static String Navigator_column_name;
    public static String Navigator_column_version;
    public static String Navigator_empty;
    public static String Overview_welcomeTitle;
    public static String Overview_welcomeText;
    public static String Overview_onlyPlatform;
    public static String Overview_installedCount;
    public static String Overview_id;
    public static String Overview_version;
    public static String Overview_category;
    public static String Overview_bundle;
    public static String Overview_noDescription;
    public static String About_title;
    public static String About_version;
    public static String About_java;
    public static String About_system;
    public static String About_eclipse;
    public static String About_framework;
    public static String About_swt;
    public static String About_dataFolder;
    public static String About_tabModules;
    public static String About_tabBundles;
    public static String About_column_name;
    public static String About_column_id;
    public static String About_column_version;
    public static String About_column_state;
    public static String About_copy;
    public static String About_copied;
    public static String About_state_active;
    public static String About_state_resolved;
    public static String About_state_starting;
    public static String About_state_installed;
    public static String About_state_other;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
