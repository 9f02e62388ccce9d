package org.jiedao.appraisal.internal;

import java.math.RoundingMode;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.CadreExplanation;
import org.jiedao.appraisal.ExplanationText;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportDocument.KeyValue;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;

/**
 * 考核等次通知书 / Appraisal grade notice: one page for one cadre and year: the cadre, unit, annual
 * score, rank, grade, D years and bonus factor, then the main steps of the explanation (aggregates
 * only: no rater's individual score).
 */
public final class GradeNoticeReport implements ReportProvider {

    private final AppraisalService appraisal;
    private final OrgUnitService units;

    @Inject
    public GradeNoticeReport(AppraisalService appraisal, OrgUnitService units) {
        this.appraisal = appraisal;
        this.units = units;
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Messages m = Messages.get(request.locale());
        String yearText = request.parameter("year").orElse("").strip();
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new ReportException(ReportException.Reason.BAD_PARAMETER, NLS.bind(m.Cmd_badYear, yearText));
        }
        String cadreId = request.parameter("cadre").orElse("").strip();
        CadreExplanation ce;
        try {
            ce = appraisal.explain(year, cadreId);
        } catch (AppraisalException e) {
            throw new ReportException(ReportException.Reason.BAD_PARAMETER, e.getMessage(), e);
        }
        Explanation e = ce.explanation();
        String unit = units.find(ce.cadre().unitCode()).map(u -> u.name()).orElse(ce.cadre().unitCode());
        String none = "—";
        List<KeyValue> entries = List.of(new KeyValue(m.Header_cadre, ce.cadre().cadreId()), new KeyValue(m.Header_name, ce.cadre().name()),
                new KeyValue(m.Header_unit, unit), new KeyValue(m.Notice_position, ce.cadre().position()),
                new KeyValue(m.Notice_year, Integer.toString(year)), new KeyValue(m.Header_group, ce.group().name()),
                new KeyValue(m.Header_score, e.annualScore().map(s -> s.toPlainString()).orElse(none)),
                new KeyValue(m.Header_rank, e.rank().map(r -> r + " / " + e.groupSize()).orElse(none)),
                new KeyValue(m.Header_grade, e.grade().map(g -> g.displayName(request.locale())).orElse(m.Explain_notGraded)),
                new KeyValue(m.Header_dYears, Integer.toString(e.graded() ? e.dYears() : e.priorDYears())),
                new KeyValue(m.Header_bonus, e.bonusFactor().map(f -> f.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(none)),
                new KeyValue(m.Notice_state, ce.published() ? m.Notice_published : m.Notice_notPublished));
        return ReportDocument.builder(NLS.bind(m.Notice_title, year))
                .subtitle(ce.cadre().name() + " · " + unit)
                .keyValues(2, entries)
                .heading(m.Notice_steps)
                .paragraph(String.join("\n", ExplanationText.lines(ce, year, request.locale(), false)))
                .signatures(m.Notice_signOffice, m.Notice_signCadre)
                .build();
    }
}
