package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.safety.EventKind;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyEvent;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.internal.contrib.SafetyDemoData;
import org.jiedao.safety.internal.contrib.Widgets;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data as the platform loads it (created through Contributions, services injected) and the dashboard figures over it. */
class DemoDataTest {

    @BeforeAll
    static void organisation() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
    }

    WidgetContext context() {
        return new WidgetContext(Locale.CHINA, Fixture.security.currentScope(), Fixture.security.currentUser());
    }

    @Test
    void theDemoContestRanksTheThreePropertyCompaniesAsTheSeedSaysAndTheWidgetsShowTheDemo() throws Exception {
        Fixture.clean();
        assertTrue(Services.await(ModuleRegistry.class).getModules().stream().anyMatch(m -> m.id().equals("org.jiedao.safety")));
        String loaded = Contributions.create(SafetyDemoData.class).load(Locale.ENGLISH);
        assertTrue(loaded.contains("8 premises, 11 inspections, 7 rectification orders, 3 events"), loaded);
        assertTrue(loaded.contains("1 东方环境物业, 2 赤湾物业, 3 安成物业"), loaded);

        signIn("officer-s");
        SafetyEvents events = Services.await(SafetyEvents.class);
        List<TeamStanding> ranking = events.ranking(SafetyDemoData.CONTEST);
        assertEquals(List.of("东方环境物业", "赤湾物业", "安成物业"), ranking.stream().map(TeamStanding::team).toList());
        assertEquals(List.of(1, 2, 3), ranking.stream().map(TeamStanding::rank).toList());
        assertEquals(List.of(140, 120, 120), ranking.stream().map(TeamStanding::total).toList());
        assertEquals(List.of(1, 1, 2), ranking.stream().map(TeamStanding::wrongRisk).toList(), "赤湾 before 安成 by fewer wrong risk answers");
        assertEquals(45, events.answers(SafetyDemoData.CONTEST).size());
        assertEquals("康桥花园社区", events.contest(SafetyDemoData.CONTEST).get().communityName());

        SafetyEvent lecture = events.event(SafetyDemoData.LECTURE).get();
        assertEquals(EventKind.LECTURE, lecture.kind());
        assertEquals("华元社区", lecture.communityName());
        assertEquals(Set.of("property", "hotel", "business"), lecture.participants().stream().map(p -> p.kind()).collect(Collectors.toSet()));
        SafetyEvent drill = events.event(SafetyDemoData.DRILL).get();
        assertEquals(EventKind.DRILL, drill.kind());
        assertEquals("华元社区", drill.communityName());
        assertEquals(Integer.valueOf(80), drill.attendance());
        assertEquals(2, drill.participants().size());

        List<Premises> premises = Services.await(SafetyPremisesRegistry.class).list(null, null);
        assertEquals(Set.of(PremisesCategory.values()), premises.stream().map(Premises::category).collect(Collectors.toSet()),
                "premises of every category");

        SafetyInspections inspections = Services.await(SafetyInspections.class);
        LocalDate today = LocalDate.now();
        List<RectificationOrder> orders = inspections.orders(false, null);
        assertEquals(7, orders.size());
        assertEquals(2, orders.stream().filter(o -> o.overdueOn(today)).count(), "overdue orders");
        assertEquals(4, orders.stream().filter(o -> o.status() == OrderStatus.OPEN).count(), "open orders");
        assertEquals(2, orders.stream().filter(o -> o.status() == OrderStatus.CLOSED).count(), "closed orders");
        assertEquals(1, orders.stream().filter(o -> o.status() == OrderStatus.FAILED).count(), "a failed re-inspection in the chain");
        assertTrue(orders.get(0).overdueOn(today) && orders.get(1).overdueOn(today), "overdue first");

        // the dashboard's figures are the demo's
        WidgetData.Figure overdue = (WidgetData.Figure) Contributions.create(Widgets.Overdue.class).load(context());
        assertEquals("2", overdue.value());
        assertTrue(overdue.alert());
        assertTrue(overdue.caption().contains("4"), overdue.caption());
        WidgetData.Chart byCategory = (WidgetData.Chart) Contributions.create(Widgets.OpenByCategory.class).load(context());
        assertEquals(List.of("出租房/群租房", "三合一", "电动自行车停放充电", "九小场所", "企业"), byCategory.categories());
        assertEquals(List.of(2L, 0L, 2L, 0L, 0L), byCategory.series().get(0).values());
        WidgetData.Chart byCommunity = (WidgetData.Chart) Contributions.create(Widgets.OpenByCommunity.class).load(context());
        assertEquals(List.of("华辰嘉园社区", "康桥花园社区"), byCommunity.categories());
        assertEquals(List.of(3L, 1L), byCommunity.series().get(0).values());
        WidgetData.Table last = (WidgetData.Table) Contributions.create(Widgets.LastContest.class).load(context());
        assertEquals(List.of("1", "东方环境物业", "140", "1", "186"), last.rows().get(0));
        WidgetData.Chart months = (WidgetData.Chart) Contributions.create(Widgets.InspectionsPerMonth.class).load(context());
        assertEquals(11L, months.series().get(0).values().stream().mapToLong(Number::longValue).sum());

        signIn("worker-s");
        WidgetData.Figure own = (WidgetData.Figure) Contributions.create(Widgets.Overdue.class).load(context());
        assertEquals("1", own.value(), "a community worker: the overdue order of 华辰嘉园 only");

        // the search field: premises by code or name, orders by code, in the user's scope, never by personal data
        var search = Contributions.create(org.jiedao.safety.internal.contrib.SafetySearch.class);
        var hc = search.search("hc-", 20, Locale.CHINA);
        assertEquals(4, hc.stream().filter(h -> h.recordType().equals(org.jiedao.safety.internal.contrib.SafetySearch.PREMISES)).count(), hc.toString());
        assertTrue(hc.stream().anyMatch(h -> h.title().equals("HC-CZ-001 华辰嘉园 3 幢 402 出租房") && h.subtitle().contains("出租房/群租房")
                && h.subtitle().contains("华辰嘉园第一网格")), hc.toString());
        assertTrue(hc.stream().anyMatch(h -> h.recordType().equals(org.jiedao.safety.internal.contrib.SafetySearch.ORDER)), "orders by code");
        assertEquals(0, search.search("华元", 20, Locale.CHINA).size(), "华元 is outside the worker's community");
        assertEquals(0, search.search("陈志强", 20, Locale.CHINA).size(), "owners are personal data: not searched");
        assertEquals(0, search.search("1396210", 20, Locale.CHINA).size(), "phones neither");
        signIn("officer-s");
        assertEquals(2, search.search("华元", 20, Locale.CHINA).size(), "the street officer: the street");
        assertEquals(3, search.search("hc-", 3, Locale.CHINA).size(), "at most the limit");
    }
}
