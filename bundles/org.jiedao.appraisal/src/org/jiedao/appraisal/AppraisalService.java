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

    /**
     * The entries of a quarterly round for the score entry grid (appraisal administrators: the grid
     * shows individual raters). Per cadre of the unit and its sub-units (null: the default groups):
     * every rater entered in the round, then the expected raters not yet entered (without scores),
     * and for a cadre with neither one line without a rater.
     */
    Round round(int year, int quarter, String unitCode);

    /**
     * Saves a round as the grid shows it, in one transaction: the lines become the round's entries
     * of the unit's cadres. A line with a rater and five scores is stored (replacing that rater's
     * entry), a line without any score is not entered (an entry of that rater in the round is
     * removed), a line without rater and scores is ignored; entries of the round not among the lines
     * are removed. Every line is checked before anything is written.
     *
     * @throws ScoreEntryException listing every bad line and column (nothing written)
     * @throws AppraisalException when the year is published (with the reason) or the quarter is not 1–4
     */
    RoundSaved saveRound(int year, int quarter, String unitCode, List<ScoreLine> lines);

    /**
     * @return per cadre of the unit (null: default groups): the expected raters of the round and
     *         those entered. Expected are the raters who scored the cadre in any round of the year
     *         (or, when the year has none for the cadre yet, in the previous year).
     */
    List<RoundProgress> progress(int year, int quarter, String unitCode);

    /** Changes a follow-up record (appraisal administrators of the cadre's unit). */
    FollowUp updateFollowUp(long id, FollowUpKind kind, LocalDate on, String note);

    /** Deletes a follow-up record (appraisal administrators of the cadre's unit). */
    void deleteFollowUp(long id);

    /** One line of the score entry grid: a rater's five scores of a cadre (level and scores may be missing). */
    record ScoreLine(String cadreId, String raterId, RaterLevel level, Map<Indicator, BigDecimal> scores) {
        public ScoreLine {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
        }

        /** @return whether all five indicators have a score */
        public boolean complete() {
            return scores.size() == Indicator.values().length;
        }
    }

    /** A round of the grid: its cadres and lines, and whether the year is published (read-only). */
    record Round(int year, int quarter, boolean published, List<Cadre> cadres, List<ScoreLine> lines) {
    }

    /** What a save did. */
    record RoundSaved(int stored, int removed) {
    }

    /** A bad line of a grid save: the 0-based line, the column key (cadre_id, rater_id, rater_level, de, ...), the reason. */
    record ScoreProblem(int line, String column, String message) {
    }

    /** A cadre's progress in a round: who is expected, who has scored. */
    record RoundProgress(Cadre cadre, List<String> expected, List<String> entered) {
        /** @return the expected raters who have not scored yet */
        public List<String> missing() {
            return expected.stream().filter(r -> !entered.contains(r)).toList();
        }

        /** @return whether every expected rater has scored and at least one has */
        public boolean complete() {
            return !entered.isEmpty() && missing().isEmpty();
        }
    }

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
