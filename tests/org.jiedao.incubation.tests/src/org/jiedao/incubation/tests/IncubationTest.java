package org.jiedao.incubation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.incubation.Records.Application;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.Records.Station;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.incubation.Records.YearFigure;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's rules on the real platform (embedded Derby in target/work): desks per day, eligibility,
 * the selection round run → reviewed → confirmed, coverage against the plan, scoping per role and
 * masking of founders' personal data.
 */
class IncubationTest {

    static final String PASSWORD = "Incubation-Test-2026!";
    static final String STREET = "320508001";
    static final String GUIHUA = "320508001001";
    static final String DAOQIAN = "320508001002";
    static final String TONGYI = "320508001003";
    static final String TONGER = "320508001004";
    static final String OTHER_STREET = "320508002";
    static final String SANYUAN = "320508002001";

    static SecurityService security;
    static PersistenceService persistence;
    static IncubationRegistry registry;
    static IncubationDesks desks;
    static IncubationSelection selection;
    static IncubationQueries queries;

    @BeforeAll
    static void organisation() {
        security = Services.await(SecurityService.class);
        persistence = Services.await(PersistenceService.class);
        registry = Services.await(IncubationRegistry.class);
        desks = Services.await(IncubationDesks.class);
        selection = Services.await(IncubationSelection.class);
        queries = Services.await(IncubationQueries.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("320508").isEmpty()) {
            units.create("320508", "姑苏区", OrgLevel.DISTRICT, null);
            units.create(STREET, "沧浪街道", OrgLevel.STREET, "320508");
            units.create(GUIHUA, "桂花社区", OrgLevel.COMMUNITY, STREET);
            units.create(DAOQIAN, "道前社区", OrgLevel.COMMUNITY, STREET);
            units.create(TONGYI, "潼一社区", OrgLevel.COMMUNITY, STREET);
            units.create(TONGER, "潼二社区", OrgLevel.COMMUNITY, STREET);
            units.create(OTHER_STREET, "金阊街道", OrgLevel.STREET, "320508");
            units.create(SANYUAN, "三元一村社区", OrgLevel.COMMUNITY, OTHER_STREET);
        }
        if (security.find("admin-i").isEmpty()) {
            security.createUser("admin-i", "区管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
            security.createUser("street-i", "沧浪街道工作人员", Role.STREET_OFFICER, STREET, PASSWORD.toCharArray());
            security.createUser("guihua-i", "桂花社区工作者", Role.COMMUNITY_WORKER, GUIHUA, PASSWORD.toCharArray());
            security.createUser("auditor-i", "审计员", Role.AUDITOR, null, PASSWORD.toCharArray());
        }
    }

    @BeforeEach
    void clean() {
        security.signOut();
        Tables.clear(persistence);
    }

    static void signIn(String user) throws Exception {
        security.signOut();
        security.signIn(user, PASSWORD.toCharArray());
    }

    static ProjectInput resident(String code, String community) {
        return new ProjectInput(code, "项目" + code, "张三丰", "13912345678", "文创", false, null, null, false, community, LocalDate.of(2019, 3, 1),
                null, ProjectStatus.RESIDENT);
    }

    static ProjectInput applicant(String code, boolean excellent) {
        return new ProjectInput(code, "学生项目" + code, "李四", null, "文创", true, "苏州工艺美院", 2021, excellent, STREET, null, null,
                ProjectStatus.APPLIED);
    }

    @Test
    void theModuleIsRegistered() {
        assertTrue(Services.await(ModuleRegistry.class).getModules().stream().anyMatch(m -> m.id().equals("org.jiedao.incubation")));
    }

    @Test
    void onNoDayMoreDesksThanReserved() throws Exception {
        signIn("street-i");
        registry.addIncubator(STREET, "谷·姑苏社", 2, true);
        desks.allocate(new DeskRequest("谷·姑苏社", "王一", "苏州工艺美院", 2021, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
        desks.allocate(new DeskRequest("谷·姑苏社", "王二", "苏州工艺美院", 2021, null, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30)));
        // a range that only touches the full days at its end
        IncubationException e = assertThrows(IncubationException.class, () -> desks.allocate(new DeskRequest("谷·姑苏社", "王三", "苏州工艺美院",
                2021, null, LocalDate.of(2020, 12, 1), LocalDate.of(2021, 3, 5))));
        assertTrue(e.getMessage().contains("2021-03-01"), e.getMessage());
        assertTrue(e.getMessage().contains("王一") && e.getMessage().contains("王二"), e.getMessage());
        // after the first allocation ends there is room again
        desks.allocate(new DeskRequest("谷·姑苏社", "王三", "苏州工艺美院", 2021, null, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30)));
        assertEquals(2, desks.occupancy("谷·姑苏社", LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 1)).get(0).used());
        assertEquals(List.of(1, 2, 2), desks.occupancy("谷·姑苏社", LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 2)).stream()
                .map(d -> d.used()).toList());
        assertTrue(desks.occupancy("谷·姑苏社", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).stream()
                .allMatch(d -> d.used() <= d.reserved()));
    }

    @Test
    void onlyEnrolledStudentsAndRecentGraduatesGetADesk() throws Exception {
        signIn("street-i");
        registry.addIncubator(STREET, "悦未来青年创业公社", 10, false);
        assertEquals(2, desks.eligibilityYears());
        // graduated 2018: eligible until the end of 2020
        desks.allocate(new DeskRequest("悦未来青年创业公社", "赵六", "苏州工艺美院", 2018, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        IncubationException e = assertThrows(IncubationException.class, () -> desks.allocate(new DeskRequest("悦未来青年创业公社", "赵六", "苏州工艺美院",
                2018, null, LocalDate.of(2020, 6, 1), LocalDate.of(2021, 1, 31))));
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("赵六"), e.getMessage());
        // an enrolled student (graduating later)
        desks.allocate(new DeskRequest("悦未来青年创业公社", "钱七", "苏州工艺美院", 2023, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        desks.setEligibilityYears(3);
        try {
            desks.allocate(new DeskRequest("悦未来青年创业公社", "赵六", "苏州工艺美院", 2018, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)));
        } finally {
            desks.setEligibilityYears(2);
        }
        assertThrows(IncubationException.class, () -> desks.allocate(new DeskRequest("悦未来青年创业公社", "孙八", "苏州工艺美院", 2023, null,
                LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1))));
    }

    @Test
    void aRoundIsRunReviewedThenConfirmedAndMakesProjectsResident() throws Exception {
        signIn("street-i");
        registry.addStation(GUIHUA, "桂花社区创业驿站", "桂花新村", LocalDate.of(2018, 6, 1), null, true);
        registry.addStation(DAOQIAN, "道前社区创业驿站", null, LocalDate.of(2018, 6, 1), null, true);
        registry.addProject(applicant("S1", false));
        registry.addProject(applicant("S2", true));
        registry.addProject(applicant("S3", false));
        selection.createRound("2020-1", STREET);
        selection.apply("2020-1", "S1", GUIHUA, 1);
        selection.apply("2020-1", "S1", DAOQIAN, 2);
        selection.apply("2020-1", "S2", GUIHUA, 1);
        selection.apply("2020-1", "S3", DAOQIAN, 1);
        IncubationException notApplied = assertThrows(IncubationException.class, () -> selection.rank("2020-1", GUIHUA, "S3", 1, 1));
        assertTrue(notApplied.getMessage().contains("S3"), notApplied.getMessage());
        assertThrows(IncubationException.class, () -> selection.rank("2020-1", GUIHUA, "S1", 1, -1));
        selection.rank("2020-1", GUIHUA, "S1", 1, 1);
        selection.rank("2020-1", GUIHUA, "S2", 1, 1); // tie: S2 is excellent
        selection.rank("2020-1", DAOQIAN, "S1", 1, 1);
        selection.rank("2020-1", DAOQIAN, "S3", 2, 1);
        assertThrows(IncubationException.class, () -> selection.confirm("2020-1", LocalDate.of(2020, 9, 1)), "not run, not reviewed");

        List<MatchRow> rows = selection.run("2020-1");
        assertEquals(List.of(new MatchRow("2020-1", "S1", DAOQIAN, 2, 1), new MatchRow("2020-1", "S2", GUIHUA, 1, 1),
                new MatchRow("2020-1", "S3", null, null, null)), rows);
        String why = selection.explainText("2020-1", "S3");
        assertTrue(why.contains("S1") && why.contains("道前社区"), why);
        assertThrows(IncubationException.class, () -> selection.confirm("2020-1", LocalDate.of(2020, 9, 1)), "run but not reviewed");
        selection.review("2020-1");
        selection.confirm("2020-1", LocalDate.of(2020, 9, 1));
        assertEquals(RoundStatus.CONFIRMED, selection.rounds().get(0).status());
        List<Project> resident = registry.projects(GUIHUA, ProjectStatus.RESIDENT);
        assertEquals(List.of("S2"), resident.stream().map(Project::code).toList());
        assertEquals(LocalDate.of(2020, 9, 1), resident.get(0).entryDate());
        assertEquals(ProjectStatus.APPLIED, registry.projects(null, null).stream().filter(p -> p.code().equals("S3")).findFirst().orElseThrow().status());
        assertThrows(IncubationException.class, () -> selection.apply("2020-1", "S3", GUIHUA, 2), "a confirmed round no longer changes");
        assertEquals(rows, selection.result("2020-1"));
        FormatsTest.countsAreTheProjectsCounted(); // a confirmed match makes a project resident: counted
    }

    @Test
    void confirmingNeedsAnOpenStationAtTheCommunity() throws Exception {
        signIn("street-i");
        registry.addProject(applicant("S1", false));
        selection.createRound("R", STREET);
        selection.apply("R", "S1", TONGYI, 1);
        selection.rank("R", TONGYI, "S1", 1, 1);
        selection.run("R");
        selection.review("R");
        IncubationException e = assertThrows(IncubationException.class, () -> selection.confirm("R", LocalDate.of(2020, 9, 1)));
        assertTrue(e.getMessage().contains("潼一社区"), e.getMessage());
        // a change after the run makes the result stale: review refused until it runs again
        registry.addProject(applicant("S2", false));
        selection.apply("R", "S2", TONGYI, 1);
        assertThrows(IncubationException.class, () -> selection.review("R"));
    }

    @Test
    void coverageCountsStationsOpenOnTheDayAgainstThePlan() throws Exception {
        signIn("street-i");
        registry.addStation(GUIHUA, "桂花驿站", null, LocalDate.of(2018, 6, 1), null, true);
        registry.addStation(DAOQIAN, "道前驿站", null, LocalDate.of(2018, 6, 1), LocalDate.of(2020, 12, 31), true);
        registry.addStation(TONGYI, "潼一驿站", null, LocalDate.of(2021, 3, 1), null, false);
        queries.setPlan(STREET, LocalDate.of(2020, 6, 11), null);
        Coverage c = queries.coverage(STREET, LocalDate.of(2021, 1, 10)).get(0);
        assertEquals(4, c.communities());
        assertEquals(1, c.covered());
        assertEquals(List.of("道前社区", "潼一社区", "潼二社区"), c.missing());
        assertEquals(LocalDate.of(2022, 6, 11), c.deadline());
        assertEquals(517, c.daysLeft());
        assertEquals(2, queries.coverage(null, LocalDate.of(2021, 3, 1)).get(0).covered());
        assertEquals(1, queries.coverage(null, LocalDate.of(2021, 3, 1)).size(), "the street officer sees their street");
    }

    @Test
    void eachRoleSeesAndEditsItsScopeAndFoundersAreMaskedForOthers() throws Exception {
        signIn("admin-i");
        registry.addProject(resident("G1", GUIHUA));
        registry.addProject(resident("D1", DAOQIAN));
        registry.addProject(resident("J1", SANYUAN));
        registry.setFigures("G1", 2019, 12, new BigDecimal("350000.5"));
        signIn("guihua-i");
        assertEquals(List.of("G1"), registry.projects(null, null).stream().map(Project::code).toList());
        assertEquals("张三丰", registry.projects(null, null).get(0).founder());
        assertThrows(org.jiedao.core.org.OrgUnitException.class, () -> registry.addProject(resident("D2", DAOQIAN)), "another community: the platform's refusal");
        assertThrows(IncubationException.class, () -> registry.setFigures("D1", 2019, 1, BigDecimal.ONE), "out of scope: no such project");
        signIn("street-i");
        org.jiedao.core.privacy.PersonalDataLog log = Services.await(org.jiedao.core.privacy.PersonalDataLog.class);
        signIn("admin-i");
        int before = log.reads("org.jiedao.incubation", "project", null, 1000).size();
        signIn("street-i");
        assertEquals(List.of("D1", "G1"), registry.projects(null, null).stream().map(Project::code).toList());
        signIn("auditor-i");
        assertEquals(before + 1, log.reads("org.jiedao.incubation", "project", null, 1000).size(), "the unmasked list is a logged read");
        Project seen = registry.projects(GUIHUA, null).get(0);
        assertEquals("张**", seen.founder());
        assertEquals("139****5678", seen.phone());
        assertEquals(before + 1, log.reads("org.jiedao.incubation", "project", null, 1000).size(), "a masked list is no read of personal data");
        assertThrows(AccessDeniedException.class, () -> registry.setFigures("G1", 2020, 1, BigDecimal.ONE));
        assertEquals(12, queries.totals(2019, STREET).jobs());
        assertEquals(new BigDecimal("350000.50"), queries.totals(2019, STREET).turnover());
    }

    @Test
    void editorsChangeRecordsAtTheVersionTheyReadAndTheSelectionInputIsEditable() throws Exception {
        signIn("street-i");
        long station = registry.addStation(GUIHUA, "桂花驿站", null, LocalDate.of(2018, 6, 1), null, true);
        Versioned<Station> s = registry.station(station).orElseThrow();
        registry.updateStation(station, s.version(), "桂花社区家门口创业驿站", "桂花新村 1 号", LocalDate.of(2018, 6, 1), null, false);
        assertEquals("桂花新村 1 号", registry.stations().get(0).address());
        // a save over the version read before someone else's save is a conflict; a closing before the opening is refused
        assertThrows(ConcurrentChangeException.class, () -> registry.updateStation(station, s.version(), "旧名", null, LocalDate.of(2018, 6, 1),
                null, true));
        long v = registry.station(station).orElseThrow().version();
        assertThrows(IncubationException.class, () -> registry.updateStation(station, v, "桂花驿站", null, LocalDate.of(2018, 6, 1),
                LocalDate.of(2018, 1, 1), true));

        // a project: the permitted officer reads founder and phone in clear (a logged read) and changes them
        long id = registry.addProject(resident("G1", GUIHUA));
        registry.addProject(resident("G2", GUIHUA));
        org.jiedao.core.privacy.PersonalDataLog log = Services.await(org.jiedao.core.privacy.PersonalDataLog.class);
        signIn("admin-i");
        int before = log.reads("org.jiedao.incubation", "project", null, 1000).size();
        signIn("street-i");
        Versioned<Project> p = registry.project(id).orElseThrow();
        assertEquals("13912345678", p.record().phone());
        signIn("admin-i");
        assertEquals(before + 1, log.reads("org.jiedao.incubation", "project", null, 1000).size(), "the editor's unmasked read is logged");
        signIn("street-i");
        registry.updateProject(id, p.version(), new ProjectInput("G1", "桂花手作", "张三丰", "0512-65000000", "文创", false, null, null, false,
                "桂花社区", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 12, 31), ProjectStatus.EXITED));
        Project changed = registry.project(id).orElseThrow().record();
        assertEquals("0512-65000000", changed.phone());
        assertEquals(ProjectStatus.EXITED, changed.status());
        long pv = registry.project(id).orElseThrow().version();
        assertTrue(assertThrows(IncubationException.class, () -> registry.updateProject(id, pv, resident("G2", GUIHUA))).getMessage().contains("G2"),
                "another project's code");
        signIn("auditor-i");
        assertEquals("139****5678", registry.project(registry.projects("桂花社区", null).get(1).id()).orElseThrow().record().phone(), "masked");

        // yearly figures: a year recorded again is replaced
        signIn("street-i");
        registry.setFigures("G1", 2019, 12, new BigDecimal("350000.50"));
        registry.setFigures("G1", 2019, 14, new BigDecimal("360000"));
        registry.setFigures("G1", 2020, 3, new BigDecimal("1.25"));
        assertEquals(List.of(new YearFigure("G1", 2019, 14, new BigDecimal("360000.00")), new YearFigure("G1", 2020, 3, new BigDecimal("1.25"))),
                registry.figures("G1"));
        assertEquals(14, queries.totals(2019, STREET).jobs(), "the kept sums follow a replaced year");
        FormatsTest.sumsAreTheFiguresAddedUp();
        FormatsTest.countsAreTheProjectsCounted(); // the edit made G1 exited: its exit is counted
        signIn("street-i");

        // an incubator cannot reserve fewer desks than a day has allocated
        long incubator = registry.addIncubator(STREET, "谷·姑苏社", 2, true);
        desks.allocate(new DeskRequest("谷·姑苏社", "王一", "苏州工艺美院", 2021, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
        desks.allocate(new DeskRequest("谷·姑苏社", "王二", "苏州工艺美院", 2021, null, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30)));
        long iv = registry.incubator(incubator).orElseThrow().version();
        String refusal = assertThrows(IncubationException.class, () -> registry.updateIncubator(incubator, iv, "谷·姑苏社", 1, true)).getMessage();
        assertTrue(refusal.contains("2021-03-01") && refusal.contains("王一") && refusal.contains("王二"), refusal);
        registry.updateIncubator(incubator, iv, "谷·姑苏社（平江路）", 3, false);
        assertEquals(3, registry.incubators().get(0).reservedDesks());

        // the selection's input: applications withdrawn and put in a new order, rankings removed
        registry.addProject(applicant("S1", false));
        selection.createRound("R", STREET);
        selection.apply("R", "S1", GUIHUA, 1);
        selection.apply("R", "S1", DAOQIAN, 2);
        selection.apply("R", "S1", TONGYI, 3);
        selection.rank("R", DAOQIAN, "S1", 1, 1);
        selection.reorder("R", "S1", List.of("潼一社区", GUIHUA, DAOQIAN));
        assertEquals(List.of(TONGYI + ":1", GUIHUA + ":2", DAOQIAN + ":3"), selection.applications("R").stream()
                .sorted(java.util.Comparator.comparingInt(Application::projectRank)).map(a -> a.community() + ":" + a.projectRank()).toList());
        assertThrows(IncubationException.class, () -> selection.reorder("R", "S1", List.of(GUIHUA, DAOQIAN)), "every community once");
        selection.withdraw("R", "S1", GUIHUA);
        assertEquals(List.of(TONGYI + ":1", DAOQIAN + ":2"), selection.applications("R").stream()
                .sorted(java.util.Comparator.comparingInt(Application::projectRank)).map(a -> a.community() + ":" + a.projectRank()).toList());
        assertEquals(1, selection.rankings("R").size());
        selection.unrank("R", DAOQIAN, "S1");
        assertEquals(List.of(), selection.rankings("R"));
        assertThrows(IncubationException.class, () -> selection.unrank("R", DAOQIAN, "S1"));
    }

    @Test
    void badValuesAreRefusedNamingThem() throws Exception {
        signIn("street-i");
        registry.addProject(resident("G1", GUIHUA));
        assertTrue(assertThrows(IncubationException.class, () -> registry.addProject(resident("G1", DAOQIAN))).getMessage().contains("G1"));
        assertThrows(IncubationException.class, () -> registry.addProject(new ProjectInput("G2", "x", null, null, null, false, null, null, false,
                GUIHUA, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null)));
        assertThrows(IncubationException.class, () -> registry.setFigures("G1", 2019, -1, BigDecimal.ONE));
        assertTrue(assertThrows(IncubationException.class, () -> registry.setFigures("G1", 2019, 1, new BigDecimal("1.005"))).getMessage()
                .contains("1.005"));
        assertThrows(IncubationException.class, () -> registry.addCohort(STREET, "SIYB-1", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1), null,
                10, 11));
        registry.addIncubator(STREET, "谷·姑苏社", 10, true);
        registry.addRotation("谷·姑苏社", 2020, 3, "苏绣文创", "工艺美院学生", "苏州工艺美院");
        assertThrows(IncubationException.class, () -> registry.addRotation("谷·姑苏社", 2020, 3, "again", null, null));
        assertThrows(IncubationException.class, () -> registry.addRotation("谷·姑苏社", 2020, 5, "x", null, null));
        assertEquals(List.of(1, 2, 4), registry.missingRotations(LocalDate.of(2020, 11, 1)).stream().map(m -> m.quarter()).toList());
    }
}
