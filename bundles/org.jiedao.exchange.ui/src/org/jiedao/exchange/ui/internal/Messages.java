package org.jiedao.exchange.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the import and export wizards (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.exchange.ui.internal.messages"; //$NON-NLS-1$

    public static String Browse;
    public static String Import_title;
    public static String Import_fileTitle;
    public static String Import_fileDescription;
    public static String Import_format;
    public static String Import_file;
    public static String Import_sheet;
    public static String Import_charset;
    public static String Import_charsetDetect;
    public static String Import_charsetFound;
    public static String Import_fileHint;
    public static String Import_filterSheets;
    public static String Import_filterAll;
    public static String Import_noFormats;
    public static String Import_noSuchFile;
    public static String Import_failed;
    public static String Import_doneTitle;
    public static String Import_done;
    public static String Import_partial;
    public static String Mapping_title;
    public static String Mapping_description;
    public static String Mapping_fileColumn;
    public static String Mapping_formatColumn;
    public static String Mapping_ignore;
    public static String Mapping_missing;
    public static String Preview_title;
    public static String Preview_description;
    public static String Preview_row;
    public static String Preview_column;
    public static String Preview_problem;
    public static String Preview_ignored;
    public static String Preview_allOrNothing;
    public static String Preview_skipInvalid;
    public static String Preview_rejectsSuffix;
    public static String Preview_rejectsNeeded;
    public static String Preview_allGood;
    public static String Preview_someBad;
    public static String Preview_invalid;
    public static String Export_title;
    public static String Export_pageTitle;
    public static String Export_pageDescription;
    public static String Export_file;
    public static String Export_headers;
    public static String Export_headersChinese;
    public static String Export_headersKeys;
    public static String Export_charset;
    public static String Export_charsetUtf8;
    public static String Export_filterEmpty;
    public static String Export_type;
    public static String Export_doneTitle;
    public static String Export_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
