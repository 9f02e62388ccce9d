package org.jiedao.petitions.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the petitions workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.petitions.ui.internal.messages"; //$NON-NLS-1$

    public static String Action_assign;
    public static String Action_close;
    public static String Action_merge;
    public static String Action_reject;
    public static String Action_reopen;
    public static String Action_reply;
    public static String Action_start;
    public static String Ask_assignee;
    public static String Ask_followUp;
    public static String Ask_mergeInto;
    public static String Ask_number;
    public static String Ask_reason;
    public static String Ask_reasonOptional;
    public static String Ask_reply;
    public static String Ask_required;
    public static String Ask_satisfaction;
    public static String Ask_satisfactionInvalid;
    public static String Col_assignee;
    public static String Col_by;
    public static String Col_category;
    public static String Col_channel;
    public static String Col_community;
    public static String Col_content;
    public static String Col_detail;
    public static String Col_due;
    public static String Col_id;
    public static String Col_kind;
    public static String Col_petitioner;
    public static String Col_phone;
    public static String Col_reason;
    public static String Col_received;
    public static String Col_reply;
    public static String Col_satisfaction;
    public static String Col_status;
    public static String Col_statusChange;
    public static String Col_step;
    public static String Col_time;
    public static String Col_urgency;
    public static String Dialog_gone;
    public static String Dialog_history;
    public static String Dialog_masked;
    public static String Dialog_refused;
    public static String Dialog_title;
    public static String Inbox_anonymous;
    public static String Inbox_community;
    public static String Inbox_count;
    public static String Inbox_countOnly;
    public static String Inbox_countingOverdue;
    public static String Inbox_kind;
    public static String Inbox_open;
    public static String Inbox_overdue;
    public static String Inbox_overdueMark;
    public static String Inbox_refresh;
    public static String Inbox_register;
    public static String Inbox_soonMark;
    public static String Inbox_status;
    public static String Inbox_urgency;
    public static String Opening_by;
    public static String Opening_day;
    public static String Opening_note;
    public static String Opening_title;
    public static String Opening_witness;
    public static String Register_hint;
    public static String Register_noCommunity;
    public static String Register_title;

    public static String Dialog_print;
    public static String Attachments_title;
    public static String Attachments_file;
    public static String Attachments_size;
    public static String Attachments_add;
    public static String Attachments_open;
    public static String Attachments_save;
    public static String Attachments_remove;
    public static String Attachments_removeConfirm;
    public static String Attachments_tooLarge;
    public static String Attachments_unreadable;
    public static String Attachments_unwritable;
    public static String Attachments_noProgram;
    public static String Attachments_scans;
    public static String Attachments_allFiles;
    public static String Settings_title;
    public static String Settings_message;
    public static String Settings_readOnly;
    public static String Settings_deadlines;
    public static String Settings_normal;
    public static String Settings_urgent;
    public static String Settings_soon;
    public static String Settings_days;
    public static String Settings_limit;
    public static String Settings_categories;
    public static String Settings_add;
    public static String Settings_remove;
    public static String Settings_categoryName;
    public static String Settings_tooLong;
    public static String Register_next;
    public static String Register_entered;
    public static String Opening_enterLetters;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
