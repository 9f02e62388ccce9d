package org.jiedao.safety.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the Fire safety workbench (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.safety.ui.internal.messages"; //$NON-NLS-1$

    public static String Scoreboard_points;
    public static String Scoreboard_title;
    public static String Scoring_badEntry;
    public static String Scoring_contest;
    public static String Scoring_entered;
    public static String Scoring_entry;
    public static String Scoring_entryHint;
    public static String Scoring_noContest;
    public static String Scoring_question;
    public static String Scoring_rank;
    public static String Scoring_reload;
    public static String Scoring_round;
    public static String Scoring_rules;
    public static String Scoring_scoreboard;
    public static String Scoring_seconds;
    public static String Scoring_team;
    public static String Scoring_thisQuestion;
    public static String Scoring_total;
    public static String Scoring_wrongRisk;
    public static String Inspection_addPhoto;
    public static String Inspection_date;
    public static String Inspection_inspector;
    public static String Inspection_item;
    public static String Inspection_itemNote;
    public static String Inspection_keys;
    public static String Inspection_no;
    public static String Inspection_noPremises;
    public static String Inspection_note;
    public static String Inspection_nothing;
    public static String Inspection_photos;
    public static String Inspection_premises;
    public static String Inspection_premisesHint;
    public static String Inspection_premisesInfo;
    public static String Inspection_result;
    public static String Inspection_samples;
    public static String Inspection_save;
    public static String Inspection_savedNoHazard;
    public static String Inspection_savedOrder;
    public static String Inspection_unanswered;
    public static String Inspection_unreadable;
    public static String Orders_closedOn;
    public static String Orders_code;
    public static String Orders_count;
    public static String Orders_deadline;
    public static String Orders_failed;
    public static String Orders_failedDone;
    public static String Orders_failedQuestion;
    public static String Orders_issuedOn;
    public static String Orders_next;
    public static String Orders_notice;
    public static String Orders_openOnly;
    public static String Orders_overdue;
    public static String Orders_overdueOnly;
    public static String Orders_passed;
    public static String Orders_passedDone;
    public static String Orders_passedQuestion;
    public static String Orders_previous;
    public static String Orders_severity;
    public static String Orders_status;
    public static String Premises_address;
    public static String Premises_category;
    public static String Premises_charging;
    public static String Premises_code;
    public static String Premises_count;
    public static String Premises_edit;
    public static String Premises_findings;
    public static String Premises_hazards;
    public static String Premises_inspect;
    public static String Premises_inspections;
    public static String Premises_manager;
    public static String Premises_name;
    public static String Premises_new;
    public static String Premises_occupants;
    public static String Premises_order;
    public static String Premises_owner;
    public static String Premises_phone;
    public static String Premises_reinspects;
    public static String Premises_rooms;
    public static String Premises_text;
    public static String Premises_unit;
    public static String Premises_version;
    public static String Templates_items;
    public static String Templates_past;
    public static String Templates_readOnly;
    public static String Templates_samples;
    public static String Templates_save;
    public static String Templates_saved;
    public static String Templates_title;
    public static String Templates_version;
    public static String Templates_versionLabel;
    public static String Orders_text;
    public static String PremisesDialog_newTitle;
    public static String PremisesDialog_newMessage;
    public static String PremisesDialog_editTitle;
    public static String PremisesDialog_editMessage;
    public static String Orders_reinspectedOn;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
