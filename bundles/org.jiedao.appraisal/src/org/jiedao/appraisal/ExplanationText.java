package org.jiedao.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.AppraisalService.CadreExplanation;
import org.jiedao.appraisal.internal.Messages;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;

/**
 * An explanation ({@link AppraisalService#explain(int, String)}) as lines of text in a language, as
 * the command line, the grades part and the printed grade notice show it. Shows only aggregates
 * (rater counts and means per level), never a rater's id or individual score.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    /** Shown values: 4 decimals for intermediate values (the computation carries 20). */
    private static String v(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @return the explanation's lines in {@code locale}, with each rater level's part of each quarter */
    public static List<String> lines(CadreExplanation ce, int year, Locale locale) {
        return lines(ce, year, locale, true);
    }

    /**
     * @param levels whether to show each rater level's part of each quarter (false: the main steps
     *               only, as on the printed grade notice)
     */
    public static List<String> lines(CadreExplanation ce, int year, Locale locale, boolean levels) {
        Messages m = Messages.get(locale);
        Explanation e = ce.explanation();
        AppraisalSettings s = ce.settings();
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(m.Explain_header, new Object[] { year, ce.cadre().cadreId(), ce.cadre().name(),
                ce.group().name() + " (" + ce.group().code() + ")" }));
        lines.add(ce.published() ? m.Explain_published : m.Explain_notPublished);
        lines.add(NLS.bind(m.Explain_weights, new Object[] {
                s.indicatorWeights().entrySet().stream().map(x -> x.getKey().displayName(locale) + " " + v(x.getValue()))
                        .collect(Collectors.joining(", ")),
                s.levelWeights().entrySet().stream().map(x -> x.getKey().displayName(locale) + " " + v(x.getValue()))
                        .collect(Collectors.joining(", ")) }));
        if (e.quarters().isEmpty()) {
            lines.add(m.Explain_noQuarters);
        }
        for (Explanation.Quarter q : e.quarters()) {
            lines.add(NLS.bind(m.Explain_quarter, q.quarter(), v(q.score())));
            for (Explanation.Level level : levels ? q.levels() : List.<Explanation.Level>of()) {
                String means = level.indicatorMeans().entrySet().stream()
                        .map(x -> x.getKey().displayName(locale) + " " + v(x.getValue())).collect(Collectors.joining(", "));
                lines.add(NLS.bind(m.Explain_level, new Object[] { level.level().displayName(locale), level.raters(), means,
                        v(level.mean()), v(level.weight()), v(level.effectiveWeight()) }));
            }
        }
        e.quarterMean().ifPresent(mean -> lines.add(NLS.bind(m.Explain_quarterMean, v(mean), v(s.quarterWeight()))));
        lines.add(e.exam().map(x -> NLS.bind(m.Explain_exam, v(x), v(s.examWeight()))).orElse(NLS.bind(m.Explain_noExam, v(s.examWeight()))));
        for (Explanation.Honour h : e.honours()) {
            lines.add(NLS.bind(m.Explain_honour, new Object[] { h.level().displayName(locale), h.title(), v(h.points()) }));
        }
        lines.add(NLS.bind(m.Explain_honours, new Object[] { v(e.honourTotal()), v(s.honourCap()), v(e.honourPoints()) }));
        if (!e.graded()) {
            lines.add(m.Explain_notGraded);
            lines.add(NLS.bind(m.Explain_dYearsOnly, e.priorDYears()));
            return lines;
        }
        lines.add(NLS.bind(m.Explain_annual, v(e.annualExact().get()), e.annualScore().get().toPlainString()));
        Explanation.TieGroup tie = e.tieGroup().get();
        lines.add(NLS.bind(m.Explain_rank, e.rank().get(), e.groupSize()));
        if (tie.isTie()) {
            lines.add(NLS.bind(m.Explain_tie, new Object[] { tie.cadreIds().size(), tie.firstPosition(), tie.lastPosition(),
                    String.join(", ", tie.cadreIds()) }));
        }
        lines.add(NLS.bind(m.Explain_quotas, new Object[] { e.groupSize(), quotas(e, s), }));
        lines.add(NLS.bind(m.Explain_grade, e.grade().get().key(), e.rank().get()));
        lines.add(NLS.bind(m.Explain_dYears, e.priorDYears(), e.dYears()));
        lines.add(NLS.bind(m.Explain_bonus, e.bonusFactor().get().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                e.grade().get() == Grade.D ? NLS.bind(m.Explain_bonusD, e.dYears()) : m.Explain_bonusFull));
        return lines;
    }

    private static String quotas(Explanation e, AppraisalSettings s) {
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            parts.add(g.key() + " " + v(s.quotaPercents().get(g)) + "% → " + e.quotas().get(g));
        }
        return String.join(", ", parts);
    }

}
