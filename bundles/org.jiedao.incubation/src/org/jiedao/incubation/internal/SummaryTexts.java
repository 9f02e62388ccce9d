package org.jiedao.incubation.internal;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * The yearly summary's texts in the language of the request (the CLI's or the workbench's locale), not the
 * installation's: the keys of messages.properties / messages_zh.properties beside this class.
 */
public final class SummaryTexts {

    public String Col_community;
    public String Col_consultations;
    public String Col_jobs;
    public String Col_projects;
    public String Col_sessions;
    public String Col_stations;
    public String Col_turnover;
    public String Summary_attendance;
    public String Summary_byCommunity;
    public String Summary_checkedBy;
    public String Summary_coverage;
    public String Summary_desks;
    public String Summary_figures;
    public String Summary_noPlan;
    public String Summary_preparedBy;
    public String Summary_printed;
    public String Summary_scope;
    public String Summary_siyb;
    public String Summary_title;
    public String Summary_total;

    public static SummaryTexts get(Locale locale) {
        return LocalizedMessages.load(SummaryTexts.class, locale);
    }
}
