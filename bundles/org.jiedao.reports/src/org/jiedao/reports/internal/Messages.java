package org.jiedao.reports.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of reports and printing (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.reports.internal.messages"; //$NON-NLS-1$

    public static String Report_pageOf;
    public static String Report_unknown;
    public static String Report_denied;
    public static String Report_unknownParameter;
    public static String Report_noParameters;
    public static String Report_missingParameter;
    public static String Report_badDate;
    public static String Report_unknownUnit;
    public static String Report_providerBroken;
    public static String Report_noFont;
    public static String Report_writeFailed;
    public static String Cli_written;
    public static String Cli_noReports;
    public static String Cli_listed;
    public static String Cli_badParam;
    public static String Cli_outMissing;
    public static String Cli_headerId;
    public static String Cli_headerName;
    public static String Cli_headerModule;
    public static String Register_title;
    public static String Register_all;
    public static String Register_printedBy;
    public static String Register_printedAt;
    public static String Register_scope;
    public static String Register_code;
    public static String Register_name;
    public static String Register_level;
    public static String Register_parent;
    public static String Register_path;
    public static String Register_count;
    public static String Register_compiledBy;
    public static String Register_checkedBy;
    public static String Register_nobody;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
