package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.GradeRecord;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.internal.AppraisalDemoData;
import org.jiedao.appraisal.internal.GradeDistributionWidget;
import org.jiedao.appraisal.internal.GradeNoticeReport;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportRegistry;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's demo data (20 cadres of 元和街道, 2024 published, 2025 graded), the 等次分布 dashboard
 * widget over it and the printable grade notice.
 */
class DashboardReportDemoTest {

    static OrgUnitService units;
    final AppraisalServiceTest data = new AppraisalServiceTest();

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        AppraisalServiceTest.organisation();
        units = Services.await(OrgUnitService.class);
        // the seed's units the demo data uses (as jiedao-cli init --demo creates them)
        if (units.find("320507").isEmpty()) {
            units.create("320507", "相城区", OrgLevel.DISTRICT, null);
            units.create("320507001", "元和街道", OrgLevel.STREET, "320507");
            String[][] communities = { { "001", "康桥花园社区" }, { "002", "晨曦馨苑社区" }, { "003", "湖沁社区" }, { "004", "华元社区" },
                    { "005", "华辰嘉园社区" } };
            for (String[] c : communities) {
                units.create("320507001" + c[0], c[1], OrgLevel.COMMUNITY, "320507001");
            }
        }
    }

    @BeforeEach
    void clean() throws Exception {
        data.dir = dir;
        data.clean();
        AppraisalServiceTest.security.signOut();
        // the demo data runs as the demo district administrator, who has no unit
        AppraisalServiceTest.security.signIn("admin-all", AppraisalServiceTest.PASSWORD.toCharArray());
    }

    @AfterEach
    void signOut() throws Exception {
        AppraisalServiceTest.keptSumsEqualTheScoreRows();
        data.clean();
        AppraisalServiceTest.security.signOut();
    }

    static WidgetContext context(Locale locale) {
        return new WidgetContext(locale, DataScope.unrestricted("admin-all"), AppraisalServiceTest.security.currentUser());
    }

    /** The demo data as the platform creates it: by the Contributions factory, services injected. */
    private static AppraisalDemoData demoData() throws Exception {
        Services.await(ExchangeService.class);
        Services.await(AppraisalService.class);
        return Contributions.create(AppraisalDemoData.class);
    }

    @Test
    void demoDataGivesAPublishedYearWithADAndAGradedYear() throws Exception {
        String summary = demoData().load(Locale.CHINESE);
        assertTrue(summary.contains("20 名干部"), summary);
        assertEquals(20, DashboardReportDemoTest.count("CadreEntity"));
        assertEquals(2 * 20 * 4 * 5, DashboardReportDemoTest.count("ScoreEntity"));
        assertEquals(List.of(2025, 2024), AppraisalServiceTest.appraisal.years());

        assertTrue(AppraisalServiceTest.appraisal.year(2024).published());
        assertFalse(AppraisalServiceTest.appraisal.year(2025).published());

        List<GroupGrades> published = AppraisalServiceTest.appraisal.grade(2024, null);
        assertEquals(1, published.size());
        assertEquals("320507", published.get(0).group().code());
        assertEquals(Map.of(Grade.A, 4, Grade.B, 9, Grade.C, 6, Grade.D, 1), published.get(0).result().distribution());
        List<GradeRecord> history = AppraisalServiceTest.appraisal.history("YH020");
        assertEquals(Grade.D, history.get(0).grade());
        assertTrue(history.get(0).published());

        GroupGrades open = AppraisalServiceTest.appraisal.grade(2025, null).get(0);
        assertEquals(20, open.result().graded());
        Explanation last = open.result().explanation("YH020").orElseThrow();
        assertEquals(Grade.D, last.grade().orElseThrow());
        assertEquals(2, last.dYears(), "D in 2024 (published) and in 2025");
        assertEquals("0.25", last.bonusFactor().orElseThrow().setScale(2).toPlainString());
        assertTrue(open.result().explanations().stream().allMatch(x -> x.exam().isPresent()), "every cadre took the exam");
        assertEquals(2, open.result().explanation("YH017").orElseThrow().honours().size(), "two street honours");
    }

    @Test
    void theWidgetShowsTheLatestGradedYearWithItsQuotas() throws Exception {
        DashboardWidget declared = Services.await(DashboardWidgetRegistry.class).widgets().stream()
                .filter(w -> w.id().equals("org.jiedao.appraisal.grade-distribution")).findFirst().orElseThrow();
        assertEquals(Optional.of("org.jiedao.appraisal.admin"), declared.permission());
        assertEquals(GradeDistributionWidget.class, declared.providerClass());

        GradeDistributionWidget widget = new GradeDistributionWidget(AppraisalServiceTest.appraisal);
        WidgetData.Figure empty = assertInstanceOf(WidgetData.Figure.class, widget.load(context(Locale.CHINESE)));
        assertEquals("尚无评定等次的考核年度", empty.caption());

        demoData().load(Locale.CHINESE);
        WidgetData.Chart chart = assertInstanceOf(WidgetData.Chart.class, widget.load(context(Locale.CHINESE)));
        assertEquals(WidgetData.Chart.Kind.BAR, chart.kind());
        assertEquals(List.of("A", "B", "C", "D"), chart.categories());
        assertEquals("2025 年度（未发布）", chart.series().get(0).name());
        assertEquals(20, chart.series().get(0).values().stream().mapToInt(Number::intValue).sum());
        assertEquals(1, chart.series().get(0).values().get(3).intValue(), "one D");
        assertEquals("名额", chart.series().get(1).name());
        assertEquals(List.of(4, 9, 6, 1), chart.series().get(1).values());

        // 2025 without scores: the published 2024 is the latest graded year
        AppraisalServiceTest.persistence.transaction(em -> em.createQuery("delete from ScoreEntity s where s.year = 2025").executeUpdate()
                + em.createQuery("delete from LevelSumEntity s where s.year = 2025").executeUpdate());
        chart = assertInstanceOf(WidgetData.Chart.class, widget.load(context(Locale.ENGLISH)));
        assertEquals("2024 (published)", chart.series().get(0).name());
        assertEquals("Quota", chart.series().get(1).name());
    }

    @Test
    void theGradeNoticeIsOnePageOfTheCadresResultAndItsMainSteps() throws Exception {
        ReportDescriptor declared = Services.await(ReportRegistry.class).getReport("org.jiedao.appraisal.grade-notice").orElseThrow();
        assertEquals(2, declared.parameters().size());
        demoData().load(Locale.CHINESE);
        GradeNoticeReport report = new GradeNoticeReport(AppraisalServiceTest.appraisal, units);
        ReportDocument notice = report.build(new ReportRequest("org.jiedao.appraisal.grade-notice", Map.of("year", "2025", "cadre", "YH020"),
                Locale.CHINESE, AppraisalServiceTest.security.currentUser()));
        assertEquals("2025 年度干部考核等次通知书", notice.title());
        ReportDocument.KeyValues kv = assertInstanceOf(ReportDocument.KeyValues.class, notice.blocks().get(0));
        Map<String, String> values = new java.util.HashMap<>();
        kv.entries().forEach(e -> values.put(e.label(), e.value()));
        assertEquals("郑海涛", values.get("姓名"));
        assertEquals("华辰嘉园社区", values.get("单位"));
        assertEquals("20 / 20", values.get("名次"));
        assertEquals("D等", values.get("等次"));
        assertEquals("2", values.get("D等年数"));
        assertEquals("0.25", values.get("绩效奖金系数"));
        Explanation e = AppraisalServiceTest.appraisal.explain(2025, "YH020").explanation();
        assertEquals(e.annualScore().orElseThrow().toPlainString(), values.get("年度得分"));
        ReportDocument.Paragraph steps = assertInstanceOf(ReportDocument.Paragraph.class, notice.blocks().get(2));
        for (int q = 1; q <= 4; q++) {
            assertTrue(steps.text().contains("第 " + q + " 季度：得分"), steps.text());
        }
        assertTrue(steps.text().contains("年度得分 = "), steps.text());
        assertFalse(steps.text().contains("人测评"), "the rater levels of each quarter are left out: " + steps.text());
        assertFalse(steps.text().contains("XJ39"), "no rater ids on the notice");
        assertTrue(steps.text().lines().count() < 20, "main steps only: " + steps.text());

        ReportException bad = assertThrows(ReportException.class, () -> report.build(new ReportRequest("org.jiedao.appraisal.grade-notice",
                Map.of("year", "next", "cadre", "YH020"), Locale.ENGLISH, Optional.empty())));
        assertEquals(ReportException.Reason.BAD_PARAMETER, bad.reason());
        ReportException unknown = assertThrows(ReportException.class, () -> report.build(new ReportRequest(
                "org.jiedao.appraisal.grade-notice", Map.of("year", "2025", "cadre", "NOBODY"), Locale.ENGLISH, Optional.empty())));
        assertEquals(ReportException.Reason.BAD_PARAMETER, unknown.reason());
    }

    static long count(String entity) {
        return AppraisalServiceTest.count(entity);
    }
}
