package __ID__.tests;

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
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.jiedao.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import __ID__.__Type__Entry;
import __ID__.__Type__Exception;
import __ID__.__Type__Service;
import __ID__.internal.contrib.__Type__DemoData;
import __ID__.internal.contrib.__Type__Widget;

/**
 * The module on the real platform (embedded Derby in target/work): the service with its checks and
 * scope, the import and export format, the dashboard widget and the demo data. A fragment of the
 * module's bundle, so it reaches the contributions without the bundle exporting them.
 */
class __Type__Test {

    /** The platform's test organisation: the demo's districts, streets, communities and a user of every role. */
    static final TestOrganisation ORG = TestOrganisation.suzhou();
    /** The community worker's community (桂花社区) and one outside her scope (华辰嘉园社区). */
    static final String COMMUNITY = TestOrganisation.GUIHUA;
    static final String OTHER = TestOrganisation.HUACHEN;

    static SecurityService security;
    static __Type__Service entries;

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        security = Services.await(SecurityService.class);
        entries = Services.await(__Type__Service.class);
        ORG.ensure();
    }

    @BeforeEach
    void clean() {
        ORG.clean("__Type__Entry");
    }

    static void signIn(String user) {
        ORG.signIn(user);
    }

    @Test
    void theModuleIsRegistered() {
        assertTrue(Services.await(ModuleRegistry.class).getModules().stream().anyMatch(m -> m.id().equals("__ID__")));
    }

    @Test
    void entriesAreRecordedInTheUsersUnitsOnly() throws Exception {
        signIn(TestOrganisation.WORKER);
        entries.record(LocalDate.now().minusDays(1), " 社区走访 ", "", COMMUNITY);
        List<__Type__Entry> seen = entries.list(0);
        assertEquals(1, seen.size());
        assertEquals("社区走访", seen.get(0).title());
        assertEquals("桂花社区", seen.get(0).communityName());
        assertTrue(assertThrows(__Type__Exception.class, () -> entries.record(LocalDate.now(), "走访", null, OTHER)).getMessage()
                .contains(OTHER));
        assertTrue(assertThrows(__Type__Exception.class, () -> entries.record(LocalDate.now().plusDays(1), "走访", null, COMMUNITY))
                .getMessage().contains("future"));
        assertTrue(assertThrows(__Type__Exception.class, () -> entries.record(LocalDate.now(), " ", null, COMMUNITY)).getMessage()
                .contains("title"));
        assertEquals(1, entries.count());

        signIn(TestOrganisation.ADMIN);
        entries.record(LocalDate.now(), "政策宣传", null, OTHER);
        assertEquals(2, entries.count());
        signIn(TestOrganisation.WORKER);
        assertEquals(1, entries.count(), "another unit's entry is out of the community worker's scope");
    }

    @Test
    void aSheetImportsAndExports() throws Exception {
        signIn(TestOrganisation.ADMIN);
        Path sheet = dir.resolve("entries.csv");
        Files.writeString(sheet, "日期,标题,社区,备注\n" + LocalDate.now().minusDays(2) + ",楼道清理,华辰嘉园社区,清理杂物\n"
                + LocalDate.now().minusDays(1) + ",政策宣传,桂花社区,\n", StandardCharsets.UTF_8);
        ExchangeService exchange = Services.await(ExchangeService.class);
        ImportResult result = exchange.importFile("__SHORT__", sheet, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(2, result.rowsWritten());
        assertEquals(2, entries.count());

        Path future = dir.resolve("future.csv");
        Files.writeString(future, "日期,标题,社区,备注\n" + LocalDate.now().plusDays(3) + ",走访,华辰嘉园社区,\n", StandardCharsets.UTF_8);
        ImportResult refused = exchange.importFile("__SHORT__", future, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.INVALID, refused.status());
        assertEquals(0, refused.rowsWritten());
        assertEquals(2, entries.count(), "a refused sheet writes nothing");

        Path out = dir.resolve("out.csv");
        exchange.exportFile("__SHORT__", out, ExportOptions.defaults(Locale.ENGLISH), null);
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(exported.contains("楼道清理") && exported.contains("政策宣传"), exported);
    }

    @Test
    void theWidgetCountsAndTheDemoDataLoads() throws Exception {
        signIn(TestOrganisation.ADMIN);
        // created as the platform creates it: with its services injected
        String loaded = org.jiedao.core.contributions.Contributions.create(__Type__DemoData.class).load(Locale.ENGLISH);
        assertTrue(loaded.contains("3"), loaded);
        assertEquals(3, entries.count());
        WidgetData.Figure figure = (WidgetData.Figure) new __Type__Widget(entries)
                .load(new WidgetContext(Locale.ENGLISH, security.currentScope(), security.currentUser()));
        assertEquals("3", figure.value());
    }
}
