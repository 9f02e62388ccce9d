package org.jiedao.petitions.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the petitions module (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.petitions.internal.messages"; //$NON-NLS-1$

    public static String Cli_anonymous;
    public static String Cli_assignee;
    public static String Cli_count;
    public static String Cli_deadlines;
    public static String Cli_done;
    public static String Cli_dueSoon;
    public static String Cli_history;
    public static String Cli_masked;
    public static String Cli_notANumber;
    public static String Cli_limit;
    public static String Cli_optionRequired;
    public static String Cli_overdue;
    public static String Cli_unknownValue;
    public static String Col_assignee;
    public static String Col_at;
    public static String Col_by;
    public static String Col_category;
    public static String Col_channel;
    public static String Col_community;
    public static String Col_content;
    public static String Col_detail;
    public static String Col_dueOn;
    public static String Col_from;
    public static String Col_id;
    public static String Col_kind;
    public static String Col_mergedInto;
    public static String Col_overdue;
    public static String Col_petitioner;
    public static String Col_phone;
    public static String Col_reason;
    public static String Col_receivedOn;
    public static String Col_reply;
    public static String Col_satisfaction;
    public static String Col_status;
    public static String Col_step;
    public static String Col_to;
    public static String Col_urgency;
    public static String Detail_duplicateOf;
    public static String Detail_satisfaction;
    public static String Export_badStatus;
    public static String Export_filterCommunity;
    public static String Export_filterStatus;
    public static String Field_assignee;
    public static String Field_category;
    public static String Field_community;
    public static String Field_content;
    public static String Field_fileName;
    public static String Field_followUp;
    public static String Field_note;
    public static String Field_openedBy;
    public static String Field_petitioner;
    public static String Field_phone;
    public static String Field_reason;
    public static String Field_reply;
    public static String Field_witness;
    public static String Refused_adminOnly;
    public static String Refused_assignee;
    public static String Refused_attachmentSize;
    public static String Refused_category;
    public static String Refused_categoryExists;
    public static String Refused_attachmentLimit;
    public static String Refused_deadlines;
    public static String Refused_emptyAttachment;
    public static String Refused_future;
    public static String Refused_mergeSelf;
    public static String Refused_mergeTarget;
    public static String Refused_mergeTargetHint;
    public static String Refused_noAttachment;
    public static String Refused_noOpening;
    public static String Refused_notCommunity;
    public static String Refused_notFound;
    public static String Refused_openingDate;
    public static String Refused_or;
    public static String Refused_phone;
    public static String Refused_required;
    public static String Refused_satisfaction;
    public static String Refused_tooLong;
    public static String Refused_transition;
    public static String Refused_unit;
    public static String Refused_witnessSame;
    public static String Report_followUp;
    public static String Report_handler;
    public static String Report_normal;
    public static String Report_number;
    public static String Report_petitionerSign;
    public static String Report_printedBy;
    public static String Report_reviewer;
    public static String Report_title;
    public static String System_name;
    public static String Widget_closedCount;
    public static String Widget_dueSoon;
    public static String Widget_lastOpened;
    public static String Widget_never;
    public static String Widget_petitions;
    public static String Widget_unit;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
