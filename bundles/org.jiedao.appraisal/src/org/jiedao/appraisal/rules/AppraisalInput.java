package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one distribution group's grading needs, immutable.
 *
 * @param year        the appraisal year
 * @param settings    that year's rules
 * @param cadreIds    the cadres of the group (the unit and its sub-units)
 * @param scores      raters' scores; scores of cadres outside the group are ignored
 * @param levelSums   raters' scores already summed per quarter, cadre and level (as a grouped
 *                    query reads them); counted together with {@code scores}, cadres outside the
 *                    group ignored
 * @param exams       exam score (0–100) by cadre; a missing exam counts 0
 * @param honours     the year's honours
 * @param priorDYears by cadre, how many earlier years were graded D (from the grade history)
 */
public record AppraisalInput(int year, AppraisalSettings settings, List<String> cadreIds, List<RaterScore> scores,
        List<LevelSums> levelSums, Map<String, BigDecimal> exams, List<HonourEntry> honours, Map<String, Integer> priorDYears) {

    public AppraisalInput {
        Objects.requireNonNull(settings, "settings");
        cadreIds = List.copyOf(cadreIds);
        scores = List.copyOf(scores);
        levelSums = List.copyOf(levelSums);
        exams = Map.copyOf(exams);
        honours = List.copyOf(honours);
        priorDYears = Map.copyOf(priorDYears);
    }

    /** An input of individual raters' scores only. */
    public AppraisalInput(int year, AppraisalSettings settings, List<String> cadreIds, List<RaterScore> scores,
            Map<String, BigDecimal> exams, List<HonourEntry> honours, Map<String, Integer> priorDYears) {
        this(year, settings, cadreIds, scores, List.of(), exams, honours, priorDYears);
    }
}
