package org.jiedao.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.appraisal.rules.YearResult;
import org.jiedao.core.org.OrgUnit;

/**
 * Cadre appraisal (干部考核) as an OSGi service: grading a distribution group, explanations,
 * publication lock, grade history and D-grade follow-ups. All reads are scoped to the signed-in
 * user's units. Grading, explaining, publishing and unlocking need the permission
 * {@value #ADMIN_PERMISSION} for the group's unit ({@link org.jiedao.core.persistence.AccessDeniedException}
 * otherwise); module rule violations throw {@link AppraisalException}.
 */
public interface AppraisalService {

    /** The permission of appraisal administrators: grade, publish, unlock, see individual rater scores, import. */
    String ADMIN_PERMISSION = "org.jiedao.appraisal.admin";

    /** @return the cadres of the unit and its sub-units (null: every cadre the user sees), by id */
    List<Cadre> cadres(String unitCode);

    /** @return the cadre with this id, if the user sees it */
    Optional<Cadre> cadre(String cadreId);

    /** @return the year with its stored settings, or DOMAIN.md's defaults for a year not yet stored */
    AppraisalYear year(int year);

    /** @return the years that have data, newest first */
    List<Integer> years();

    /**
     * Stores a year's settings.
     *
     * @throws AppraisalException when the year is published or the settings are invalid
     */
    void saveSettings(int year, AppraisalSettings settings);

    /**
     * Grades a year: the cadres of {@code unitCode} and its sub-units form one distribution group;
     * null: each top unit the user administers (their own unit, or for users without a unit each
     * district that has cadres). A published year shows the grades as published.
     */
    List<GroupGrades> grade(int year, String unitCode);

    /** @return how the cadre's grade of the year was computed (in the default or the published group) */
    CadreExplanation explain(int year, String cadreId);

    /**
     * Publishes a year: grades the default groups of the user, records the grades in the history and
     * freezes the year's scores, exams, honours, settings and grades.
     *
     * @return the cadres graded
     * @throws AppraisalException when the year is already published or has no scores
     */
    int publish(int year);

    /**
     * Unlocks a published year so that its data can change again; the reason is recorded (and audited).
     *
     * @throws AppraisalException when the year is not published or the reason is blank
     */
    void unlock(int year, String reason);

    /** @return the unlocks of a year, oldest first */
    List<Unlock> unlocks(int year);

    /**
     * @return every rater's individual scores of the cadre in the year (rater anonymity: only for
     *         appraisal administrators; everybody else sees the aggregates of {@link #explain})
     */
    List<IndividualScore> individualScores(int year, String cadreId);

    /** @return the cadre's grade history (imported and published), oldest first */
    List<GradeRecord> history(String cadreId);

    /** Records what was done about a D grade. */
    FollowUp addFollowUp(int year, String cadreId, FollowUpKind kind, LocalDate on, String note);

    /** @return the follow-ups of a year's D grades (the user's units) */
    List<FollowUp> followUps(int year);

    /** A cadre as officers see it. */
    record Cadre(String cadreId, String name, String unitCode, String unitPath, String position) {
    }

    /** An appraisal year: its settings and publication state. */
    record AppraisalYear(int year, AppraisalSettings settings, boolean stored, boolean published, Optional<String> publishedBy,
            Optional<LocalDateTime> publishedAt) {
    }

    /** The grades of one distribution group, with the cadres by id. */
    record GroupGrades(OrgUnit group, boolean published, YearResult result, Map<String, Cadre> cadres) {
    }

    /** A cadre's explanation with its context. */
    record CadreExplanation(Cadre cadre, OrgUnit group, boolean published, AppraisalSettings settings, Explanation explanation) {
    }

    /** An unlock of a published year. */
    record Unlock(int year, String reason, String by, LocalDateTime at) {
    }

    /** One rater's scores (administrators only). */
    record IndividualScore(int quarter, String raterId, RaterLevel level, Map<Indicator, BigDecimal> scores) {
    }

    /** A grade in the history. */
    record GradeRecord(int year, String cadreId, Grade grade, boolean published, Optional<BigDecimal> annualScore,
            Optional<Integer> rank, Optional<Integer> dYears, Optional<BigDecimal> bonusFactor) {
    }

    /** A follow-up of a D grade. */
    record FollowUp(long id, int year, String cadreId, FollowUpKind kind, LocalDate on, String note) {
    }
}
