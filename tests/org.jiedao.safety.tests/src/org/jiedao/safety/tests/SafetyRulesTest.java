package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.GRID1;
import static org.jiedao.safety.tests.Fixture.GRID2;
import static org.jiedao.safety.tests.Fixture.GUIHUA;
import static org.jiedao.safety.tests.Fixture.HUACHEN;
import static org.jiedao.safety.tests.Fixture.HUAYUAN;
import static org.jiedao.safety.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.Deadlines;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.RegisterLine;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;
import org.jiedao.safety.TeamStanding;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the module on the real platform (embedded Derby): template versions, the rectification
 * chain and its refusals, deadlines and overdue orders, photo checks, scoping per role and masking,
 * and contests stored and re-scored.
 */
class SafetyRulesTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xff, (byte) 0xd9 };

    static SafetyPremisesRegistry premises;
    static SafetyTemplates templates;
    static SafetyInspections inspections;
    static SafetyEvents events;

    @BeforeAll
    static void services() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
        premises = Services.await(SafetyPremisesRegistry.class);
        templates = Services.await(SafetyTemplates.class);
        inspections = Services.await(SafetyInspections.class);
        events = Services.await(SafetyEvents.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    static void register(String code, PremisesCategory category, String unit) {
        premises.register(new NewPremises(code, "场所" + code, category, unit, "元和街道嘉元路 18 号", "张建国", "李秀英", "13812345678", 12, 30, null));
    }

    /** Every item passes except the ones given as hazards. */
    static List<ItemAnswer> answers(ChecklistTemplate t, Object... hazards) {
        List<ItemAnswer> out = new ArrayList<>();
        for (var item : t.items()) {
            Severity severity = null;
            for (int i = 0; i < hazards.length; i += 2) {
                if ((Integer) hazards[i] == item.number()) {
                    severity = (Severity) hazards[i + 1];
                }
            }
            out.add(new ItemAnswer(item.number(), severity == null ? CheckResult.PASS : CheckResult.HAZARD, severity,
                    severity == null ? null : "通道堆放杂物"));
        }
        return out;
    }

    @Test
    void templatesShipSamplesAndAnEditLeavesPastInspectionsUnchanged() {
        signIn("officer-s");
        ChecklistTemplate v1 = templates.current(PremisesCategory.RENTAL);
        assertEquals(1, v1.version());
        assertEquals(7, v1.items().size(), "出租房 \"7 严禁\": seven sample items");
        assertTrue(v1.items().stream().allMatch(i -> i.sample()), "the shipped items are marked as samples");
        assertEquals(9, templates.current(PremisesCategory.NINE_SMALL).items().size());
        assertEquals(8, templates.current(PremisesCategory.THREE_IN_ONE).items().size());
        assertEquals(6, templates.current(PremisesCategory.E_BIKE).items().size());

        register("P1", PremisesCategory.RENTAL, HUACHEN);
        Inspection first = inspections.inspect("P1", LocalDate.now().minusDays(2), "王明", 0, answers(v1, 3, Severity.GENERAL), null);
        assertEquals(1, first.templateVersion());

        ChecklistTemplate v2 = templates.publish(PremisesCategory.RENTAL, "出租房“7 严禁”",
                List.of("严禁电动自行车进楼入户", "严禁私拉乱接电线", "严禁堵塞疏散通道"));
        assertEquals(2, v2.version());
        assertFalse(v2.hasSamples());
        assertEquals(2, templates.current(PremisesCategory.RENTAL).version());

        Inspection again = inspections.inspection(first.id()).get();
        assertEquals(1, again.templateVersion(), "the inspection keeps the version it used");
        assertEquals(7, again.findings().size());
        assertEquals(v1.items().get(2).text(), again.findings().get(2).itemText());
        assertTrue(again.findings().get(2).sample());
        assertEquals(CheckResult.HAZARD, again.findings().get(2).result());
        assertEquals(v1, templates.version(PremisesCategory.RENTAL, 1).get(), "version 1 itself is unchanged");

        // a new inspection uses the current version; an old one may still be chosen; an unknown one is refused
        Inspection second = inspections.inspect("P1", LocalDate.now(), "王明", 0, answers(v2), null);
        assertEquals(2, second.templateVersion());
        assertEquals("严禁私拉乱接电线", second.findings().get(1).itemText());
        assertTrue(assertThrows(SafetyException.class, () -> inspections.inspect("P1", LocalDate.now(), "王明", 9, answers(v2), null))
                .getMessage().contains("no version 9"));
        // answers must cover the version's items exactly once
        assertThrows(SafetyException.class, () -> inspections.inspect("P1", LocalDate.now(), "王明", 2, answers(v2).subList(0, 2), null));
        List<ItemAnswer> twice = new ArrayList<>(answers(v2));
        twice.add(twice.get(0));
        assertTrue(assertThrows(SafetyException.class, () -> inspections.inspect("P1", LocalDate.now(), "王明", 2, twice, null)).getMessage()
                .contains("twice"));
        List<ItemAnswer> noSeverity = new ArrayList<>(answers(v2));
        noSeverity.set(0, new ItemAnswer(1, CheckResult.HAZARD, null, null));
        assertTrue(assertThrows(SafetyException.class, () -> inspections.inspect("P1", LocalDate.now(), "王明", 2, noSeverity, null)).getMessage()
                .contains("general or major"));

        signIn("worker-s");
        assertThrows(SafetyException.class, () -> templates.publish(PremisesCategory.RENTAL, "x", List.of("y")),
                "a community worker does not edit the street's templates");
    }

    @Test
    void hazardsIssueOrdersWithTheDeadlinesOfDomain3AndTheChainKeepsItsHistory() {
        signIn("worker-s");
        register("P2", PremisesCategory.THREE_IN_ONE, HUACHEN);
        ChecklistTemplate t = templates.current(PremisesCategory.THREE_IN_ONE);
        LocalDate day = LocalDate.now().minusDays(1);

        Inspection clean = inspections.inspect("P2", day, "王明", 0, answers(t), null);
        assertNull(clean.issuedOrder(), "no hazard, no order");

        Inspection general = inspections.inspect("P2", day, "王明", 0, answers(t, 1, Severity.GENERAL), null);
        RectificationOrder o1 = inspections.order(general.issuedOrder()).get();
        assertEquals(Severity.GENERAL, o1.severity());
        assertEquals(day.plusDays(7), o1.deadline(), "a general hazard: 7 days");

        Inspection major = inspections.inspect("P2", day, "王明", 0, answers(t, 1, Severity.GENERAL, 2, Severity.MAJOR), null);
        RectificationOrder o2 = inspections.order(major.issuedOrder()).get();
        assertEquals(Severity.MAJOR, o2.severity(), "the gravest hazard sets the order's severity");
        assertEquals(day.plusDays(3), o2.deadline(), "a major hazard: 3 days");

        // failed re-inspection: the order is failed, a new order follows with a new deadline
        LocalDate today = LocalDate.now();
        RectificationOrder o3 = inspections.reinspect(o2.code(), false, today, "王明", "仍有堆放").get();
        assertEquals(today.plusDays(3), o3.deadline());
        assertEquals(o2.code(), o3.previousCode());
        assertEquals(OrderStatus.OPEN, o3.status());
        RectificationOrder failed = inspections.order(o2.code()).get();
        assertEquals(OrderStatus.FAILED, failed.status());
        assertEquals(o3.code(), failed.nextCode());
        // refusals: a failed order, a day before the issue day, an unknown order
        assertTrue(assertThrows(SafetyException.class, () -> inspections.reinspect(o2.code(), true, today, "王明", null)).getMessage()
                .contains("not open"));
        assertTrue(assertThrows(SafetyException.class, () -> inspections.reinspect(o3.code(), true, today.minusDays(1), "王明", null))
                .getMessage().contains("before"));
        assertThrows(SafetyException.class, () -> inspections.reinspect("ZG-none", true, today, "王明", null));
        // passed: closed, and a closed order is not re-inspected again
        assertTrue(inspections.reinspect(o3.code(), true, today, "王明", null).isEmpty());
        assertEquals(OrderStatus.CLOSED, inspections.order(o3.code()).get().status());
        assertEquals(today, inspections.order(o3.code()).get().closedOn());
        assertThrows(SafetyException.class, () -> inspections.reinspect(o3.code(), false, today, "王明", null));
        // the re-inspections are in the premises' history, naming their orders
        List<Inspection> history = inspections.inspections("P2");
        assertEquals(5, history.size());
        assertTrue(history.stream().anyMatch(i -> o2.code().equals(i.orderCode())));
        assertTrue(history.stream().anyMatch(i -> o3.code().equals(i.orderCode())));
    }

    @Test
    void overdueOrdersStandOutAndTheDeadlinesAreSettings() {
        signIn("officer-s");
        register("P3", PremisesCategory.E_BIKE, HUACHEN);
        register("P4", PremisesCategory.E_BIKE, HUAYUAN);
        ChecklistTemplate t = templates.current(PremisesCategory.E_BIKE);
        LocalDate today = LocalDate.now();
        String late = inspections.inspect("P3", today.minusDays(10), "王明", 0, answers(t, 1, Severity.GENERAL), null).issuedOrder();
        String running = inspections.inspect("P4", today.minusDays(1), "王明", 0, answers(t, 1, Severity.GENERAL), null).issuedOrder();
        String lastDay = inspections.inspect("P4", today.minusDays(3), "王明", 0, answers(t, 2, Severity.MAJOR), null).issuedOrder();

        List<RectificationOrder> all = inspections.orders(false, null);
        assertEquals(3, all.size());
        assertEquals(late, all.get(0).code(), "overdue first");
        assertTrue(all.get(0).overdueOn(today));
        assertFalse(inspections.order(lastDay).get().overdueOn(today), "the deadline day itself is not overdue");
        assertFalse(inspections.order(running).get().overdueOn(today));
        assertEquals(List.of(late), inspections.orders(true, null).stream().map(RectificationOrder::code).toList());
        assertEquals(List.of(), inspections.orders(true, HUAYUAN));

        // the hazard register of a community: open, overdue, closed in the period
        inspections.reinspect(running, true, today, "王明", null);
        List<RegisterLine> register = inspections.register(HUAYUAN, today.minusDays(30), today);
        assertEquals(new RegisterLine(HUAYUAN, "华元社区", 1, 0, 1), register.get(0));
        assertEquals(new RegisterLine(HUACHEN, "华辰嘉园社区", 1, 1, 0), inspections.register(HUACHEN, null, null).get(0));

        inspections.setDeadlines(new Deadlines(10, 2));
        assertEquals(new Deadlines(10, 2), inspections.deadlines());
        String longer = inspections.inspect("P4", today, "王明", 0, answers(t, 3, Severity.GENERAL), null).issuedOrder();
        assertEquals(today.plusDays(10), inspections.order(longer).get().deadline());
        signIn("worker-s");
        assertThrows(SafetyException.class, () -> inspections.setDeadlines(Deadlines.DEFAULT));
    }

    @Test
    void photosAreJpegOrPngWithinTheLimitAndCheckedByTheirBytes() {
        signIn("worker-s");
        register("P5", PremisesCategory.NINE_SMALL, GRID1);
        ChecklistTemplate t = templates.current(PremisesCategory.NINE_SMALL);
        Inspection i = inspections.inspect("P5", LocalDate.now(), "王明", 0, answers(t, 4, Severity.MAJOR), null);
        long finding = i.findings().get(3).id();
        inspections.addPhoto(finding, "通道.png", PNG);
        inspections.addPhoto(finding, "灭火器.JPG", JPEG);
        assertEquals(2, inspections.photos(finding).size());
        assertEquals("image/png", inspections.photos(finding).get(0).mediaType());
        assertArrayEquals(PNG, inspections.photo(inspections.photos(finding).get(0).id()));
        assertEquals(2, inspections.inspection(i.id()).get().findings().get(3).photos());

        assertTrue(assertThrows(SafetyException.class, () -> inspections.addPhoto(finding, "note.jpg", "not an image".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("not a JPEG or PNG"), "a text file named .jpg is refused by its bytes");
        assertThrows(SafetyException.class, () -> inspections.addPhoto(finding, "x.png", new byte[0]));
        assertThrows(SafetyException.class, () -> inspections.addPhoto(finding, "x.jpg", PNG), "a PNG's name must say png");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertTrue(assertThrows(SafetyException.class, () -> inspections.addPhoto(finding, "big.png", huge)).getMessage().contains("KB"));
        assertEquals(2, inspections.photos(finding).size(), "refused photos are not stored");
    }

    @Test
    void eachRoleSeesItsUnitsPremisesAndPersonalFieldsAreMaskedWithoutThePermission() {
        signIn("admin-s");
        register("G1", PremisesCategory.RENTAL, GRID1);
        register("G2", PremisesCategory.RENTAL, GRID2);
        register("C1", PremisesCategory.ENTERPRISE, HUACHEN);
        register("H1", PremisesCategory.THREE_IN_ONE, HUAYUAN);
        register("X1", PremisesCategory.RENTAL, GUIHUA);
        assertEquals(5, premises.list(null, null).size());
        signIn("officer-s");
        assertEquals(List.of("C1", "G1", "G2", "H1"), codes(premises.list(null, null)), "the street officer: the street");
        assertEquals(List.of("G1", "G2"), codes(premises.list(null, PremisesCategory.RENTAL)));
        signIn("worker-s");
        assertEquals(List.of("C1", "G1", "G2"), codes(premises.list(null, null)), "the community worker: the community");
        assertEquals(List.of("G2"), codes(premises.list(GRID2, null)));
        assertThrows(SafetyException.class, () -> premises.list(HUAYUAN, null));
        assertThrows(SafetyException.class, () -> register("H2", PremisesCategory.RENTAL, HUAYUAN), "no writing outside the scope");
        assertEquals(3, premises.count(null, null, null));
        assertEquals(List.of("G1", "G2"), codes(premises.page(null, null, null, 1, 2)), "a page, by code");
        assertEquals(List.of("G2"), codes(premises.page(null, PremisesCategory.RENTAL, "g2", 0, 10)), "category and a part of the code");
        assertEquals(3, premises.count(null, null, "场所"), "a part of the name");
        assertEquals(1, premises.count(GRID2, null, null));
        signIn("grid-s");
        assertEquals(List.of("G1"), codes(premises.list(null, null)), "the grid leader: the grid");
        assertEquals(1, premises.count(null, null, null));
        assertEquals("138****5678", premises.list(null, null).get(0).phone(), "lists are masked for everybody");
        Premises p = premises.find("G1").get();
        assertEquals("13812345678", p.phone(), "a grid leader has the personal-data permission: the premises opened is clear");
        assertEquals("张建国", p.owner());
        assertTrue(premises.find("G2").isEmpty());
        assertThrows(SafetyException.class, () -> register("G1", PremisesCategory.RENTAL, GRID1), "a taken code");

        signIn("auditor-s");
        Premises masked = premises.find("G1").get();
        assertEquals("138****5678", masked.phone());
        assertEquals("张**", masked.owner());
        assertFalse(masked.address().contains("18"), masked.address());
        // the clear read is in the personal-data log, the masked one is not
        List<PersonalDataLog.Read> reads = Services.await(PersonalDataLog.class).reads("org.jiedao.safety", "premises", "G1", 0);
        assertTrue(reads.stream().anyMatch(r -> r.readBy().equals("grid-s") && r.purpose() == PersonalDataLog.Purpose.SHOW), reads.toString());
        assertTrue(reads.stream().noneMatch(r -> r.readBy().equals("auditor-s")), "a masked view is no read of personal data");
    }

    @Test
    void contestsStoreTheirAnswersAndRankFromThem() {
        signIn("officer-s");
        events.createContest("KQ-2", "第二届消防安全知识竞赛", LocalDate.now(), Fixture.KANGQIAO, new ContestRules(10, List.of(10, 20, 30)));
        events.addTeam("KQ-2", "东方环境物业", "东方环境物业");
        events.addTeam("KQ-2", "赤湾物业", "赤湾物业");
        assertThrows(SafetyException.class, () -> events.addTeam("KQ-2", "赤湾物业", null), "a team twice");
        events.recordAnswer("KQ-2", new ContestAnswer(1, 1, "东方环境物业", AnswerKind.MUST, 10, true, 8));
        events.recordAnswer("KQ-2", new ContestAnswer(1, 1, "赤湾物业", AnswerKind.MUST, 10, true, 6));
        events.recordAnswer("KQ-2", new ContestAnswer(2, 1, "赤湾物业", AnswerKind.RISK, 20, false, 6));
        events.recordAnswer("KQ-2", new ContestAnswer(2, 1, "东方环境物业", AnswerKind.RISK, 30, true, 9));
        List<TeamStanding> r = events.ranking("KQ-2");
        assertEquals(List.of("东方环境物业", "赤湾物业"), r.stream().map(TeamStanding::team).toList());
        assertEquals(40, r.get(0).total());
        assertEquals(-10, r.get(1).total());
        // a correction replaces the answer
        events.recordAnswer("KQ-2", new ContestAnswer(2, 1, "赤湾物业", AnswerKind.RISK, 30, true, 6));
        assertEquals(4, events.answers("KQ-2").size());
        List<TeamStanding> corrected = events.ranking("KQ-2");
        assertEquals(List.of(40, 40), corrected.stream().map(TeamStanding::total).toList());
        assertEquals("赤湾物业", corrected.get(0).team(), "equal totals, no wrong risk answers: 12 s before 17 s");
        assertEquals(2, corrected.get(1).rank());
        events.clearAnswer("KQ-2", "赤湾物业", 2, 1);
        assertEquals(3, events.answers("KQ-2").size());
        // refusals
        assertTrue(assertThrows(SafetyException.class,
                () -> events.recordAnswer("KQ-2", new ContestAnswer(2, 2, "安成物业", AnswerKind.RISK, 10, true, 5))).getMessage()
                .contains("not in the contest"));
        assertTrue(assertThrows(SafetyException.class,
                () -> events.recordAnswer("KQ-2", new ContestAnswer(2, 2, "赤湾物业", AnswerKind.RISK, 25, true, 5))).getMessage()
                .contains("not offered"));
        assertThrows(SafetyException.class, () -> events.recordAnswer("KQ-2", new ContestAnswer(1, 2, "赤湾物业", AnswerKind.MUST, 20, true, 5)));
        assertThrows(SafetyException.class, () -> events.recordAnswer("KQ-2", new ContestAnswer(1, 1, "赤湾物业", AnswerKind.RISK, 10, true, 5)),
                "question 1 of round 1 is a must-answer question");
        assertThrows(SafetyException.class, () -> events.ranking("none"));
        assertEquals(3, events.answers("KQ-2").size(), "refused answers change nothing");
    }

    @Test
    void premisesAreEditedAtTheirVersionPersonalFieldsOnlyWithThePermissionAndTheirRecordsFollowThem() {
        signIn("worker-s");
        register("E1", PremisesCategory.RENTAL, GRID1);
        inspections.inspect("E1", LocalDate.now(), "王明", 0, answers(templates.current(PremisesCategory.RENTAL), 2, Severity.GENERAL), null);
        Premises p = premises.find("E1").get();
        Premises saved = premises.update("E1", p.version(), new NewPremises("ignored", "嘉元路群租房", PremisesCategory.RENTAL, GRID1, p.address(),
                "张建国", "王小红", "13900001111", 14, 40, null));
        assertEquals("E1", saved.code(), "the code stays");
        assertEquals("嘉元路群租房", saved.name());
        assertEquals("13900001111", saved.phone(), "a worker with the permission changes personal fields");
        assertEquals(14, saved.rooms());
        assertThrows(org.jiedao.core.persistence.ConcurrentChangeException.class, () -> premises.update("E1", p.version(), new NewPremises(null,
                "旧名", PremisesCategory.RENTAL, GRID1, null, null, null, null, null, null, null)), "a stale version is refused");
        assertThrows(SafetyException.class, () -> premises.update("E1", saved.version(), new NewPremises(null, " ", PremisesCategory.RENTAL, GRID1,
                null, null, null, null, null, null, null)), "a name is required");
        assertEquals("嘉元路群租房", premises.find("E1").get().name(), "nothing of a refused change is written");

        signIn("auditor-s"); // reads (masked), writes nothing
        Premises masked = premises.find("E1").get();
        assertEquals("139****1111", masked.phone());
        assertThrows(org.jiedao.core.persistence.AccessDeniedException.class, () -> premises.update("E1", masked.version(), new NewPremises(null,
                "嘉元路 18 号群租房", PremisesCategory.RENTAL, GRID1, masked.address(), masked.owner(), masked.manager(), masked.phone(), 14, 40, null)));
        signIn("worker-s");
        Premises clear = premises.find("E1").get();
        assertEquals("嘉元路群租房", clear.name());
        assertEquals("13900001111", clear.phone());
        assertEquals("王小红", clear.manager());

        signIn("grid-s");
        assertEquals(1, inspections.orders(false, null).size(), "the grid leader of grid 1 sees the premises' order");
        signIn("worker-s");
        premises.update("E1", clear.version(), new NewPremises(null, clear.name(), PremisesCategory.RENTAL, GRID2, clear.address(), clear.owner(),
                clear.manager(), clear.phone(), 14, 40, null));
        signIn("grid-s");
        assertTrue(premises.find("E1").isEmpty(), "moved to grid 2");
        assertEquals(0, inspections.orders(false, null).size(), "its order moved with it");
        signIn("worker-s");
        assertEquals(1, inspections.orders(false, GRID2).size());
        assertEquals(1, inspections.inspections("E1").size());
    }

    @Test
    void anInspectionWithPhotosIsSavedWholeOrNotAtAll() {
        signIn("worker-s");
        register("F1", PremisesCategory.E_BIKE, GRID1);
        ChecklistTemplate t = templates.current(PremisesCategory.E_BIKE);
        assertEquals("image/png", inspections.checkPhoto("充电桩.png", PNG));
        assertThrows(SafetyException.class, () -> inspections.checkPhoto("充电桩.jpg", "text".getBytes(StandardCharsets.UTF_8)));
        List<ItemAnswer> answers = answers(t, 3, Severity.MAJOR);
        assertThrows(SafetyException.class, () -> inspections.inspect("F1", LocalDate.now(), "王明", 0, answers, null,
                List.of(new org.jiedao.safety.ItemPhoto(3, "ok.png", PNG), new org.jiedao.safety.ItemPhoto(3, "bad.jpg", new byte[] { 1, 2, 3 }))));
        assertTrue(assertThrows(SafetyException.class, () -> inspections.inspect("F1", LocalDate.now(), "王明", 0, answers, null,
                List.of(new org.jiedao.safety.ItemPhoto(99, "ok.png", PNG)))).getMessage().contains("99"));
        assertEquals(0, inspections.inspections("F1").size(), "nothing of a refused inspection is written");
        assertEquals(0, inspections.orders(false, null).size());
        Inspection i = inspections.inspect("F1", LocalDate.now(), "王明", 0, answers, null,
                List.of(new org.jiedao.safety.ItemPhoto(3, "ok.png", PNG), new org.jiedao.safety.ItemPhoto(3, "灭火器.jpg", JPEG)));
        assertEquals(2, i.findings().get(2).photos());
        assertEquals(0, i.findings().get(0).photos());
        assertArrayEquals(JPEG, inspections.photo(inspections.photos(i.findings().get(2).id()).get(1).id()));
    }

    static List<String> codes(List<Premises> list) {
        return list.stream().map(Premises::code).toList();
    }
}
