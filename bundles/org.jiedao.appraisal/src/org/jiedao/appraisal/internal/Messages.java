package org.jiedao.appraisal.internal;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * Messages of the cadre appraisal module in one language (messages.properties, messages_zh.properties).
 * Unlike NLS's static fields, an import's messages follow the locale it was started for, so a
 * workbench in Chinese and a script in English can share one installation.
 */
public final class Messages {

    public String Service_badQuarter;
    public String Service_unknownFollowUp;
    public String Round_badLines;
    public String Round_unknownCadre;
    public String Round_raterRequired;
    public String Round_raterTooLong;
    public String Round_levelRequired;
    public String Round_incomplete;
    public String Round_outOfRange;
    public String Round_duplicate;
    public String Cmd_quarterRequired;
    public String Cmd_noRaters;
    public String Cmd_progressSummary;
    public String Header_expected;
    public String Header_entered;
    public String Header_missing;
    public String Settings_indicatorSum;
    public String Settings_levelSum;
    public String Settings_negative;
    public String Settings_quotaSum;
    public String Settings_bonusRange;
    public String Settings_decimals;
    public String Settings_separator;
    public String Cmd_badYear;
    public String Cmd_cadreRequired;
    public String Cmd_noCadres;
    public String Cmd_notGraded;
    public String Cmd_notGradedCount;
    public String Cmd_notPublished;
    public String Cmd_published;
    public String Cmd_publishedYear;
    public String Cmd_reasonRequired;
    public String Cmd_summary;
    public String Cmd_unlocked;
    public String Cmd_yearRequired;
    public String Explain_annual;
    public String Explain_bonus;
    public String Explain_bonusD;
    public String Explain_bonusFull;
    public String Explain_dYears;
    public String Explain_dYearsOnly;
    public String Explain_exam;
    public String Explain_grade;
    public String Explain_header;
    public String Explain_honour;
    public String Explain_honours;
    public String Explain_level;
    public String Explain_noExam;
    public String Explain_noQuarters;
    public String Explain_notGraded;
    public String Explain_notPublished;
    public String Explain_published;
    public String Explain_quarter;
    public String Explain_quarterMean;
    public String Explain_quotas;
    public String Explain_rank;
    public String Explain_tie;
    public String Explain_weights;
    public String Filter_badYear;
    public String Filter_unit;
    public String Filter_year;
    public String Header_bonus;
    public String Header_cadre;
    public String Header_dYears;
    public String Header_grade;
    public String Header_group;
    public String Header_name;
    public String Header_rank;
    public String Header_score;
    public String Header_unit;
    public String Import_duplicateRater;
    public String Import_duplicateRow;
    public String Import_published;
    public String Import_publishedGrade;
    public String Import_unknownCadre;
    public String Notice_notPublished;
    public String Notice_position;
    public String Notice_published;
    public String Notice_signCadre;
    public String Notice_signOffice;
    public String Notice_state;
    public String Notice_steps;
    public String Notice_title;
    public String Notice_year;
    public String Widget_cadres;
    public String Widget_noYear;
    public String Widget_quotas;
    public String Widget_series;
    public String Widget_seriesPublished;
    public String Service_anonymous;
    public String Service_badSettings;
    public String Service_denied;
    public String Service_notD;
    public String Service_notPublished;
    public String Service_nothingToPublish;
    public String Service_published;
    public String Service_reasonRequired;
    public String Service_unknownCadre;
    public String Service_unknownUnit;
    public String Demo_summary;

    /** @return the messages in the locale's language (Chinese for zh, else English) */
    public static Messages get(Locale locale) {
        return LocalizedMessages.load(Messages.class, locale);
    }

    /** @return the messages in the default locale's language */
    public static Messages get() {
        return get(Locale.getDefault());
    }
}
