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

import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.internal.Decimals;

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

    private AppraisalEngine() {
    }

    private static final Indicator[] INDICATORS = Indicator.values();
    private static final RaterLevel[] LEVELS = RaterLevel.values();

    /** Grades a distribution group. */
    public static YearResult compute(AppraisalInput input) {
        AppraisalSettings settings = input.settings();
        Weights weights = new Weights(settings);
        List<String> cadres = new ArrayList<>(new LinkedHashSet<>(input.cadreIds()));
        Map<String, Sums> sumsByCadre = new HashMap<>(cadres.size() * 2);
        for (String id : cadres) {
            sumsByCadre.put(id, new Sums());
        }
        // step 1 needs per quarter and level only the raters' count and sums: individual scores and
        // sums read by a grouped query are added up alike (exact additions, so in any order)
        for (RaterScore score : input.scores()) {
            Sums sums = sumsByCadre.get(score.cadreId());
            if (sums != null) {
                sums.add(score.quarter(), score.level(), 1, score.scores());
            }
        }
        for (LevelSums level : input.levelSums()) {
            Sums sums = sumsByCadre.get(level.cadreId());
            if (sums != null) {
                sums.add(level.quarter(), level.level(), level.raters(), level.sums());
            }
        }
        Map<String, List<HonourEntry>> honoursByCadre = new HashMap<>();
        for (HonourEntry honour : input.honours()) {
            honoursByCadre.computeIfAbsent(honour.cadreId(), k -> new ArrayList<>()).add(honour);
        }

        // steps 1-3 per cadre
        List<Partial> graded = new ArrayList<>(cadres.size());
        List<Partial> ungraded = new ArrayList<>();
        for (String id : cadres) {
            Partial p = annual(id, settings, weights, sumsByCadre.get(id), input.exams().get(id),
                    honoursByCadre.getOrDefault(id, List.of()));
            (p.annualScore != null ? graded : ungraded).add(p);
        }

        // step 4: rank the graded cadres by rounded annual score, descending
        graded.sort(Comparator.comparing((Partial p) -> p.annualScore).reversed().thenComparing(p -> p.cadreId));
        ungraded.sort(Comparator.comparing(p -> p.cadreId));
        int n = graded.size();
        Map<Grade, Integer> quotas = Map.copyOf(ForcedDistribution.quotas(n, settings.quotaPercents()));

        List<Explanation> explanations = new ArrayList<>(graded.size() + ungraded.size());
        int start = 0;
        while (start < n) {
            BigDecimal score = graded.get(start).annualScore;
            int end = start;
            while (end + 1 < n && graded.get(end + 1).annualScore.compareTo(score) == 0) {
                end++;
            }
            int rank = start + 1;
            List<String> members = new ArrayList<>(end - start + 1);
            for (int i = start; i <= end; i++) {
                members.add(graded.get(i).cadreId);
            }
            Explanation.TieGroup tie = new Explanation.TieGroup(rank, end + 1, members);
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

    /** The settings' weights as arrays in enum order (looked up once per grading, not per rater). */
    private static final class Weights {
        final BigDecimal[] indicator = new BigDecimal[INDICATORS.length];
        final BigDecimal[] level = new BigDecimal[LEVELS.length];

        Weights(AppraisalSettings settings) {
            for (Indicator i : INDICATORS) {
                indicator[i.ordinal()] = settings.indicatorWeights().get(i);
            }
            for (RaterLevel l : LEVELS) {
                level[l.ordinal()] = settings.levelWeights().get(l);
            }
        }
    }

    /** One cadre's raters' count and indicator sums per quarter and level. */
    private static final class Sums {
        final int[][] raters = new int[4][LEVELS.length];
        final BigDecimal[][][] sums = new BigDecimal[4][LEVELS.length][];

        void add(int quarter, RaterLevel level, int count, Map<Indicator, BigDecimal> scores) {
            int q = quarter - 1;
            int l = level.ordinal();
            BigDecimal[] s = sums[q][l];
            if (s == null) {
                s = new BigDecimal[INDICATORS.length];
                java.util.Arrays.fill(s, BigDecimal.ZERO);
                sums[q][l] = s;
            }
            for (Indicator indicator : INDICATORS) {
                s[indicator.ordinal()] = s[indicator.ordinal()].add(scores.get(indicator));
            }
            raters[q][l] += count;
        }

        boolean hasQuarter(int q) {
            for (int count : raters[q]) {
                if (count > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One quarter's score of a cadre from its levels' counts and sums (at least one level with raters). */
    private static Explanation.Quarter quarter(int quarter, Sums cadre, Weights weights) {
        int q = quarter - 1;
        BigDecimal presentWeight = BigDecimal.ZERO;
        for (RaterLevel level : LEVELS) {
            if (cadre.raters[q][level.ordinal()] > 0) {
                presentWeight = presentWeight.add(weights.level[level.ordinal()]);
            }
        }
        List<Explanation.Level> levels = new ArrayList<>(LEVELS.length);
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (RaterLevel level : LEVELS) {
            int raters = cadre.raters[q][level.ordinal()];
            if (raters == 0) {
                continue;
            }
            BigDecimal[] sums = cadre.sums[q][level.ordinal()];
            BigDecimal count = BigDecimal.valueOf(raters);
            Map<Indicator, BigDecimal> means = new EnumMap<>(Indicator.class);
            BigDecimal levelMean = BigDecimal.ZERO;
            for (Indicator indicator : INDICATORS) {
                BigDecimal mean = divide(sums[indicator.ordinal()], count);
                means.put(indicator, mean);
                levelMean = levelMean.add(weights.indicator[indicator.ordinal()].multiply(mean));
            }
            BigDecimal weight = weights.level[level.ordinal()];
            weightedSum = weightedSum.add(weight.multiply(levelMean));
            levels.add(new Explanation.Level(level, raters, means, levelMean, weight, divide(weight, presentWeight)));
        }
        // one division by the present weights: Σ (w / W) × mean without rounding each rescaled weight
        return new Explanation.Quarter(quarter, levels, divide(weightedSum, presentWeight));
    }

    private static Partial annual(String cadreId, AppraisalSettings settings, Weights weights, Sums scores, BigDecimal exam,
            List<HonourEntry> honours) {
        List<Explanation.Quarter> quarters = new ArrayList<>(4);
        BigDecimal sum = BigDecimal.ZERO;
        for (int q = 0; q < 4; q++) {
            if (scores.hasQuarter(q)) {
                Explanation.Quarter quarter = quarter(q + 1, scores, weights);
                quarters.add(quarter);
                sum = sum.add(quarter.score());
            }
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

    /** a ÷ b to {@value #SCALE} places, half even, trailing zeros stripped (exact quotients without BigInteger work). */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return Decimals.divide(a, b, SCALE);
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
