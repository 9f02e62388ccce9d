package org.jiedao.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.ui.internal.messages"; //$NON-NLS-1$

    public static String FilterBar_all;
    public static String FilterBar_dateHint;
    public static String FilterBar_badDate;
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
    public static String Reports_title;
    public static String Reports_message;
    public static String Reports_none;
    public static String Reports_columnName;
    public static String Reports_columnModule;
    public static String Reports_preview;
    public static String Reports_building;
    public static String Reports_dateHint;
    public static String Reports_unavailable;
    public static String Preview_title;
    public static String Preview_page;
    public static String Preview_previous;
    public static String Preview_next;
    public static String Preview_zoom;
    public static String Preview_print;
    public static String Preview_savePdf;
    public static String Preview_saving;
    public static String Preview_savedTitle;
    public static String Preview_saved;
    public static String Preview_saveFailedTitle;
    public static String Preview_printFailedTitle;
    public static String Preview_printFailed;
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
    public static String Dashboard_title;
    public static String Dashboard_refresh;
    public static String Dashboard_loading;
    public static String Dashboard_updated;
    public static String Dashboard_empty;
    public static String Dashboard_cardLoading;
    public static String Dashboard_cardError;
    public static String Dashboard_cardErrorDetail;
    public static String Dashboard_jobName;
    public static String Dashboard_noRows;
    public static String Search_message;
    public static String Search_searching;
    public static String Search_nothing;
    public static String Search_failed;
    public static String Search_jobName;
    public static String Hit_title;
    public static String Hit_subtitle;
    public static String Hit_type;
    public static String Hit_id;
    public static String Hit_source;
    public static String Hit_openFailedTitle;
    public static String Hit_openFailed;
    public static String OrgUnit_name;
    public static String OrgUnit_code;
    public static String OrgUnit_level;
    public static String OrgUnit_parent;
    public static String OrgUnit_path;
    public static String OrgUnit_below;
    public static String OrgUnit_gone;

    public static String Conflict_title;
    public static String Conflict_reload;
    public static String Conflict_keep;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
