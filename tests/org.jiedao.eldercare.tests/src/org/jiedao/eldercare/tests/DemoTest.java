package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.internal.contrib.AgeingWidget;
import org.jiedao.eldercare.internal.contrib.EldercareDemoData;
import org.jiedao.eldercare.internal.contrib.PairsWidget;
import org.jiedao.eldercare.internal.contrib.RenovationsWidget;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data reproduces the seed: 三元一村 with 1,820 elders aged 60+, exactly 26 % of its 7,000 residents, on the data and on the dashboard. */
class DemoTest {

    @BeforeAll
    static void organisation() {
        Fixture.organisation();
        Fixture.clean();
    }

    @Test
    void theSeedsFiguresAreExactInTheDataAndOnTheDashboard() throws Exception {
        signIn("eld-admin");
        String loaded = Contributions.create(EldercareDemoData.class).load(Locale.ENGLISH);
        assertTrue(loaded.contains("1820 elders"), loaded);
        LocalDate today = LocalDate.now();
        ElderRegistry registry = Services.await(ElderRegistry.class);
        AgeingStats s = registry.stats(SANYUAN, today.getYear(), today).get(0);
        assertEquals(1_820, s.aged60(), "the seed's 1,800+");
        assertEquals(7_000, s.population());
        assertEquals(new BigDecimal("26.0"), s.share60(), "the seed's 26 %");
        assertEquals(0, BigDecimal.valueOf(1_820).multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(26).multiply(BigDecimal.valueOf(7_000))),
                "exactly 26 %, not rounded");
        assertEquals(EldercareDemoData.AGED_80, s.aged80());
        assertEquals(EldercareDemoData.LIVING_ALONE, s.livingAlone());
        assertEquals(1_820, registry.stats(SANYUAN, today.getYear(), today.plusMonths(9)).get(0).aged60(), "stable for months");

        SecurityService security = Services.await(SecurityService.class);
        WidgetContext context = new WidgetContext(Locale.ENGLISH, security.currentScope(), security.currentUser());
        WidgetData.Table ageing = (WidgetData.Table) Contributions.create(AgeingWidget.class).load(context);
        assertEquals(List.of(List.of("三元一村社区", "7,000", "1,820", "312", "26.0 %", "236")), ageing.rows());

        Renovations renovations = Services.await(Renovations.class);
        List<Renovation> all = renovations.list(null, false, today);
        assertEquals(EnumSet.allOf(RenovationStatus.class), all.stream().map(Renovation::status).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(RenovationStatus.class))), "every state");
        assertEquals(2, renovations.list(null, true, today).size(), "an application and an installation overdue");
        WidgetData.Chart chart = (WidgetData.Chart) Contributions.create(RenovationsWidget.class).load(context);
        assertEquals(List.of(2, 1, 2, 1, 2, 1, 2), chart.series().get(0).values());

        Courses courses = Services.await(Courses.class);
        assertEquals(Set.of("书法", "国画", "声乐", "瑜伽", "手机应用"), courses.courses().stream().map(Courses.Course::name).collect(Collectors.toSet()));
        Courses.Course yoga = courses.courses().stream().filter(c -> c.name().equals("瑜伽")).findFirst().orElseThrow();
        assertEquals(20, yoga.enrolled());
        assertEquals(4, yoga.waiting());

        Bookings bookings = Services.await(Bookings.class);
        assertEquals(4, bookings.services(SANYUAN).size());
        assertTrue(bookings.monthly(SANYUAN, YearMonth.now()).stream().allMatch(m -> m.bookings() > 0)
                || bookings.monthly(SANYUAN, YearMonth.now().minusMonths(1)).stream().allMatch(m -> m.bookings() > 0));

        MutualAid aid = Services.await(MutualAid.class);
        List<MutualAid.Pair> pairs = aid.pairs(SANYUAN);
        assertTrue(pairs.size() >= 24, "pairs in 24 stairwells: " + pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.younger().building().equals(p.older().building()) && p.younger().stair().equals(p.older().stair())));
        WidgetData.Figure figure = (WidgetData.Figure) Contributions.create(PairsWidget.class).load(context);
        assertEquals(String.format("%,d", aid.unpaired(SANYUAN, today).size()), figure.value());
        assertTrue(figure.alert());
        assertEquals(EldercareDemoData.AGED_80 - pairs.size(), aid.unpaired(SANYUAN, today).size());
        assertEquals(1_820, registry.list(new ElderQuery(SANYUAN, 60, 0, null, false, today), 0).size());
        assertEquals(1_820, registry.count(new ElderQuery(SANYUAN, 60, 0, null, false, today)));

        // a 幸福里便民集市 each month on 初心广场 with 修伞 and 磨刀, on the dashboard
        org.jiedao.eldercare.Markets markets = Services.await(org.jiedao.eldercare.Markets.class);
        List<org.jiedao.eldercare.Markets.Market> held = markets.list(SANYUAN, 0);
        assertTrue(held.size() >= 11, "a market in each month: " + held.size());
        assertTrue(held.stream().allMatch(m -> m.place().equals("初心广场") && m.stalls().stream().map(org.jiedao.eldercare.Markets.Stall::name)
                .toList().containsAll(List.of("修伞", "磨刀"))));
        WidgetData.Chart market = (WidgetData.Chart) Contributions.create(org.jiedao.eldercare.internal.contrib.MarketWidget.class).load(context);
        assertEquals(6, market.categories().size());
        java.util.Map<String, Long> visitors = new java.util.HashMap<>();
        held.forEach(m -> visitors.put(java.time.YearMonth.from(m.heldOn()).toString(), (long) m.visitors()));
        for (int i = 0; i < 6; i++) {
            assertEquals(visitors.getOrDefault(market.categories().get(i), 0L), market.series().get(0).values().get(i), market.categories().get(i));
        }
    }
}
