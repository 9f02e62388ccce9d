package org.jiedao.incubation.internal.contrib;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.internal.IncubationSupport;
import org.jiedao.incubation.internal.Messages;
import org.jiedao.incubation.internal.YearSummary;

/**
 * Report {@code org.jiedao.incubation.year-summary} (创业驿站年度汇总): parameters {@code year} (required) and
 * {@code street} (a street's code or name; empty: every street in the user's scope), in the request's language —
 * the same document {@code jiedao-cli incubation summary} writes as PDF, for the workbench's print preview.
 */
public final class SummaryReport implements ReportProvider {

    @Inject
    IncubationQueries queries;
    @Inject
    IncubationRegistry registry;
    @Inject
    IncubationSupport support;

    @Override
    public ReportDocument build(ReportRequest request) {
        String year = request.parameter("year").orElse("").strip();
        if (!year.matches("\\d{4}")) {
            throw new ReportException(ReportException.Reason.BAD_PARAMETER, NLS.bind(Messages.Refused_year, year));
        }
        try {
            return YearSummary.build(queries, registry, support, Integer.parseInt(year), request.parameter("street").filter(s -> !s.isBlank())
                    .orElse(null), request.locale());
        } catch (IncubationException | org.jiedao.core.org.OrgUnitException e) {
            throw new ReportException(ReportException.Reason.BAD_PARAMETER, e.getMessage(), e);
        }
    }
}
