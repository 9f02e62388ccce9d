package org.jiedao.safety.internal;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * The module's texts in the language asked for (a report requested in English from a Chinese
 * installation is in English): the keys of messages.properties and messages_zh.properties beside
 * this class that the reports use, where {@link Messages} holds the installation's language.
 */
public final class Texts {

    public String Cli_overdue;
    public String Col_address;
    public String Col_category;
    public String Col_closed;
    public String Col_code;
    public String Col_deadline;
    public String Col_issuedOn;
    public String Col_manager;
    public String Col_open;
    public String Col_overdue;
    public String Col_owner;
    public String Col_phone;
    public String Col_premises;
    public String Col_previous;
    public String Col_severity;
    public String Col_status;
    public String Col_unit;
    public String Field_item;
    public String Field_note;
    public String Refused_noOrder;
    public String Report_item;
    public String Report_noticeHazards;
    public String Report_noticeText;
    public String Report_noticeTitle;
    public String Report_registerOrders;
    public String Report_registerTitle;
    public String Report_signChecker;
    public String Report_signInspector;
    public String Report_signMaker;
    public String Report_signPremises;

    public static Texts get(Locale locale) {
        return LocalizedMessages.load(Texts.class, locale);
    }
}
