package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EnrolmentStatus;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export formats with good and bad files: all or nothing, the refusal naming row and column, masking in exports. */
class FormatsTest {

    static ExchangeService exchange;
    static ElderRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        Fixture.organisation();
        exchange = Services.await(ExchangeService.class);
        registry = Services.await(ElderRegistry.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    ImportResult importText(String format, String text) throws Exception {
        Path file = dir.resolve(format + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return exchange.importFile(format, file, ImportOptions.defaults(), null);
    }

    String export(String format) throws Exception {
        Path out = dir.resolve(format + System.nanoTime() + ".csv");
        exchange.exportFile(format, out, ExportOptions.defaults(Locale.ENGLISH), null);
        return Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    static String problems(ImportResult r) {
        return r.problems().stream().map(p -> p.row() + ":" + p.column().orElse("") + ":" + p.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void eldersImportWithChineseHeadersAndRefuseBadNumbersNamingRowAndColumn() throws Exception {
        signIn("eld-worker");
        LocalDate today = LocalDate.now();
        String a = Fixture.idNumber(LocalDate.of(1941, 4, 2));
        String b = Fixture.idNumber(LocalDate.of(1962, 9, 30));
        String old = b.substring(0, 6) + b.substring(8, 17);
        ImportResult ok = importText("eldercare-elders", "身份证号码,姓名,社区,楼栋,单元,楼层,电话,独居,类别,需求,紧急联系人,紧急联系人电话\n"
                + a + ",王秀英,三元一村社区,12,3,4,13912345678,是,独居,助餐,王小明,13800001111\n"
                + old + ",李建国,320508002001,12,3,2,,否,,,,\n");
        assertEquals(ImportResult.Status.IMPORTED, ok.status(), problems(ok));
        assertEquals(2, registry.list(ElderQuery.all(), 0).size());
        assertEquals(b, registry.findByIdNumber(old).orElseThrow().idNumber(), "the old number is stored converted");

        String wrongCheck = "32050819500101123X";
        String c = Fixture.idNumber(LocalDate.of(1950, 1, 1));
        ImportResult bad = importText("eldercare-elders", "id_number,name,community,living_alone\n"
                + wrongCheck + ",甲,三元一村社区,no\n"
                + "320508195002301232,乙,三元一村社区,no\n"
                + c + ",丙,三元一村社区,no\n"
                + c + ",丁,三元一村社区,no\n"
                + a + ",戊,三元一村社区,no\n"
                + Fixture.idNumber(LocalDate.of(1951, 1, 1)) + ",己,三元二村社区,no\n");
        assertEquals(ImportResult.Status.INVALID, bad.status());
        assertEquals(0, bad.rowsWritten());
        List<Problem> p = bad.problems();
        assertEquals("2:id_number:ID number 32050819500101123X: the check character should be 4", problems(bad).lines().findFirst().orElseThrow());
        assertTrue(p.stream().anyMatch(x -> x.row() == 3 && x.message().contains("birth date 19500230 is impossible")), problems(bad));
        assertTrue(p.stream().anyMatch(x -> x.row() == 5 && x.message().contains("appears twice in the file: rows 4 and 5")), problems(bad));
        assertTrue(p.stream().anyMatch(x -> x.row() == 6 && x.message().contains("is registered already: elder")), problems(bad));
        assertTrue(p.stream().anyMatch(x -> x.row() == 7 && x.column().orElse("").equals("community")), problems(bad));
        assertFalse(p.stream().anyMatch(x -> x.row() == 4), problems(bad));
        assertEquals(2, registry.list(ElderQuery.all(), 0).size(), "nothing written");

        // exports: unmasked for the community's worker (logged), masked for the street officer
        assertTrue(export("eldercare-elders").contains(a));
        signIn("eld-admin");
        PersonalDataLog log = Services.await(PersonalDataLog.class);
        PersonalDataLog.Read read = log.reads("org.jiedao.eldercare", "elder", null, 1).get(0);
        assertEquals(PersonalDataLog.Purpose.EXPORT, read.purpose());
        assertEquals(2, read.records());
        assertEquals("eld-worker", read.readBy());
        int reads = log.reads("org.jiedao.eldercare", null, null, 0).size();
        signIn("eld-officer");
        String masked = export("eldercare-elders");
        assertFalse(masked.contains(a), masked);
        assertTrue(masked.contains(a.substring(0, 4) + "**********" + a.substring(14)), masked);
        assertTrue(masked.contains("139****5678") && masked.contains("王**"), masked);
        signIn("eld-admin");
        assertEquals(reads, log.reads("org.jiedao.eldercare", null, null, 0).size(), "a masked export reads no personal data");
                assertTrue(masked.lines().findFirst().orElseThrow().startsWith("id_number,name,community,building,unit,floor,phone,living_alone,category,"
                + "needs,contact_name,contact_phone"), masked);
    }

    @Test
    void populationStatsAndTheRestOfTheFormats() throws Exception {
        signIn("eld-officer");
        Renovations renovations = Services.await(Renovations.class);
        renovations.setCatalogueItem("GRAB-BAR", "扶手及紧急呼叫按钮", new BigDecimal("1280.50"));
        renovations.setCatalogueItem("FLOOR", "防滑地面", new BigDecimal("45.15"));
        renovations.setSubsidyRule(2026, Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
        LocalDate on = LocalDate.of(2026, 6, 1);
        String young = Fixture.idNumber(on.minusYears(65));
        String young2 = Fixture.idNumber(on.minusYears(61));
        String old1 = Fixture.idNumber(on.minusYears(85));
        String old2 = Fixture.idNumber(on.minusYears(82));
        String old3 = Fixture.idNumber(on.minusYears(90));
        ImportResult elders = importText("eldercare-elders", "id_number,name,community,building,unit,floor,living_alone\n"
                + young + ",小王,三元一村社区,12,3,2,no\n" + young2 + ",小李,三元一村社区,12,1,2,no\n" + old1 + ",老张,三元一村社区,12,3,5,yes\n"
                + old2 + ",老刘,三元一村社区,12,3,4,no\n" + old3 + ",老陈,三元一村社区,12,3,6,yes\n");
        assertEquals(ImportResult.Status.IMPORTED, elders.status(), problems(elders));
        ImportResult population = importText("eldercare-population", "年份,社区,人口\n2026,三元一村社区,10\n");
        assertEquals(ImportResult.Status.IMPORTED, population.status(), problems(population));
        exchange.exportFile("eldercare-stats", dir.resolve("s.csv"),
                new ExportOptions(java.util.Map.of("year", "2026", "on", "2026-06-01"), false, java.util.Optional.empty()), null);
        String stats = Files.readString(dir.resolve("s.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertEquals("year,community,population,aged_60,aged_80,share_60,living_alone", stats.lines().findFirst().orElseThrow());
        assertTrue(stats.contains("2026,三元一村社区,10,5,3,50.0,2"), stats);

        // renovations: one above the cap refused, naming row and column
        ImportResult overCap = importText("eldercare-renovations", "elder_id_number,applied_on,items,status,subsidy\n"
                + old1 + ",2026-03-01,GRAB-BAR*1; FLOOR*20,approved,1091.76\n" + old2 + ",2026-03-01,LIFT*1,applied,\n");
        assertEquals(ImportResult.Status.INVALID, overCap.status());
        assertTrue(problems(overCap).contains("2:subsidy:The subsidy 1091.76 yuan is above what the policy allows for the approved items: 1091.75 yuan."),
                problems(overCap));
        assertTrue(problems(overCap).contains("3:items:"), problems(overCap));
        ImportResult renos = importText("eldercare-renovations", "身份证号码,申请日期,改造项目,状态\n"
                + old1 + ",2026-03-01,GRAB-BAR*1; 防滑地面×20,已验收\n" + old2 + ",2026-03-02,,applied\n");
        assertEquals(ImportResult.Status.IMPORTED, renos.status(), problems(renos));
        assertEquals(new BigDecimal("1091.75"), renovations.list(RenovationStatus.ACCEPTED, false, on).get(0).subsidy());

        // bookings beyond the capacity (counting the rows before) and on a closed day
        Bookings bookings = Services.await(Bookings.class);
        bookings.defineService(SANYUAN, ServiceKind.MEAL, 2, Set.of(java.time.DayOfWeek.SUNDAY));
        ImportResult full = importText("eldercare-bookings", "service,elder_id_number,date,attended\n" + "meal," + old1 + ",2026-06-01,yes\n"
                + "助餐," + old2 + ",2026-06-01,no\n" + "meal," + old3 + ",2026-06-01,no\n" + "meal," + old3 + ",2026-06-07,no\n");
        assertEquals(ImportResult.Status.INVALID, full.status());
        assertTrue(problems(full).contains("4:date:" + ServiceKind.MEAL.displayName(Locale.ENGLISH) + " on 2026-06-01 is full with the rows before: 2 places."),
                problems(full));
        assertTrue(problems(full).contains("5:date:") && problems(full).contains("closed"), problems(full));
        ImportResult booked = importText("eldercare-bookings", "service,elder_id_number,date,attended\n" + "meal," + old1 + ",2026-06-01,yes\n"
                + "助餐," + old2 + ",2026-06-01,no\n");
        assertEquals(ImportResult.Status.IMPORTED, booked.status(), problems(booked));

        // courses and enrolments: beyond the capacity onto the waiting list
        ImportResult courses = importText("eldercare-courses", "code,name,term,capacity,community\nSX-SF,书法,2026秋,1,三元一村社区\n");
        assertEquals(ImportResult.Status.IMPORTED, courses.status(), problems(courses));
        ImportResult enrol = importText("eldercare-enrolments", "course,elder_id_number\nSX-SF," + young + "\nSX-SF," + young2 + "\n");
        assertEquals(ImportResult.Status.IMPORTED, enrol.status(), problems(enrol));
        assertEquals(EnrolmentStatus.WAITING, Services.await(Courses.class).enrolments("SX-SF").get(1).status());

        // pairs: a third older elder for the same younger one is refused with the rows before counted
        ImportResult pairs = importText("eldercare-pairs", "younger_id_number,older_id_number,since\n" + young + "," + old1 + ",2026-05-01\n"
                + young + "," + old2 + ",2026-05-01\n" + young + "," + old3 + ",2026-05-01\n" + young2 + "," + young + ",2026-05-01\n");
        assertEquals(ImportResult.Status.INVALID, pairs.status());
        assertTrue(problems(pairs).contains("4:younger_id_number:The younger elder " + young + " would look after more than 2"), problems(pairs));
        assertTrue(problems(pairs).contains("5:older_id_number:") && problems(pairs).contains("at least 80"), problems(pairs));
        ImportResult good = importText("eldercare-pairs", "低龄老人身份证号码,高龄老人身份证号码,结对日期\n" + young + "," + old1 + ",2026-05-01\n"
                + young2 + "," + old3 + ",2026-05-01\n");
        assertEquals(ImportResult.Status.IMPORTED, good.status(), problems(good));
        ImportResult visits = importText("eldercare-visits", "younger_id_number,older_id_number,date,note\n" + young + "," + old1 + ",2026-05-20,送菜\n"
                + young + "," + old3 + ",2026-05-20,\n");
        assertEquals(ImportResult.Status.INVALID, visits.status(), "小王 and 老陈 are no pair");
        assertTrue(problems(visits).startsWith("3:date:"), problems(visits));
        assertEquals(2, Services.await(MutualAid.class).pairs(SANYUAN).size());

        // every export masks the ID numbers for the street officer
        for (String format : new String[] { "eldercare-renovations", "eldercare-bookings", "eldercare-enrolments", "eldercare-pairs" }) {
            String text = export(format);
            assertFalse(text.contains(old1) || text.contains(young), format + "\n" + text);
            assertTrue(text.contains("**********"), format + "\n" + text);
        }
    }

    @Test
    void marketsImportAllOrNothingAndExport() throws Exception {
        signIn("eld-worker");
        ImportResult bad = importText("eldercare-markets", "held_on,community,place,visitors,stalls\n"
                + "2026-01-10,三元一村社区,初心广场,150,修伞:12; 磨刀(王师傅):20\n"
                + "2026-01-24,三元一村社区,初心广场,90,理发:10\n"
                + "2026-02-14,三元一村社区,初心广场,80,修伞:81\n"
                + "2026-03-14,三元一村社区,,80,修伞 12\n");
        assertEquals(ImportResult.Status.INVALID, bad.status());
        String p = problems(bad);
        assertTrue(p.contains("3:held_on:三元一村社区 has two markets of the same month in the file: rows 2 and 3."), p);
        assertTrue(p.contains("4:stalls:The stall 修伞 served 81 residents, more than the 80 visitors who came."), p);
        assertTrue(p.contains("5:stalls:Not a stall: 修伞 12"), p);
        org.jiedao.eldercare.Markets markets = Services.await(org.jiedao.eldercare.Markets.class);
        assertTrue(markets.list(null, 0).isEmpty(), "nothing written");
        ImportResult good = importText("eldercare-markets", "日期,社区,地点,到场人数,摊位\n"
                + "2026-01-10,三元一村社区,初心广场,150,修伞:12; 磨刀(王师傅):20\n" + "2026-02-14,三元一村社区,初心广场,80,修伞:8\n");
        assertEquals(ImportResult.Status.IMPORTED, good.status(), problems(good));
        ImportResult again = importText("eldercare-markets", "held_on,community,visitors,stalls\n2026-02-28,三元一村社区,10,修伞:1\n");
        assertTrue(problems(again).contains("2:held_on:三元一村社区 held its market of 2026-02 already, on 2026-02-14"), problems(again));
        String text = export("eldercare-markets");
        assertTrue(text.contains("2026-01-10,三元一村社区,初心广场,150,\"修伞:12; 磨刀(王师傅):20\""), text);
        assertEquals(2, markets.list(SANYUAN, 2026).size());
    }
}
