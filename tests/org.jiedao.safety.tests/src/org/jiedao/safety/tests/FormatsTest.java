package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.GRID1;
import static org.jiedao.safety.tests.Fixture.HUACHEN;
import static org.jiedao.safety.tests.Fixture.KANGQIAO;
import static org.jiedao.safety.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.Severity;
import org.jiedao.safety.TeamStanding;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import/export formats with good and bad files: all or nothing, the refusal naming row and column. */
class FormatsTest {

    static ExchangeService exchange;
    static SafetyPremisesRegistry premises;
    static SafetyInspections inspections;
    static SafetyEvents events;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
        exchange = Services.await(ExchangeService.class);
        premises = Services.await(SafetyPremisesRegistry.class);
        inspections = Services.await(SafetyInspections.class);
        events = Services.await(SafetyEvents.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
        signIn("officer-s");
    }

    ImportResult importText(String format, String text) throws Exception {
        Path file = dir.resolve(format + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return exchange.importFile(format, file, ImportOptions.defaults(), null);
    }

    String export(String format, Map<String, String> filters) throws Exception {
        Path file = dir.resolve(format + System.nanoTime() + ".csv");
        exchange.exportFile(format, file, new ExportOptions(filters, false, Optional.empty()), null);
        return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
    }

    /** @return "row column" of each problem */
    static List<String> where(ImportResult r) {
        return r.problems().stream().map(p -> p.row() + " " + p.column().orElse("-")).toList();
    }

    static void refused(ImportResult r, String... rowsAndColumns) {
        assertEquals(ImportResult.Status.INVALID, r.status(), r.problems().toString());
        assertEquals(0, r.rowsWritten());
        assertEquals(List.of(rowsAndColumns), where(r), r.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
    }

    @Test
    void premisesImportWithChineseHeadersAndExport() throws Exception {
        ImportResult ok = importText("safety-premises", "编号,名称,类别,社区,网格,地址,产权人,管理人,电话\n"
                + "HC-001,嘉元路 12 号出租房,出租房/群租房,华辰嘉园社区,华辰嘉园第一网格,嘉元路 12 号,张建国,李秀英,13812345678\n"
                + "HC-002,华辰便利店,nine-small,320507001005,,嘉元路 20 号,王海,,0512-66881234\n");
        assertEquals(ImportResult.Status.IMPORTED, ok.status(), ok.problems().toString());
        assertEquals(GRID1, premises.find("HC-001").get().unitCode());
        assertEquals(PremisesCategory.NINE_SMALL, premises.find("HC-002").get().category());

        ImportResult bad = importText("safety-premises", "code,name,category,community,grid,address,owner,manager,phone\n"
                + "HC-003,某仓库,three-in-one,华辰嘉园社区,,,,,\n"
                + "HC-001,重复,rental,华辰嘉园社区,,,,,\n"
                + "HC-004,某厂,enterprise,华元社区,华辰嘉园第一网格,,,,\n"
                + "HC-005,某处,tent,华辰嘉园社区,,,,,\n");
        refused(bad, "3 code", "4 grid", "5 category");
        assertTrue(premises.find("HC-003").isEmpty(), "a refused file writes nothing");

        String out = export("safety-premises", Map.of("community", HUACHEN));
        assertTrue(out.startsWith("code,name,category,community,grid,address,owner,manager,phone\n"), out);
        assertTrue(out.contains("HC-001,嘉元路 12 号出租房,rental or group-rental housing," + HUACHEN + "," + GRID1 + ",嘉元路 12 号,张建国,李秀英,13812345678"), out);
    }

    @Test
    void eventsAndTheirParticipantsImportAllOrNothingAndExport() throws Exception {
        ImportResult ok = importText("safety-events", "编号,类型,名称,日期,社区,地点,组织单位,参加人数,备注\n"
                + "HY-JZ-1,讲座,“落实安全责任 推动安全发展”安全大讲堂,2026-11-07,华元社区,华元社区,华元社区,60,主讲：邵敏峰\n"
                + "HC-YL-1,drill,华辰嘉园消防疏散演练,2026-11-20,320507001005,华辰嘉园广场,华辰嘉园社区、东方环境物业,120,\n");
        assertEquals(ImportResult.Status.IMPORTED, ok.status(), ok.problems().toString());
        assertEquals(org.jiedao.safety.EventKind.DRILL, events.event("HC-YL-1").get().kind());
        assertEquals(Integer.valueOf(120), events.event("HC-YL-1").get().attendance());

        refused(importText("safety-events", "code,kind,title,held_on,community,place,organisers,attendance,note\n"
                + "HY-JZ-1,lecture,重复,2026-11-08,华元社区,,,,\n" // a code taken
                + "HC-YL-2,party,某活动,2026-11-08,华辰嘉园社区,,,,\n" // no such kind
                + "HC-YL-3,drill,某演练,2026-11-08,华辰嘉园第一网格,,,,\n" // a grid, not a community
                + "HC-YL-4,drill,某演练,2026-11-08,华辰嘉园社区,,,-5,\n"), // negative attendance
                "2 code", "3 kind", "4 community", "5 attendance");
        assertTrue(events.event("HC-YL-4").isEmpty(), "a refused file writes nothing");

        ImportResult participants = importText("safety-event-participants", "活动,参加单位,单位类型,参加人数\n"
                + "HY-JZ-1,辖区物业负责人和安全员,property,20\nHY-JZ-1,各宾馆酒店和公寓,hotel,\nHC-YL-1,东方环境物业,property,15\n");
        assertEquals(ImportResult.Status.IMPORTED, participants.status(), participants.problems().toString());
        assertEquals(2, events.event("HY-JZ-1").get().participants().size());
        refused(importText("safety-event-participants", "event,organisation,kind,attendees\nHY-JZ-9,某单位,,\nHY-JZ-1,,hotel,\n"),
                "2 event", "3 organisation");
        assertEquals(2, events.event("HY-JZ-1").get().participants().size());

        String out = export("safety-events", Map.of("kind", "drill"));
        assertEquals("code,kind,title,held_on,community,place,organisers,attendance,note\n"
                + "HC-YL-1,drill,华辰嘉园消防疏散演练,2026-11-20," + HUACHEN + ",华辰嘉园广场,华辰嘉园社区、东方环境物业,120,\n", out);
        assertEquals("event,organisation,kind,attendees\nHY-JZ-1,辖区物业负责人和安全员,property,20\nHY-JZ-1,各宾馆酒店和公寓,hotel,\n",
                export("safety-event-participants", Map.of("event", "HY-JZ-1")));
    }

    @Test
    void contestTeamsAndAnswersImportAndTheRankingExports() throws Exception {
        events.createContest("KQ-2", "第二届消防安全知识竞赛", LocalDate.now(), KANGQIAO, ContestRules.DEFAULT);
        ImportResult teams = importText("safety-contest-teams",
                "竞赛,参赛队,单位\nKQ-2,东方环境物业,东方环境物业\nKQ-2,赤湾物业,赤湾物业\nKQ-2,安成物业,安成物业\n");
        assertEquals(ImportResult.Status.IMPORTED, teams.status(), teams.problems().toString());
        refused(importText("safety-contest-teams", "contest,team,organisation\nKQ-9,甲,\nKQ-2,安成物业,\n"), "2 contest", "3 team");

        String header = "contest,round,question,team,kind,value,correct,seconds\n";
        ImportResult answers = importText("safety-contest-answers", header
                + "KQ-2,1,1,东方环境物业,must,10,yes,12\nKQ-2,1,1,赤湾物业,must,10,yes,15\nKQ-2,1,1,安成物业,must,10,no,9\n"
                + "KQ-2,2,1,东方环境物业,risk,30,yes,20\nKQ-2,2,1,赤湾物业,risk,20,是,18\nKQ-2,2,1,安成物业,风险题,10,yes,30\n");
        assertEquals(ImportResult.Status.IMPORTED, answers.status(), answers.problems().toString());
        List<TeamStanding> ranking = events.ranking("KQ-2");
        assertEquals(List.of("东方环境物业", "赤湾物业", "安成物业"), ranking.stream().map(TeamStanding::team).toList());

        ImportResult bad = importText("safety-contest-answers", header
                + "KQ-2,2,2,某物业,risk,10,yes,5\n" // a team not in the contest
                + "KQ-2,2,2,赤湾物业,risk,25,yes,5\n" // a risk value not offered
                + "KQ-2,2,2,安成物业,risk,10,maybe,5\n" // correct not yes/no
                + "KQ-2,2,3,东方环境物业,risk,10,yes,5\n"
                + "KQ-2,2,3,东方环境物业,risk,20,no,5\n" // the same question twice
                + "KQ-2,2,4,东方环境物业,must,10,yes,5\n");
        refused(bad, "2 team", "3 value", "4 correct", "6 question");
        assertEquals(6, events.answers("KQ-2").size(), "nothing of the refused file is written");

        String out = export("safety-contest-ranking", Map.of("contest", "KQ-2"));
        assertEquals("contest,rank,team,total,wrong_risk,seconds\nKQ-2,1,东方环境物业,40,0,32\nKQ-2,2,赤湾物业,30,0,33\n"
                + "KQ-2,3,安成物业,10,0,39\n", out);
        String exportedAnswers = export("safety-contest-answers", Map.of("contest", "KQ-2"));
        assertTrue(exportedAnswers.startsWith(header), exportedAnswers);
        assertEquals(7, exportedAnswers.split("\n").length);
    }

    @Test
    void inspectionsImportAsWholeInspectionsAndOrdersRefuseADeadlineBeforeTheIssue() throws Exception {
        importText("safety-premises", "code,name,category,community,grid,address,owner,manager,phone\nHC-001,出租房,rental,华辰嘉园社区,,,,,\n");
        LocalDate day = LocalDate.now().minusDays(1);
        StringBuilder good = new StringBuilder("场所,检查日期,检查人,检查表版本,检查项,结果,隐患等级,备注\n");
        for (int i = 1; i <= 7; i++) {
            good.append("HC-001,").append(day).append(",王明,1,").append(i).append(i == 2 ? ",hazard,major,私拉电线\n" : ",pass,,\n");
        }
        ImportResult ok = importText("safety-inspections", good.toString());
        assertEquals(ImportResult.Status.IMPORTED, ok.status(), ok.problems().toString());
        List<RectificationOrder> orders = inspections.orders(false, HUACHEN);
        assertEquals(1, orders.size());
        assertEquals(Severity.MAJOR, orders.get(0).severity());
        assertEquals(day.plusDays(3), orders.get(0).deadline());

        String header = "premises,date,inspector,template_version,item,result,severity,note\n";
        ImportResult bad = importText("safety-inspections", header
                + "HC-001," + day + ",李强,9,1,pass,,\n" // an unknown template version
                + "HC-001," + day + ",李强,1,1,hazard,,\n" // a hazard without severity
                + "HC-001," + day + ",李强,1,8,pass,,\n" // no item 8 in the 7 of version 1
                + "HC-001," + day + ",李强,1,2,pass,,\n"
                + "HC-001," + day + ",李强,1,2,pass,,\n"); // item 2 twice; items 1, 3-7 missing
        refused(bad, "2 template_version", "3 severity", "4 item", "5 item", "6 item");
        assertEquals(1, inspections.inspections("HC-001").size());

        String exported = export("safety-inspections", Map.of());
        assertTrue(exported.contains("HC-001," + day + ",王明,1,2,hazard,major,私拉电线"), exported);

        refused(importText("safety-orders", "code,premises,issued_on,deadline,status\nZG-9,HC-001,2026-03-10,2026-03-05,open\nZG-10,HC-404,2026-03-10,2026-03-15,\n"),
                "2 deadline", "3 premises");
        ImportResult orderOk = importText("safety-orders", "编号,场所,下发日期,整改期限,状态\nZG-9,HC-001,2026-03-10,2026-03-17,已销号\n");
        assertEquals(ImportResult.Status.IMPORTED, orderOk.status(), orderOk.problems().toString());
        assertEquals(OrderStatus.CLOSED, inspections.order("ZG-9").get().status());
        assertTrue(export("safety-orders", Map.of()).contains("ZG-9,HC-001,2026-03-10,2026-03-17,closed"));
    }
}
