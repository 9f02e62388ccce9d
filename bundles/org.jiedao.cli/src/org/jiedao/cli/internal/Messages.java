package org.jiedao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of jiedao-cli (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.cli.internal.messages"; //$NON-NLS-1$

    public static String Cli_usage;
    public static String Cli_commandsHeading;
    public static String Cli_helpCommand;
    public static String Cli_optionsHeading;
    public static String Cli_options;
    public static String Cli_exitCodes;
    public static String Cli_moreHelp;
    public static String Cli_seeCommandHelp;
    public static String Cli_unknownCommand;
    public static String Cli_noCommand;
    public static String Cli_noUsage;
    public static String Cli_commandBroken;
    public static String Cli_internalError;
    public static String Cli_version;
    public static String Cli_noSecurity;
    public static String Cli_notInitialised;
    public static String Cli_userPrompt;
    public static String Cli_passwordPrompt;
    public static String Cli_signInNeeded;
    public static String Cli_shellCommand;
    public static String Shell_usage;
    public static String Shell_trailingBackslash;
    public static String Shell_unclosedQuote;
    public static String Shell_lineError;
    public static String Shell_failed;
    public static String Shell_stopped;
    public static String Shell_nested;
    public static String Shell_launcherOption;
    public static String Shell_badOption;
    public static String Shell_fileNeeded;
    public static String Shell_cannotRead;
    public static String Shell_prompt;
    public static String Shell_noSuchFile;

    public static String Dashboard_unknown;
    public static String Dashboard_failed;
    public static String Dashboard_empty;
    public static String Dashboard_widget;
    public static String Dashboard_value;
    public static String Dashboard_unit;
    public static String Dashboard_caption;
    public static String Dashboard_category;
    public static String Search_empty;
    public static String Search_badLimit;
    public static String Search_module;
    public static String Search_type;
    public static String Search_id;
    public static String Search_title;
    public static String Search_details;
    public static String Search_failed;
    public static String Search_count;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
