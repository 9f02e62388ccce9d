package org.jiedao.exchange.internal;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * Messages of the exchange framework in one language (messages.properties, messages_zh.properties).
 * Unlike NLS's static fields, an import's messages follow the locale it was started for, so a
 * workbench in Chinese and a script in English can share one installation.
 */
public final class Messages {

    public String Value_tooLong;
    public String Value_describeText;
    public String Value_notWhole;
    public String Value_outOfRange;
    public String Value_describeInteger;
    public String Value_tooManyDecimals;
    public String Value_describeDecimal;
    public String Value_notNumber;
    public String Value_notDate;
    public String Value_noSuchDate;
    public String Value_describeDate;
    public String Value_notChoice;
    public String Value_yes;
    public String Value_no;
    public String Value_describeUnit;
    public String Value_notBoolean;
    public String Value_describeBoolean;
    public String Value_noUnit;
    public String Value_unitOutsideScope;
    public String Value_uncalculated;
    public String Value_formulaError;
    public String Value_error;
    public String Value_oversize;
    public String Value_required;
    public String File_notFound;
    public String File_unreadable;
    public String File_unsupported;
    public String File_unsupportedKind;
    public String File_wordDocument;
    public String File_damaged;
    public String File_encrypted;
    public String File_noSheet;
    public String File_empty;
    public String File_noDataRows;
    public String File_mergedHeader;
    public String File_duplicateHeader;
    public String File_unknownHeaders;
    public String File_missingColumns;
    public String File_blankHeader;
    public String File_unterminatedQuote;
    public String File_tooManyCells;
    public String File_cannotWrite;
    public String File_exportType;
    public String File_suspicious;
    public String Format_unknown;
    public String Format_notImportable;
    public String Format_notExportable;
    public String Format_denied;
    public String Import_deniedInUnit;
    public String Import_deniedNoUnit;
    public String Format_unknownFilter;
    public String Import_cancelled;
    public String Import_failed;
    public String Import_validating;
    public String Import_writing;
    public String Import_validated;
    public String Import_written;
    public String Export_writing;
    public String Export_written;
    public String Rejects_problemsHeader;
    public String Rejects_rowHeader;
    public String Problem_location;
    public String Problem_locationCsv;
    public String Problem_column;
    public String Ignored_columns;
    public String OrgUnits_denied;
    public String OrgUnits_duplicateCode;
    public String OrgUnits_exists;
    public String OrgUnits_noParent;
    public String OrgUnits_parentLevel;
    public String OrgUnits_rootWithParent;
    public String OrgUnits_cycle;
    public String OrgUnits_underFilter;

    /** @return the messages in the locale's language (Chinese for zh, else English) */
    public static Messages get(Locale locale) {
        return LocalizedMessages.load(Messages.class, locale);
    }

    /** @return the messages in the default locale's language */
    public static Messages get() {
        return get(Locale.getDefault());
    }
}
