package org.jiedao.appraisal.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.appraisal.Grade;

/**
 * The grading of one distribution group in one year.
 *
 * @param year         the year
 * @param settings     the rules used
 * @param quotas       quotas of the graded cadres (sum n)
 * @param explanations every cadre: the graded ones by rank (then id), then those not graded (by id)
 */
public record YearResult(int year, AppraisalSettings settings, Map<Grade, Integer> quotas, List<Explanation> explanations) {

    public YearResult {
        quotas = Map.copyOf(quotas);
        explanations = List.copyOf(explanations);
    }

    /** @return n, the graded cadres */
    public int graded() {
        return (int) explanations.stream().filter(Explanation::graded).count();
    }

    /** @return how many cadres got each grade (ties may move people to a better grade than the quota says) */
    public Map<Grade, Integer> distribution() {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0);
        }
        explanations.stream().filter(Explanation::graded).forEach(e -> counts.merge(e.grade().get(), 1, Integer::sum));
        return counts;
    }

    /** @return the explanation of one cadre */
    public Optional<Explanation> explanation(String cadreId) {
        return explanations.stream().filter(e -> e.cadreId().equals(cadreId)).findFirst();
    }
}
