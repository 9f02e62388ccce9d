package org.jiedao.incubation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.Totals;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.incubation.internal.contrib.DemoData;
import org.jiedao.incubation.internal.contrib.Widgets;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data reproduce the seed's pilot of 沧浪街道 exactly, and the dashboard widgets show those figures. */
class DemoTest {

    static PersistenceService persistence;

    @BeforeAll
    static void demo() throws Exception {
        IncubationTest.organisation();
        persistence = Services.await(PersistenceService.class);
        IncubationTest.security.signOut();
        Tables.clear(persistence);
        IncubationTest.signIn("admin-i"); // as the platform loads demo data: signed in as the district administrator
        String loaded = Contributions.create(DemoData.class).load(Locale.ENGLISH);
        assertTrue(loaded.contains("14") && loaded.contains("152"), loaded);
    }

    static WidgetData widget(Class<? extends DashboardWidgetProvider> type) throws Exception {
        return Contributions.create(type).load(new WidgetContext(Locale.ENGLISH, IncubationTest.security.currentScope(),
                IncubationTest.security.currentUser()));
    }

    @Test
    void theServicesGiveTheSeedsFigures() throws Exception {
        IncubationTest.signIn("street-i");
        Totals t = Services.await(IncubationQueries.class).totals(2019, "沧浪街道");
        assertEquals(4, t.stations());
        assertEquals(14, t.projects());
        assertEquals(152, t.jobs());
        assertEquals(new BigDecimal("5000000.00"), t.turnover());
        assertEquals(28, t.sessions());
        assertEquals(200, t.consultations());
        assertEquals(57, t.siybGraduates());
        Coverage c = Services.await(IncubationQueries.class).coverage("320508001", LocalDate.now()).get(0);
        assertEquals(4, c.covered());
        assertEquals(LocalDate.of(2022, 6, 11), c.deadline(), "within two years of the launch on 2020-06-11");
        assertEquals(List.of(10, 10), Services.await(IncubationRegistry.class).incubators().stream().map(i -> i.reservedDesks()).toList());
        assertEquals(1, Services.await(IncubationSelection.class).rounds().size());
        assertEquals(RoundStatus.RUN, Services.await(IncubationSelection.class).rounds().get(0).status());
    }

    @Test
    void theYearlySummaryIsARegisteredReportInTheRequestsLanguage() throws Exception {
        IncubationTest.signIn("street-i");
        org.jiedao.reports.ReportService reports = Services.await(org.jiedao.reports.ReportService.class);
        String id = "org.jiedao.incubation.year-summary";
        assertTrue(reports.visibleReports().stream().anyMatch(r -> r.id().equals(id)));
        org.jiedao.core.report.ReportDocument en = reports.build(id, java.util.Map.of("year", "2019", "street", "沧浪街道"), Locale.ENGLISH);
        org.jiedao.core.report.ReportDocument zh = reports.build(id, java.util.Map.of("year", "2019", "street", "320508001"), Locale.CHINA);
        assertEquals("Doorstep entrepreneurship stations: summary of 2019", en.title());
        assertEquals("家门口创业驿站 2019 年度工作汇总", zh.title());
        List<String> total = zh.blocks().stream().filter(b -> b instanceof org.jiedao.core.report.ReportDocument.Table)
                .map(b -> ((org.jiedao.core.report.ReportDocument.Table) b).rows()).reduce((a, b) -> b).orElseThrow()
                .stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(List.of("合计", "4", "14", "152", "5000000.00", "28", "200"), total);
        assertEquals(org.jiedao.core.report.ReportException.Reason.BAD_PARAMETER, org.junit.jupiter.api.Assertions.assertThrows(
                org.jiedao.core.report.ReportException.class, () -> reports.build(id, java.util.Map.of("year", "二〇一九"), Locale.ENGLISH)).reason());
    }

    @Test
    void theDashboardShowsTheSeedsFigures() throws Exception {
        IncubationTest.signIn("street-i");
        WidgetData.Table figures = (WidgetData.Table) widget(Widgets.YearFigures.class);
        assertEquals("Year 2019", figures.columns().get(0));
        assertEquals(List.of("4", "14", "152", "5000000.00", "28", "200", "57"), figures.rows().stream().map(r -> r.get(1)).toList());
        assertEquals("57", ((WidgetData.Figure) widget(Widgets.SiybGraduates.class)).value());
        assertEquals("12 / 20", ((WidgetData.Figure) widget(Widgets.DesksInUse.class)).value());
        WidgetData.Chart jobs = (WidgetData.Chart) widget(Widgets.JobsAndTurnover.class);
        assertEquals(List.of("2019"), jobs.categories());
        assertEquals(List.of(152), jobs.series().get(0).values());
        assertEquals(new BigDecimal("500.00"), jobs.series().get(1).values().get(0));
        WidgetData.Chart months = (WidgetData.Chart) widget(Widgets.ConsultationsPerMonth.class);
        assertEquals(200, months.series().get(0).values().stream().mapToInt(Number::intValue).sum());
        WidgetData.Table coverage = (WidgetData.Table) widget(Widgets.CoverageAgainstPlan.class);
        assertEquals(List.of("沧浪街道", "4 / 4"), coverage.rows().get(0).subList(0, 2));
        assertTrue(((WidgetData.Figure) widget(Widgets.Rotations.class)).alert(), "this year's quarters have no rotation yet");
    }

    @Test
    void theSearchFindsProjectsInTheUsersScope() throws Exception {
        IncubationTest.signIn("street-i");
        var hits = Contributions.create(org.jiedao.incubation.internal.contrib.ProjectSearch.class).search("苏绣", 10, Locale.CHINESE);
        assertEquals(List.of("CL-DQ-01"), hits.stream().map(h -> h.recordId()).toList());
        assertTrue(hits.get(0).subtitle().contains("道前社区") && hits.get(0).subtitle().contains("已入驻"), hits.get(0).subtitle());
        IncubationTest.signIn("guihua-i");
        assertEquals(0, Contributions.create(org.jiedao.incubation.internal.contrib.ProjectSearch.class).search("苏绣", 10, Locale.CHINESE).size(),
                "another community's project is out of the community worker's scope");
        assertEquals(4, Contributions.create(org.jiedao.incubation.internal.contrib.ProjectSearch.class).search("CL-GH", 10, Locale.CHINESE).size());
    }

    @Test
    void aCommunityWorkerSeesTheirCommunitysShare() throws Exception {
        IncubationTest.signIn("guihua-i");
        Totals t = Services.await(IncubationQueries.class).totals(2019, null);
        assertEquals(4, t.projects());
        assertEquals(18 + 15 + 14 + 13, t.jobs());
        assertEquals(7, t.sessions());
        assertEquals(50, t.consultations());
    }
}
