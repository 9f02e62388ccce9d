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
    public static String Modules_header_id;
    public static String Modules_header_name;
    public static String Modules_header_version;
    public static String Modules_header_category;
    public static String Modules_header_bundle;
    public static String Modules_count;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
