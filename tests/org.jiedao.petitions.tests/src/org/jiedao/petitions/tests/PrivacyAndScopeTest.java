package org.jiedao.petitions.tests;

import static org.jiedao.petitions.tests.Fixture.HUACHEN;
import static org.jiedao.petitions.tests.Fixture.HUAYUAN;
import static org.jiedao.petitions.tests.Fixture.petitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.AuditRecord;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.core.search.SearchHit;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Privacy;
import org.jiedao.petitions.internal.contrib.HandlingForm;
import org.jiedao.petitions.internal.contrib.PetitionSearch;
import org.jiedao.petitions.internal.contrib.Widgets;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy (masked for users without the handler permission in lists, search, exports and forms;
 * in full and audited for handlers) and org-unit scoping (another community's petitions are invisible).
 */
class PrivacyAndScopeTest {

    @TempDir
    Path dir;
    long id;

    @BeforeAll
    static void organisation() {
        Fixture.organisation();
    }

    @BeforeEach
    void petition() {
        Fixture.clean();
        Fixture.signIn("worker-hc");
        id = Fixture.register(HUACHEN);
    }

    @AfterEach
    void signOut() {
        Fixture.security.signOut();
    }

    @Test
    void masking() {
        assertEquals("张*", Privacy.maskName("张三"));
        assertEquals("欧**", Privacy.maskName("欧阳娜"));
        assertEquals("138****5678", Privacy.maskPhone("13812345678"));
        assertEquals("051*****1234", Privacy.maskPhone("051265231234"));
        assertEquals("", Privacy.maskName(null));
        assertEquals("", Privacy.maskPhone(" "));
    }

    @Test
    void aUserWithoutThePermissionSeesMaskedDataEverywhere() throws Exception {
        Fixture.signIn("auditor-x");
        assertFalse(petitions.isHandler(HUACHEN));
        PetitionSummary listed = petitions.list(PetitionQuery.all()).get(0);
        assertEquals("张*", listed.petitioner());
        assertEquals("138****5678", listed.phone());
        PetitionDetails d = petitions.find(id).orElseThrow();
        assertFalse(d.personalDataVisible());
        assertEquals("张*", d.petitioner());
        assertEquals("138****5678", d.phone());

        List<SearchHit> hits = new PetitionSearch(petitions).search("纸箱", 10, Locale.ENGLISH);
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).subtitle().contains("张* 138****5678"), hits.get(0).subtitle());
        assertFalse(hits.toString().contains("张三") || hits.toString().contains("13812345678"));
        assertEquals(1, new PetitionSearch(petitions).search("#" + id, 10, Locale.ENGLISH).size(), "by number");

        Path out = dir.resolve("petitions.csv");
        Services.await(ExchangeService.class).exportFile("petitions", out, ExportOptions.defaults(Locale.ENGLISH), new NullProgressMonitor());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains("张*,138****5678"), csv);
        assertFalse(csv.contains("张三") || csv.contains("13812345678"), csv);

        ReportDocument form = new HandlingForm(petitions).build(new ReportRequest("org.jiedao.petitions.handling-form",
                Map.of("petition", Long.toString(id)), Locale.ENGLISH, Fixture.security.currentUser()));
        assertFalse(form.blocks().toString().contains("张三"), "the handling form is masked too");
        assertEquals(0, Fixture.views(), "masked views are not recorded");
    }

    @Test
    void aHandlerSeesPersonalDataInFullOnlyInTheDetailsAndEveryViewIsAudited() throws Exception {
        Fixture.signIn("admin-x");
        long lastSeq = Fixture.persistence.auditRecords(null, null, null, null, 1).get(0).seq();
        Fixture.signIn("worker-hc");
        assertTrue(petitions.isHandler(HUACHEN));
        assertEquals("张*", petitions.list(PetitionQuery.all()).get(0).petitioner(), "lists stay masked even for handlers");
        long before = Fixture.views();
        PetitionDetails d = petitions.find(id).orElseThrow();
        assertTrue(d.personalDataVisible());
        assertEquals("张三", d.petitioner());
        assertEquals("13812345678", d.phone());
        petitions.find(id);
        assertEquals(before + 2, Fixture.views(), "each view is recorded");

        Path out = dir.resolve("petitions.csv");
        Services.await(ExchangeService.class).exportFile("petitions", out, ExportOptions.defaults(Locale.ENGLISH), new NullProgressMonitor());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("张三,13812345678"));
        assertEquals(before + 3, Fixture.views(), "an export with personal data is recorded as a view");

        Fixture.signIn("admin-x");
        List<AuditRecord> audit = Fixture.persistence.auditRecords("worker-hc", "PersonalDataRead", null, null, 50).stream()
                .filter(a -> a.seq() > lastSeq).toList();
        assertEquals(3, audit.size(), audit.toString());
        assertTrue(audit.stream().anyMatch(a -> a.changes().contains("EXPORT")), audit.toString());
        assertTrue(audit.stream().allMatch(a -> a.user().equals("worker-hc")));
    }

    @Test
    void anotherCommunitysPetitionsAreInvisibleToACommunityWorker() {
        Fixture.signIn("worker-hy");
        long own = Fixture.register(HUAYUAN);
        assertEquals(List.of(own), petitions.list(PetitionQuery.all()).stream().map(PetitionSummary::id).toList());
        assertEquals(1, petitions.count(PetitionQuery.all()));
        assertEquals(Optional.empty(), petitions.find(id));
        assertEquals(Optional.empty(), petitions.summary(id));
        assertTrue(assertThrows(PetitionException.class, () -> petitions.assign(id, PetitionService.CURRENT, HUAYUAN)).getMessage()
                .contains("no petition " + id));
        assertThrows(PetitionException.class, () -> Fixture.register(HUACHEN), "nor can they register one there");
        assertTrue(new PetitionSearch(petitions).search("纸箱", 10, Locale.ENGLISH).stream().allMatch(h -> h.recordId().equals(Long.toString(own))));
        assertFalse(petitions.isHandler(HUACHEN));

        Fixture.signIn("officer-x");
        assertEquals(2, petitions.count(PetitionQuery.all()), "the street officer sees both communities");
        assertEquals(1, petitions.count(new PetitionQuery(null, null, null, HUAYUAN, false, null, 0, 0)));
        assertTrue(petitions.isHandler(HUACHEN));
    }

    @Test
    void dashboardWidgetsCountTheUsersPetitions() throws Exception {
        Fixture.register(HUACHEN, java.time.LocalDate.now().minusDays(30), org.jiedao.petitions.Urgency.NORMAL);
        petitions.assign(id, PetitionService.CURRENT, HUACHEN);
        WidgetContext context = new WidgetContext(Locale.ENGLISH, Fixture.security.currentScope(), Fixture.security.currentUser());
        WidgetData.Figure overdue = (WidgetData.Figure) new Widgets.Overdue(petitions).load(context);
        assertEquals("1", overdue.value());
        assertTrue(overdue.alert());
        WidgetData.Chart open = (WidgetData.Chart) new Widgets.OpenByStatus(petitions).load(context);
        assertEquals(List.of("registered", "assigned", "in progress", "replied"), open.categories());
        assertEquals(List.of(1L, 1L, 0L, 0L), open.series().get(0).values());
        WidgetData.Table mailboxes = (WidgetData.Table) new Widgets.MailboxesNotOpened(petitions, Fixture.persistence).load(context);
        assertEquals(List.of(List.of("华辰嘉园社区", "never")), mailboxes.rows());
        Fixture.signIn("worker-hy");
        WidgetContext other = new WidgetContext(Locale.ENGLISH, Fixture.security.currentScope(), Fixture.security.currentUser());
        assertEquals("0", ((WidgetData.Figure) new Widgets.Overdue(petitions).load(other)).value());
        assertEquals(List.of(0L, 0L, 0L, 0L), ((WidgetData.Chart) new Widgets.OpenByStatus(petitions).load(other)).series().get(0).values(),
                "another community's counts are not shown");
    }
}
