package org.jiedao.safety.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jiedao.safety.SafetyEntry;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyService;
import org.jiedao.safety.internal.contrib.SafetyDemoData;
import org.jiedao.safety.internal.contrib.SafetyWidget;

/**
 * The module on the real platform (embedded Derby in target/work): the service with its checks and
 * scope, the import and export format, the dashboard widget and the demo data. A fragment of the
 * module's bundle, so it reaches the contributions without the bundle exporting them.
 */
class SafetyTest {

    static final String PASSWORD = "Safety-Test-2026!";
    static final String COMMUNITY = "320507001005";
    static final String OTHER = "320508001001";

    static SecurityService security;
    static PersistenceService persistence;
    static SafetyService entries;

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        security = Services.await(SecurityService.class);
        persistence = Services.await(PersistenceService.class);
        entries = Services.await(SafetyService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("320507").isEmpty()) {
            units.create("320507", "相城区", OrgLevel.DISTRICT, null);
            units.create("320507001", "元和街道", OrgLevel.STREET, "320507");
            units.create(COMMUNITY, "华辰嘉园社区", OrgLevel.COMMUNITY, "320507001");
            units.create("320508", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("320508001", "沧浪街道", OrgLevel.STREET, "320508");
            units.create(OTHER, "桂花社区", OrgLevel.COMMUNITY, "320508001");
            security.createUser("admin-t", "区管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
            security.createUser("worker-t", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, COMMUNITY, PASSWORD.toCharArray());
        }
    }

    @BeforeEach
    void clean() {
        security.signOut();
        persistence.transaction(em -> em.createQuery("delete from SafetyEntry").executeUpdate());
    }

    static void signIn(String user) throws Exception {
        security.signOut();
        security.signIn(user, PASSWORD.toCharArray());
    }

    @Test
    void theModuleIsRegistered() {
        assertTrue(Services.await(ModuleRegistry.class).getModules().stream().anyMatch(m -> m.id().equals("org.jiedao.safety")));
    }

    @Test
    void entriesAreRecordedInTheUsersUnitsOnly() throws Exception {
        signIn("worker-t");
        entries.record(LocalDate.now().minusDays(1), " 社区走访 ", "", COMMUNITY);
        List<SafetyEntry> seen = entries.list(0);
        assertEquals(1, seen.size());
        assertEquals("社区走访", seen.get(0).title());
        assertEquals("华辰嘉园社区", seen.get(0).communityName());
        assertTrue(assertThrows(SafetyException.class, () -> entries.record(LocalDate.now(), "走访", null, OTHER)).getMessage()
                .contains(OTHER));
        assertTrue(assertThrows(SafetyException.class, () -> entries.record(LocalDate.now().plusDays(1), "走访", null, COMMUNITY))
                .getMessage().contains("future"));
        assertTrue(assertThrows(SafetyException.class, () -> entries.record(LocalDate.now(), " ", null, COMMUNITY)).getMessage()
                .contains("title"));
        assertEquals(1, entries.count());

        signIn("admin-t");
        entries.record(LocalDate.now(), "政策宣传", null, OTHER);
        assertEquals(2, entries.count());
        signIn("worker-t");
        assertEquals(1, entries.count(), "another unit's entry is out of the community worker's scope");
    }

    @Test
    void aSheetImportsAndExports() throws Exception {
        signIn("admin-t");
        Path sheet = dir.resolve("entries.csv");
        Files.writeString(sheet, "日期,标题,社区,备注\n" + LocalDate.now().minusDays(2) + ",楼道清理,华辰嘉园社区,清理杂物\n"
                + LocalDate.now().minusDays(1) + ",政策宣传,桂花社区,\n", StandardCharsets.UTF_8);
        ExchangeService exchange = Services.await(ExchangeService.class);
        ImportResult result = exchange.importFile("safety", sheet, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(2, result.rowsWritten());
        assertEquals(2, entries.count());

        Path future = dir.resolve("future.csv");
        Files.writeString(future, "日期,标题,社区,备注\n" + LocalDate.now().plusDays(3) + ",走访,华辰嘉园社区,\n", StandardCharsets.UTF_8);
        ImportResult refused = exchange.importFile("safety", future, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.INVALID, refused.status());
        assertEquals(0, refused.rowsWritten());
        assertEquals(2, entries.count(), "a refused sheet writes nothing");

        Path out = dir.resolve("out.csv");
        exchange.exportFile("safety", out, ExportOptions.defaults(Locale.ENGLISH), null);
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(exported.contains("楼道清理") && exported.contains("政策宣传"), exported);
    }

    @Test
    void theWidgetCountsAndTheDemoDataLoads() throws Exception {
        signIn("admin-t");
        // created as the platform creates it: with its services injected
        String loaded = org.jiedao.core.contributions.Contributions.create(SafetyDemoData.class).load(Locale.ENGLISH);
        assertTrue(loaded.contains("3"), loaded);
        assertEquals(3, entries.count());
        WidgetData.Figure figure = (WidgetData.Figure) new SafetyWidget(entries)
                .load(new WidgetContext(Locale.ENGLISH, security.currentScope(), security.currentUser()));
        assertEquals("3", figure.value());
    }
}
