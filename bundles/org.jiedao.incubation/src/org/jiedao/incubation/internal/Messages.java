package org.jiedao.incubation.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the bundle (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.incubation.internal.messages"; //$NON-NLS-1$

    public static String Explain_matched;
    public static String Explain_notRanked;
    public static String Explain_outcomeLess;
    public static String Explain_outcomeMatched;
    public static String Explain_outcomeNoPlaces;
    public static String Explain_outcomeNotRanked;
    public static String Explain_outcomeTaken;
    public static String Explain_ranked;
    public static String Explain_step;
    public static String Explain_unmatched;
    public static String Export_filterRound;
    public static String Field_address;
    public static String Field_attendance;
    public static String Field_authors;
    public static String Field_code;
    public static String Field_cohort;
    public static String Field_date;
    public static String Field_endDate;
    public static String Field_founder;
    public static String Field_from;
    public static String Field_graduates;
    public static String Field_handledBy;
    public static String Field_jobs;
    public static String Field_name;
    public static String Field_openedOn;
    public static String Field_participants;
    public static String Field_phone;
    public static String Field_places;
    public static String Field_project;
    public static String Field_reservedDesks;
    public static String Field_resident;
    public static String Field_round;
    public static String Field_school;
    public static String Field_sector;
    public static String Field_startDate;
    public static String Field_student;
    public static String Field_title;
    public static String Field_to;
    public static String Field_topic;
    public static String Field_trainer;
    public static String Field_turnover;
    public static String Field_works;
    public static String Refused_appliedTwice;
    public static String Refused_closedBeforeOpened;
    public static String Refused_codeTaken;
    public static String Refused_cohortTaken;
    public static String Refused_cohortUnit;
    public static String Refused_desksFull;
    public static String Refused_didNotApply;
    public static String Refused_eligibilityYears;
    public static String Refused_endBeforeStart;
    public static String Refused_entryMissing;
    public static String Refused_excellentNotStudent;
    public static String Refused_exitBeforeEntry;
    public static String Refused_exitMissing;
    public static String Refused_figuresTwice;
    public static String Refused_graduates;
    public static String Refused_incubatorTaken;
    public static String Refused_ineligible;
    public static String Refused_negative;
    public static String Refused_noAllocation;
    public static String Refused_noExhibition;
    public static String Refused_noIncubator;
    public static String Refused_noProject;
    public static String Refused_noRound;
    public static String Refused_noStation;
    public static String Refused_notApplied;
    public static String Refused_notCommunity;
    public static String Refused_notReviewed;
    public static String Refused_notRun;
    public static String Refused_notStreet;
    public static String Refused_phoneFormat;
    public static String Refused_placesDiffer;
    public static String Refused_quarter;
    public static String Refused_rank;
    public static String Refused_rankTwice;
    public static String Refused_rankedTwice;
    public static String Refused_required;
    public static String Refused_rotationTaken;
    public static String Refused_roundConfirmed;
    public static String Refused_roundTaken;
    public static String Refused_toBeforeFrom;
    public static String Refused_tooLong;
    public static String Refused_year;
    public static String Refused_yuan;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
