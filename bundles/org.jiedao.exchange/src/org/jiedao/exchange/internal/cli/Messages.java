package org.jiedao.exchange.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Messages of the import, export and formats commands (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.exchange.internal.cli.messages"; //$NON-NLS-1$

    public static String Formats_id;
    public static String Formats_name;
    public static String Formats_import;
    public static String Formats_export;
    public static String Formats_module;
    public static String Formats_key;
    public static String Formats_header;
    public static String Formats_required;
    public static String Formats_accepts;
    public static String Formats_filters;
    public static String Cli_unknownFormat;
    public static String Cli_unknownEncoding;
    public static String Cli_missing;
    public static String Cli_badHeaders;
    public static String Cli_imported;
    public static String Cli_valid;
    public static String Cli_partial;
    public static String Cli_invalid;
    public static String Cli_invalidDry;
    public static String Cli_moreProblems;
    public static String Cli_row;
    public static String Cli_sheetRow;
    public static String Cli_column;
    public static String Cli_separator;
    public static String Cli_exported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
