package org.jiedao.modules.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Modules dialog, in zh and en (messages*.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.jiedao.modules.ui.internal.messages";

    public static String Dialog_title;
    public static String Dialog_close;
    public static String Dialog_tab_installed;
    public static String Dialog_tab_available;
    public static String Dialog_tab_history;
    public static String Dialog_update;
    public static String Dialog_updateAll;
    public static String Dialog_uninstall;
    public static String Dialog_install;
    public static String Dialog_refresh;
    public static String Dialog_addRepository;
    public static String Dialog_revert;
    public static String Dialog_addRepositoryTitle;
    public static String Dialog_repositoryPrompt;
    public static String Dialog_badRepository;
    public static String Dialog_repositories;
    public static String Dialog_noRepositories;
    public static String Dialog_notManaged;
    public static String Dialog_installedSame;
    public static String Dialog_installedOther;
    public static String Dialog_confirmUninstall;
    public static String Dialog_confirmRevert;
    public static String Dialog_nothingChanged;
    public static String Dialog_restart;
    public static String Dialog_cancelled;
    public static String Dialog_internal;
    public static String Column_name;
    public static String Column_id;
    public static String Column_version;
    public static String Column_vendor;
    public static String Column_description;
    public static String Column_state;
    public static String Column_time;
    public static String Column_modules;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
