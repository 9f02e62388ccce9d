package org.jiedao.appraisal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;

/**
 * The cadre appraisal rules of DOMAIN.md §4 as a pure function of immutable inputs (no database):
 * <ol>
 * <li>per quarter and rater level, the mean of each indicator over the level's raters and the
 * level's mean Σ<sub>ind</sub> w<sub>ind</sub> × mean<sub>ind</sub>;</li>
 * <li>quarterly score Σ<sub>level</sub> w<sub>level</sub> × mean<sub>level</sub>, a level without
 * raters dropping out and the remaining weights rescaled to sum to 1;</li>
 * <li>annual score = quarterWeight × mean of the available quarterly scores + examWeight × exam (a
 * missing exam counts 0) + honour points (capped), rounded half up to 2 decimals;</li>
 * <li>competition rank of the rounded score, tie groups, quotas by the largest remainder, and the
 * grade of each tie group's best position (ties are never split);</li>
 * <li>cumulative D years and the bonus factor.</li>
 * </ol>
 * Divisions (means, rescaled weights) are carried to {@value #SCALE} decimal places, rounded half
 * even; additions and multiplications are exact. Only the annual score is rounded to 2 places.
 */
public final class AppraisalEngine {

    /** Decimal places of intermediate quotients. */
    public static final int SCALE = 20;

    private static final RoundingMode INTERMEDIATE = RoundingMode.HALF_EVEN;

    private AppraisalEngine() {
    }

    /** Grades a distribution group. */
    public static YearResult compute(AppraisalInput input) {
        AppraisalSettings settings = input.settings();
        List<String> cadres = new ArrayList<>(new LinkedHashSet<>(input.cadreIds()));
        Map<String, List<RaterScore>> scoresByCadre = new HashMap<>();
        for (String id : cadres) {
            scoresByCadre.put(id, new ArrayList<>());
        }
        for (RaterScore score : input.scores()) {
            List<RaterScore> list = scoresByCadre.get(score.cadreId());
            if (list != null) {
                list.add(score);
            }
        }
        Map<String, List<HonourEntry>> honoursByCadre = new HashMap<>();
        for (HonourEntry honour : input.honours()) {
            honoursByCadre.computeIfAbsent(honour.cadreId(), k -> new ArrayList<>()).add(honour);
        }

        // steps 1-3 per cadre
        List<Partial> partials = new ArrayList<>(cadres.size());
        for (String id : cadres) {
            partials.add(annual(id, settings, scoresByCadre.get(id), input.exams().get(id),
                    honoursByCadre.getOrDefault(id, List.of())));
        }

        // step 4: rank the graded cadres by rounded annual score, descending
        List<Partial> graded = new ArrayList<>(partials.stream().filter(p -> p.annualScore != null).toList());
        graded.sort(Comparator.comparing((Partial p) -> p.annualScore).reversed().thenComparing(p -> p.cadreId));
        List<Partial> ungraded = new ArrayList<>(partials.stream().filter(p -> p.annualScore == null).toList());
        ungraded.sort(Comparator.comparing(p -> p.cadreId));
        int n = graded.size();
        Map<Grade, Integer> quotas = ForcedDistribution.quotas(n, settings.quotaPercents());

        List<Explanation> explanations = new ArrayList<>(partials.size());
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && graded.get(end + 1).annualScore.compareTo(graded.get(start).annualScore) == 0) {
                end++;
            }
            int rank = start + 1;
            Explanation.TieGroup tie = new Explanation.TieGroup(rank, end + 1,
                    graded.subList(start, end + 1).stream().map(p -> p.cadreId).toList());
            Grade grade = ForcedDistribution.gradeOfPosition(rank, quotas);
            for (int i = start; i <= end; i++) {
                Partial p = graded.get(i);
                int prior = input.priorDYears().getOrDefault(p.cadreId, 0);
                int dYears = prior + (grade == Grade.D ? 1 : 0);
                BigDecimal bonus = grade == Grade.D ? settings.dBonusFactor(dYears) : BigDecimal.ONE;
                explanations.add(p.explain(Optional.of(rank), Optional.of(tie), n, quotas, Optional.of(grade), prior, dYears,
                        Optional.of(bonus)));
            }
            start = end + 1;
        }
        for (Partial p : ungraded) {
            int prior = input.priorDYears().getOrDefault(p.cadreId, 0);
            explanations.add(p.explain(Optional.empty(), Optional.empty(), n, quotas, Optional.empty(), prior, prior, Optional.empty()));
        }
        return new YearResult(input.year(), settings, quotas, explanations);
    }

    /** One quarter's score of a cadre from the raters' scores of that quarter (not empty). */
    static Explanation.Quarter quarter(int quarter, List<RaterScore> scores, AppraisalSettings settings) {
        Map<RaterLevel, List<RaterScore>> byLevel = new EnumMap<>(RaterLevel.class);
        for (RaterScore score : scores) {
            byLevel.computeIfAbsent(score.level(), k -> new ArrayList<>()).add(score);
        }
        BigDecimal presentWeight = BigDecimal.ZERO;
        for (RaterLevel level : byLevel.keySet()) {
            presentWeight = presentWeight.add(settings.levelWeights().get(level));
        }
        List<Explanation.Level> levels = new ArrayList<>();
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (Map.Entry<RaterLevel, List<RaterScore>> entry : byLevel.entrySet()) {
            List<RaterScore> raters = entry.getValue();
            BigDecimal count = BigDecimal.valueOf(raters.size());
            Map<Indicator, BigDecimal> means = new EnumMap<>(Indicator.class);
            BigDecimal levelMean = BigDecimal.ZERO;
            for (Indicator indicator : Indicator.values()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (RaterScore rater : raters) {
                    sum = sum.add(rater.scores().get(indicator));
                }
                BigDecimal mean = divide(sum, count);
                means.put(indicator, mean);
                levelMean = levelMean.add(settings.indicatorWeights().get(indicator).multiply(mean));
            }
            BigDecimal weight = settings.levelWeights().get(entry.getKey());
            weightedSum = weightedSum.add(weight.multiply(levelMean));
            levels.add(new Explanation.Level(entry.getKey(), raters.size(), means, levelMean, weight, divide(weight, presentWeight)));
        }
        // one division by the present weights: Σ (w / W) × mean without rounding each rescaled weight
        return new Explanation.Quarter(quarter, levels, divide(weightedSum, presentWeight));
    }

    private static Partial annual(String cadreId, AppraisalSettings settings, List<RaterScore> scores, BigDecimal exam,
            List<HonourEntry> honours) {
        Map<Integer, List<RaterScore>> byQuarter = new TreeMap<>();
        for (RaterScore score : scores) {
            byQuarter.computeIfAbsent(score.quarter(), k -> new ArrayList<>()).add(score);
        }
        List<Explanation.Quarter> quarters = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, List<RaterScore>> entry : byQuarter.entrySet()) {
            Explanation.Quarter quarter = quarter(entry.getKey(), entry.getValue(), settings);
            quarters.add(quarter);
            sum = sum.add(quarter.score());
        }
        List<Explanation.Honour> honourPoints = new ArrayList<>();
        BigDecimal honourTotal = BigDecimal.ZERO;
        for (HonourEntry honour : honours) {
            BigDecimal points = settings.honourPoints().get(honour.level());
            honourPoints.add(new Explanation.Honour(honour.level(), honour.title(), points));
            honourTotal = honourTotal.add(points);
        }
        BigDecimal counted = honourTotal.min(settings.honourCap());
        Partial partial = new Partial(cadreId, quarters, exam, honourPoints, honourTotal, counted);
        if (!quarters.isEmpty()) {
            partial.quarterMean = divide(sum, BigDecimal.valueOf(quarters.size()));
            partial.annualExact = settings.quarterWeight().multiply(partial.quarterMean)
                    .add(settings.examWeight().multiply(exam == null ? BigDecimal.ZERO : exam)).add(counted);
            partial.annualScore = partial.annualExact.setScale(2, RoundingMode.HALF_UP);
        }
        return partial;
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, SCALE, INTERMEDIATE).stripTrailingZeros();
    }

    /** A cadre's values before ranking. */
    private static final class Partial {
        final String cadreId;
        final List<Explanation.Quarter> quarters;
        final BigDecimal exam;
        final List<Explanation.Honour> honours;
        final BigDecimal honourTotal;
        final BigDecimal honourPoints;
        BigDecimal quarterMean;
        BigDecimal annualExact;
        BigDecimal annualScore;

        Partial(String cadreId, List<Explanation.Quarter> quarters, BigDecimal exam, List<Explanation.Honour> honours,
                BigDecimal honourTotal, BigDecimal honourPoints) {
            this.cadreId = cadreId;
            this.quarters = quarters;
            this.exam = exam;
            this.honours = honours;
            this.honourTotal = honourTotal;
            this.honourPoints = honourPoints;
        }

        Explanation explain(Optional<Integer> rank, Optional<Explanation.TieGroup> tie, int n, Map<Grade, Integer> quotas,
                Optional<Grade> grade, int prior, int dYears, Optional<BigDecimal> bonus) {
            return new Explanation(cadreId, quarters, Optional.ofNullable(quarterMean), Optional.ofNullable(exam), honours,
                    honourTotal, honourPoints, Optional.ofNullable(annualExact), Optional.ofNullable(annualScore), rank, tie, n,
                    quotas, grade, prior, dYears, bonus);
        }
    }
}
