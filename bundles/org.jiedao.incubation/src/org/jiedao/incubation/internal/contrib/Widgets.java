package org.jiedao.incubation.internal.contrib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.MissingRotation;
import org.jiedao.incubation.Records.Totals;
import org.jiedao.incubation.internal.Messages;

/** The module's dashboard widgets (each reads through the module's services, so the user's scope applies). */
public final class Widgets {

    private Widgets() {
    }

    /** @return the year the dashboard reports: the latest with project figures, else this year */
    static int reportYear(IncubationQueries queries) {
        return queries.reportYear();
    }

    /** 覆盖情况: per street, communities with a station open today / all, against the plan (alert when behind a passed deadline). */
    public static final class CoverageAgainstPlan implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public CoverageAgainstPlan(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            List<List<String>> rows = new ArrayList<>();
            for (Coverage c : queries.coverage(null, LocalDate.now())) {
                String plan = c.deadline() == null ? Messages.Summary_noPlan
                        : c.complete() ? NLS.bind(Messages.Widget_planMet, c.deadline())
                                : c.daysLeft() < 0 ? NLS.bind(Messages.Widget_planOverdue, c.deadline(), -c.daysLeft())
                                        : NLS.bind(Messages.Widget_planDaysLeft, c.deadline(), c.daysLeft());
                rows.add(List.of(c.streetName(), c.covered() + " / " + c.communities(), plan, String.join("、", c.missing())));
            }
            return new WidgetData.Table(List.of(Messages.Col_street, Messages.Col_covered, Messages.Col_deadline, Messages.Col_missing), rows);
        }
    }

    /** 年度数据: the report year's totals, the seed's figures for the pilot. */
    public static final class YearFigures implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public YearFigures(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            Totals t = queries.totals(reportYear(queries), null);
            return new WidgetData.Table(List.of(NLS.bind(Messages.Widget_year, t.year()), ""), List.of(
                    List.of(Messages.Col_stations, String.valueOf(t.stations())), List.of(Messages.Col_projects, String.valueOf(t.projects())),
                    List.of(Messages.Col_jobs, String.valueOf(t.jobs())), List.of(Messages.Col_turnover, t.turnover().toPlainString()),
                    List.of(Messages.Col_sessions, String.valueOf(t.sessions())),
                    List.of(Messages.Col_consultations, String.valueOf(t.consultations())),
                    List.of(Messages.Summary_siyb, String.valueOf(t.siybGraduates()))));
        }
    }

    /** 带动就业与营业额（按年）: jobs and turnover (in 10,000 yuan) per year. */
    public static final class JobsAndTurnover implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public JobsAndTurnover(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            Map<Integer, Totals> byYear = queries.byYear();
            List<String> years = byYear.keySet().stream().map(String::valueOf).toList();
            List<Integer> jobs = byYear.values().stream().map(Totals::jobs).toList();
            List<BigDecimal> turnover = byYear.values().stream().map(t -> t.turnover().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP))
                    .toList();
            return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, years, List.of(new WidgetData.Series(Messages.Col_jobs, jobs),
                    new WidgetData.Series(Messages.Widget_turnover10k, turnover)));
        }
    }

    /** 免费工位: desks in use today / reserved. */
    public static final class DesksInUse implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public DesksInUse(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            int[] d = queries.desksInUse(LocalDate.now());
            return new WidgetData.Figure(d[0] + " / " + d[1], "", Messages.Summary_desks, false);
        }
    }

    /** 创业咨询（按月）: consultations per month of the report year. */
    public static final class ConsultationsPerMonth implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public ConsultationsPerMonth(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            Map<YearMonth, Integer> months = queries.consultationsPerMonth(reportYear(queries));
            return WidgetData.Chart.of(WidgetData.Chart.Kind.LINE, Messages.Col_consultations,
                    months.keySet().stream().map(m -> m.toString()).toList(), List.copyOf(months.values()));
        }
    }

    /** SIYB 结业: graduates of the report year's cohorts. */
    public static final class SiybGraduates implements DashboardWidgetProvider {
        private final IncubationQueries queries;

        @Inject
        public SiybGraduates(IncubationQueries queries) {
            this.queries = queries;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            int year = reportYear(queries);
            return new WidgetData.Figure(String.valueOf(queries.siybGraduates(year)), "",
                    NLS.bind(Messages.Widget_siyb, year), false);
        }
    }

    /** 展陈更新: quarters of this year without an exhibition rotation stand out. */
    public static final class Rotations implements DashboardWidgetProvider {
        private final IncubationRegistry registry;

        @Inject
        public Rotations(IncubationRegistry registry) {
            this.registry = registry;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            List<MissingRotation> missing = registry.missingRotations(LocalDate.now());
            String detail = String.join("、", missing.stream().map(m -> m.incubator() + " " + m.year() + "Q" + m.quarter()).toList());
            return new WidgetData.Figure(String.valueOf(missing.size()), "", missing.isEmpty() ? Messages.Widget_rotationsDone
                    : NLS.bind(Messages.Widget_rotationsMissing, detail), !missing.isEmpty());
        }
    }
}
