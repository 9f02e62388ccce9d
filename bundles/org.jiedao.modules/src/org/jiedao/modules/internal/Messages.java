package org.jiedao.modules.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of module management, in zh and en (messages*.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.jiedao.modules.internal.messages";

    public static String Modules_noAgent;
    public static String Modules_notManaged;
    public static String Modules_task_available;
    public static String Modules_task_install;
    public static String Modules_task_update;
    public static String Modules_task_uninstall;
    public static String Modules_task_revert;
    public static String Modules_notInRepositories;
    public static String Modules_notInstalled;
    public static String Modules_didYouMean;
    public static String Modules_didYouMeanOr;
    public static String Modules_platformStays;
    public static String Modules_noEarlierState;
    public static String Modules_noSuchState;
    public static String Modules_engineFailed;
    public static String Modules_noRepositories;
    public static String Modules_repositoryUnreadable;
    public static String Modules_repositoryNotConfigured;
    public static String Modules_noKeyInFile;
    public static String Modules_cannotSaveTrust;
    public static String Modules_cannotSaveRepositories;
    public static String Modules_adminOnly;
    public static String Modules_backupFailed;
    public static String Modules_missingRequirement;
    public static String Modules_unresolvedMissing;
    public static String Modules_unresolvedConflict;
    public static String Modules_unresolved;
    public static String Modules_untrustedKey;
    public static String Modules_unsigned;
    public static String Modules_untrustedCertificate;
    public static String Modules_kind_bundle;
    public static String Modules_kind_package;
    public static String Modules_kind_unit;
    public static String Cli_header_id;
    public static String Cli_header_name;
    public static String Cli_header_version;
    public static String Cli_header_vendor;
    public static String Cli_header_description;
    public static String Cli_header_category;
    public static String Cli_header_bundle;
    public static String Cli_header_state;
    public static String Cli_header_time;
    public static String Cli_header_modules;
    public static String Cli_header_fingerprint;
    public static String Cli_header_user;
    public static String Cli_header_source;
    public static String Cli_header_repository;
    public static String Cli_installedCount;
    public static String Cli_availableCount;
    public static String Cli_notManagedList;
    public static String Cli_current;
    public static String Cli_nothingChanged;
    public static String Cli_upToDate;
    public static String Cli_alreadyThere;
    public static String Cli_backup;
    public static String Cli_noBackupShared;
    public static String Cli_restart;
    public static String Cli_cancelled;
    public static String Cli_repositoryAdded;
    public static String Cli_repositoryRemoved;
    public static String Cli_noRepositories;
    public static String Cli_badUri;
    public static String Cli_keyTrusted;
    public static String Cli_keyAlreadyTrusted;
    public static String Cli_cannotReadKeyFile;
    public static String Cli_badState;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
