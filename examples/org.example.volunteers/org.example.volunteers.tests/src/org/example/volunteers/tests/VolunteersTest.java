package org.example.volunteers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.example.volunteers.VolunteerHours;
import org.example.volunteers.VolunteerService;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The plugin inside the real platform (OSGi, DS, EclipseLink on embedded Derby, its Liquibase changelog):
 * the module is registered, the sample sign-in sheet imports through the platform's exchange service,
 * hours add up per volunteer, the same sheet is refused the second time with nothing written, the
 * dashboard widget sums the hours of the last six months, and a community worker of another community
 * sees none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VolunteersTest {

    private static final String PASSWORD = "Volunteers-2026!";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    static SecurityService security;
    static VolunteerService volunteers;
    static ExchangeService exchange;
    static Path sheet;

    @BeforeAll
    static void organisation() throws Exception {
        security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        volunteers = Services.await(VolunteerService.class);
        exchange = Services.await(ExchangeService.class);
        sheet = Path.of(System.getProperty("volunteers.samples"), "volunteer-hours-2026-10.csv");
        security.signOut();
        if (units.find("320507").isEmpty()) {
            units.create("320507", "相城区", OrgLevel.DISTRICT, null);
            units.create("320507001", "元和街道", OrgLevel.STREET, "320507");
            units.create("320507001005", "华辰嘉园社区", OrgLevel.COMMUNITY, "320507001");
            units.create("320507001004", "华元社区", OrgLevel.COMMUNITY, "320507001");
            units.create("320508", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("320508001", "沧浪街道", OrgLevel.STREET, "320508");
            units.create("320508001001", "桂花社区", OrgLevel.COMMUNITY, "320508001");
            security.createUser("admin-v", "区管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
            security.createUser("worker-hy", "华元社区工作者", Role.COMMUNITY_WORKER, "320507001004", PASSWORD.toCharArray());
        }
    }

    @Test
    @Order(1)
    void theModuleIsRegistered() throws Exception {
        assertTrue(Services.await(ModuleRegistry.class).getModules().stream().anyMatch(m -> m.id().equals("org.example.volunteers")));
    }

    @Test
    @Order(2)
    void theSampleSheetImportsAndTheHoursAddUp() throws Exception {
        signIn("admin-v");
        ImportResult result = exchange.importFile("volunteer-hours", sheet, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(6, result.rowsWritten());

        List<VolunteerHours> hours = volunteers.hours(OCTOBER, Optional.empty());
        VolunteerHours sun = hours.stream().filter(h -> h.volunteer().equals("孙晓峰")).findFirst().orElseThrow();
        assertEquals(2, sun.events());
        assertEquals(0, new BigDecimal("4.5").compareTo(sun.hours()));
        assertEquals("华辰嘉园社区", sun.communityName());
        assertEquals(0, new BigDecimal("14.0").compareTo(hours.stream().map(VolunteerHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(1, volunteers.hours(OCTOBER, Optional.of("桂花社区")).size());
    }

    @Test
    @Order(3)
    void theSameSheetTwiceIsRefusedAndNothingIsWritten() throws Exception {
        signIn("admin-v");
        ImportResult again = exchange.importFile("volunteer-hours", sheet, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.INVALID, again.status());
        assertEquals(0, again.rowsWritten());
        assertEquals(6, again.problemCount());
        assertTrue(again.problems().get(0).message().contains("already recorded"), again.problems().toString());
        var events = volunteers.events(Optional.of(OCTOBER), Optional.empty());
        assertEquals(3, events.size());
        assertEquals(6, events.stream().mapToInt(e -> e.volunteers()).sum());
    }

    @Test
    @Order(4)
    void theDashboardWidgetShowsTheLastSixMonths() throws Exception {
        signIn("admin-v");
        DashboardWidget widget = Services.await(DashboardWidgetRegistry.class).widgets().stream()
                .filter(w -> w.id().equals("org.example.volunteers.hours-by-month")).findFirst().orElseThrow();
        assertEquals("org.example.volunteers", widget.moduleId());
        // the platform creates providers with their @Inject constructor; so does this test
        DashboardWidgetProvider provider = widget.providerClass().getConstructor(PersistenceService.class)
                .newInstance(Services.await(PersistenceService.class));
        WidgetData.Chart chart = (WidgetData.Chart) provider.load(new WidgetContext(Locale.ENGLISH, security.currentScope(), security.currentUser()));
        YearMonth now = YearMonth.now();
        assertEquals(List.of(now.minusMonths(5).toString(), now.minusMonths(4).toString(), now.minusMonths(3).toString(),
                now.minusMonths(2).toString(), now.minusMonths(1).toString(), now.toString()), chart.categories());
        for (int i = 0; i < 6; i++) {
            BigDecimal expected = volunteers.hours(now.minusMonths(5 - i), Optional.empty()).stream().map(VolunteerHours::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, expected.compareTo((BigDecimal) chart.series().get(0).values().get(i)), chart.categories().get(i));
        }
    }

    @Test
    @Order(5)
    void aCommunityWorkerOfAnotherCommunitySeesNone() throws Exception {
        signIn("worker-hy");
        assertTrue(volunteers.hours(OCTOBER, Optional.empty()).isEmpty());
        assertTrue(volunteers.events(Optional.empty(), Optional.empty()).isEmpty());
        signIn("admin-v");
        assertFalse(volunteers.events(Optional.empty(), Optional.empty()).isEmpty());
        assertTrue(Files.exists(sheet));
    }

    private static void signIn(String user) throws Exception {
        security.signOut();
        security.signIn(user, PASSWORD.toCharArray());
    }

}
