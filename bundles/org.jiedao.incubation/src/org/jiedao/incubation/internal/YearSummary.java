package org.jiedao.incubation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.Totals;

/** The printable yearly summary of a street's figures, the way it is reported upward (PDF through org.jiedao.reports). */
public final class YearSummary {

    private YearSummary() {
    }

    /**
     * @param street a street's code or name; null: every street in the user's scope
     */
    public static ReportDocument build(IncubationQueries queries, IncubationRegistry registry, IncubationSupport support, int year, String street,
            Locale locale) {
        SummaryTexts m = SummaryTexts.get(locale);
        OrgUnit unit = street == null ? null : support.street(street);
        Totals t = queries.totals(year, unit == null ? null : unit.code());
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate on = end.isAfter(LocalDate.now()) ? LocalDate.now() : end;
        int[] desks = queries.desksInUse(on);
        ReportDocument.Builder b = ReportDocument.builder(NLS.bind(m.Summary_title, year))
                .subtitle(unit == null ? m.Summary_scope : unit.name())
                .meta(NLS.bind(m.Summary_printed, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        b.heading(m.Summary_figures);
        b.keyValues(2, List.of(new ReportDocument.KeyValue(m.Col_stations, String.valueOf(t.stations())),
                new ReportDocument.KeyValue(m.Col_projects, String.valueOf(t.projects())),
                new ReportDocument.KeyValue(m.Col_jobs, String.valueOf(t.jobs())),
                new ReportDocument.KeyValue(m.Col_turnover, t.turnover().toPlainString()),
                new ReportDocument.KeyValue(m.Col_sessions, String.valueOf(t.sessions())),
                new ReportDocument.KeyValue(m.Summary_attendance, String.valueOf(t.attendance())),
                new ReportDocument.KeyValue(m.Col_consultations, String.valueOf(t.consultations())),
                new ReportDocument.KeyValue(m.Summary_siyb, String.valueOf(t.siybGraduates())),
                new ReportDocument.KeyValue(m.Summary_desks, desks[0] + " / " + desks[1])));
        for (Coverage c : queries.coverage(unit == null ? null : unit.code(), on)) {
            b.paragraph(c.streetName() + "：" + NLS.bind(m.Summary_coverage, new Object[] { on, c.covered(), c.communities(),
                    c.deadline() == null ? m.Summary_noPlan : c.deadline() }));
        }
        b.heading(m.Summary_byCommunity);
        List<List<String>> rows = new ArrayList<>();
        for (OrgUnit u : support.units().list()) {
            if (u.level() == OrgLevel.COMMUNITY && (unit == null || u.path().startsWith(unit.path()))) {
                Totals c = queries.totals(year, u.code());
                if (c.stations() + c.projects() + c.sessions() + c.consultations() > 0) {
                    rows.add(List.of(u.name(), String.valueOf(c.stations()), String.valueOf(c.projects()), String.valueOf(c.jobs()),
                            c.turnover().toPlainString(), String.valueOf(c.sessions()), String.valueOf(c.consultations())));
                }
            }
        }
        rows.add(List.of(m.Summary_total, String.valueOf(t.stations()), String.valueOf(t.projects()), String.valueOf(t.jobs()),
                t.turnover().toPlainString(), String.valueOf(t.sessions()), String.valueOf(t.consultations())));
        b.table(List.of(m.Col_community, m.Col_stations, m.Col_projects, m.Col_jobs, m.Col_turnover,
                m.Col_sessions, m.Col_consultations), new float[] { 2, 1, 1, 1, 1.6f, 1, 1 }, rows);
        b.signatures(m.Summary_preparedBy, m.Summary_checkedBy);
        return b.build();
    }
}
