package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.core.search.SearchProviderRegistry;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dashboard widgets and search with real users and units: a widget guarded by a permission shows
 * only to users who have it in their unit; the platform's widgets and org-unit search count and
 * find only what the signed-in user's scope covers.
 */
class DashboardAndSearchTest {

    private static final String PASSWORD = "Dash-2021!";
    private static SecurityService security;
    private static OrgUnitService units;
    private static DashboardWidgetRegistry widgets;
    private static SearchProviderRegistry search;

    @BeforeAll
    static void data() {
        security = Services.await(SecurityService.class);
        units = Services.await(OrgUnitService.class);
        widgets = Services.await(DashboardWidgetRegistry.class);
        search = Services.await(SearchProviderRegistry.class);
        security.signOut();
        units.create("DB", "东滨区", OrgLevel.DISTRICT, null);
        units.create("DB-1", "东滨街道", OrgLevel.STREET, "DB");
        units.create("DB-1-1", "东滨社区", OrgLevel.COMMUNITY, "DB-1");
        units.create("DB-1-1-1", "东滨第一网格", OrgLevel.GRID, "DB-1-1");
        units.create("DB-2", "西滨街道", OrgLevel.STREET, "DB");
        units.create("DB-2-1", "西滨社区", OrgLevel.COMMUNITY, "DB-2");
        char[] password = PASSWORD.toCharArray();
        security.createUser("dash-worker", "东滨社区工作者", Role.COMMUNITY_WORKER, "DB-1-1", password);
        security.createUser("dash-officer", "东滨街道工作人员", Role.STREET_OFFICER, "DB-1", password);
        security.createUser("dash-auditor", "审计员", Role.AUDITOR, null, password);
        security.createUser("dash-admin", "区管理员", Role.DISTRICT_ADMIN, null, password);
    }

    @AfterEach
    void signOut() {
        security.signOut();
    }

    private static List<String> visible() {
        return widgets.visibleWidgets().stream().map(DashboardWidget::id).filter(id -> id.startsWith("org.jiedao.tests.security.")).toList();
    }

    private static void signIn(String user) throws Exception {
        security.signIn(user, PASSWORD.toCharArray());
    }

    @Test
    void aGuardedWidgetShowsOnlyToUsersWithItsPermission() throws Exception {
        assertEquals(List.of("org.jiedao.tests.security.open"), visible(), "nobody signed in");
        signIn("dash-worker");
        assertEquals(List.of("org.jiedao.tests.security.guarded", "org.jiedao.tests.security.open"), visible(),
                "a community worker has org.jiedao.tests.handle in their community");
        signIn("dash-officer");
        assertEquals(List.of("org.jiedao.tests.security.open"), visible(), "street officers do not have it");
        signIn("dash-auditor");
        assertEquals(List.of("org.jiedao.tests.security.open"), visible(), "nor do auditors");
        signIn("dash-admin");
        assertEquals(List.of("org.jiedao.tests.security.guarded", "org.jiedao.tests.security.open"), visible(),
                "district administrators have every permission");
    }

    @Test
    void thePlatformsWidgetsCountWhatTheScopeCovers() throws Exception {
        signIn("dash-officer");
        WidgetContext context = new WidgetContext(Locale.ENGLISH, security.currentScope(), security.currentUser());
        WidgetData.Chart byLevel = (WidgetData.Chart) provider("org.jiedao.platform.units-by-level").load(context);
        assertEquals(WidgetData.Chart.Kind.BAR, byLevel.kind());
        assertEquals(List.of("district", "street", "community", "grid"), byLevel.categories());
        assertEquals(List.of(0, 1, 1, 1), byLevel.series().get(0).values(), "东滨街道 and below");
        WidgetData.Figure inScope = (WidgetData.Figure) provider("org.jiedao.platform.units-in-scope").load(context);
        assertEquals("3", inScope.value());
        assertEquals("in 东滨街道 and below", inScope.caption());
        WidgetData.Table users = (WidgetData.Table) provider("org.jiedao.platform.users-by-role").load(context);
        assertEquals(List.of("community worker", "1"), users.rows().get(2), users.rows().toString());
        assertEquals(List.of("street officer", "1"), users.rows().get(1), users.rows().toString());
    }

    @Test
    void orgUnitSearchFindsByCodeOrNameWithinTheScope() throws Exception {
        SearchProvider provider = search.providers().stream().filter(p -> p.id().equals("org.jiedao.platform.orgunits"))
                .findFirst().orElseThrow().providerClass().getConstructor(OrgUnitService.class, SecurityService.class)
                .newInstance(units, security);
        signIn("dash-officer");
        List<String> titles = provider.search("滨", 20, Locale.ENGLISH).stream().map(SearchHit::title).toList();
        assertEquals(List.of("东滨街道", "东滨社区", "东滨第一网格"), titles, "not 西滨, outside the street");
        SearchHit grid = provider.search("db-1-1-1", 20, Locale.ENGLISH).get(0);
        assertEquals("org.jiedao.orgunit", grid.recordType());
        assertEquals("DB-1-1-1", grid.recordId());
        assertEquals("grid DB-1-1-1 \u00b7 in 东滨社区", grid.subtitle());
        signIn("dash-admin");
        assertEquals(6, provider.search("滨", 20, Locale.ENGLISH).size(), "东滨区 with both streets and all below");
        assertTrue(provider.search("滨", 2, Locale.ENGLISH).size() == 2, "the limit holds");
    }

    private static DashboardWidgetProvider provider(String id) throws Exception {
        DashboardWidget widget = widgets.widgets().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
        Class<? extends DashboardWidgetProvider> type = widget.providerClass();
        try {
            return type.getConstructor(OrgUnitService.class).newInstance(units);
        } catch (NoSuchMethodException e) {
            return type.getConstructor(SecurityService.class, OrgUnitService.class).newInstance(security, units);
        }
    }
}
