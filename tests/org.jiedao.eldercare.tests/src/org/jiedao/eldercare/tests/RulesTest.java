package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.OTHER;
import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.elder;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.Locale;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.search.SearchHit;
import org.jiedao.eldercare.internal.contrib.ElderSearch;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EnrolmentStatus;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.Sex;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's rules on the real platform (embedded Derby): registry, statistics, renovation, bookings, courses, pairs, scoping and masking. */
class RulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    static ElderRegistry registry;
    static Renovations renovations;
    static Bookings bookings;
    static Courses courses;
    static MutualAid aid;

    @BeforeAll
    static void services() {
        Fixture.organisation();
        registry = Services.await(ElderRegistry.class);
        renovations = Services.await(Renovations.class);
        bookings = Services.await(Bookings.class);
        courses = Services.await(Courses.class);
        aid = Services.await(MutualAid.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    @Test
    void anElderIsRegisteredWithBirthDateAndSexFromTheIdNumberOnce() throws Exception {
        signIn("eld-worker");
        String number = Fixture.idNumber(LocalDate.of(1946, 3, 8));
        long id = registry.register(new NewElder(number.toLowerCase(), " 王秀英 ", "三元一村社区", "12", "3", "4", "13912345678", true, "独居",
                "助餐", "王小明", "13800001111"));
        Elder e = registry.find(id).orElseThrow();
        assertEquals(number, e.idNumber());
        assertEquals("王秀英", e.name());
        assertEquals(LocalDate.of(1946, 3, 8), e.birthDate());
        assertEquals(number.charAt(16) % 2 == 1 ? Sex.MALE : Sex.FEMALE, e.sex());
        assertEquals("12幢3单元4层", e.address());
        assertTrue(e.personalVisible());

        EldercareException twice = assertThrows(EldercareException.class, () -> registry.register(new NewElder(number, "王秀英", SANYUAN, null, null,
                null, null, false, null, null, null, null)));
        assertEquals("ID number " + number + " is registered already: elder " + id + ".", twice.getMessage());
        String old = number.substring(0, 6) + number.substring(8, 17);
        assertThrows(EldercareException.class, () -> registry.register(new NewElder(old, "王秀英", SANYUAN, null, null, null, null, false, null, null,
                null, null)), "the old 15-character form of a registered number is the same person");
        assertTrue(assertThrows(EldercareException.class, () -> registry.register(new NewElder(Fixture.idNumber(LocalDate.of(1950, 1, 1)), "李",
                SANYUAN, null, null, null, null, false, "贵宾", null, null, null))).getMessage().contains("贵宾"));
        assertTrue(assertThrows(EldercareException.class, () -> registry.register(new NewElder(Fixture.idNumber(LocalDate.of(1950, 1, 1)), "李",
                OTHER, null, null, null, null, false, null, null, null, null))).getMessage().contains(OTHER), "outside the worker's scope");

        signIn("eld-other");
        assertTrue(registry.find(id).isEmpty(), "another community's worker does not see the elder");
        EldercareException elsewhere = assertThrows(EldercareException.class, () -> registry.register(new NewElder(number, "王秀英", OTHER, null,
                null, null, null, false, null, null, null, null)));
        assertEquals("ID number " + number + " is registered already in another community.", elsewhere.getMessage());
    }

    @Test
    void personalDataIsMaskedForUsersWithoutThePermission() throws Exception {
        signIn("eld-worker");
        String number = Fixture.idNumber(LocalDate.of(1940, 5, 1));
        long id = registry.register(new NewElder(number, "张桂兰", SANYUAN, "12", "3", "4", "13912345678", true, null, null, "张建国", "13800001111"));
        registry.find(id).orElseThrow(); // shown unmasked to the community's worker: logged
        ElderSearch search = Contributions.create(ElderSearch.class);
        assertEquals(List.of("张桂兰 (86)"), search.search("张桂兰", 10, Locale.ENGLISH).stream().map(SearchHit::title).toList());
        assertEquals(String.valueOf(id), search.search(number, 10, Locale.ENGLISH).get(0).recordId(), "the worker finds by the ID number");
        signIn("eld-officer"); // street officers approve subsidies: they see the street's elders, masked
        Elder e = registry.find(id).orElseThrow();
        assertFalse(e.personalVisible());
        assertEquals(number.substring(0, 4) + "**********" + number.substring(14), e.idNumber());
        assertEquals("张**", e.name());
        assertEquals("139****5678", e.phone());
        assertEquals("*幢*单元*层", e.address());
        assertEquals("张**", e.contactName());
        assertEquals("138****1111", e.contactPhone());
        assertEquals(e.idNumber(), registry.list(ElderQuery.all(), 0).get(0).idNumber());
        ElderSearch officerSearch = Contributions.create(ElderSearch.class);
        assertTrue(officerSearch.search("张桂兰", 10, Locale.ENGLISH).isEmpty(), "not by the full name");
        assertTrue(officerSearch.search(number, 10, Locale.ENGLISH).isEmpty(), "never by the full ID number");
        SearchHit masked = officerSearch.search("张", 10, Locale.ENGLISH).get(0);
        assertEquals("张** (86)", masked.title(), "by the masked name");
        assertFalse(masked.subtitle().contains(number));
        signIn("eld-admin");
        List<PersonalDataLog.Read> reads = Services.await(PersonalDataLog.class).reads("org.jiedao.eldercare", "elder", String.valueOf(id), 0);
        assertEquals(1, reads.size(), "the worker's view is logged, the officer's masked ones are not: " + reads);
        assertEquals(2, Services.await(PersonalDataLog.class).reads("org.jiedao.eldercare", "elder", null, 0).stream()
                .filter(r -> r.purpose() == PersonalDataLog.Purpose.SEARCH).count(), "the worker's two searches");
        assertEquals("eld-worker", reads.get(0).readBy());
        assertEquals(PersonalDataLog.Purpose.SHOW, reads.get(0).purpose());
        assertEquals(number, registry.find(id).orElseThrow().idNumber());
        assertEquals(2, Services.await(PersonalDataLog.class).reads("org.jiedao.eldercare", "elder", String.valueOf(id), 0).size(),
                "the administrator's view too");
    }

    @Test
    void ageingStatisticsCountOnTheReferenceDay() throws Exception {
        signIn("eld-admin");
        LocalDate on = LocalDate.of(2026, 6, 30);
        for (Object[] p : new Object[][] { { 59, false }, { 60, false }, { 61, true }, { 79, false }, { 80, true }, { 92, false } }) {
            registry.register(elder("甲", (Integer) p[0], on, SANYUAN, "1", "1", "1", (Boolean) p[1], null));
        }
        // born exactly 60 years before the reference day: 60 on it
        registry.register(new NewElder(Fixture.idNumber(on.minusYears(60)), "乙", SANYUAN, null, null, null, null, true, null, null, null, null));
        // 60 the day after: not yet
        registry.register(new NewElder(Fixture.idNumber(on.minusYears(60).plusDays(1)), "丙", SANYUAN, null, null, null, null, true, null, null,
                null, null));
        registry.register(elder("丁", 70, on, OTHER, null, null, null, false, null));
        registry.setPopulation(SANYUAN, 2026, 30);
        AgeingStats s = registry.stats(SANYUAN, 2026, on).get(0);
        assertEquals(6, s.aged60());
        assertEquals(2, s.aged80());
        assertEquals(3, s.livingAlone());
        assertEquals(30, s.population());
        assertEquals(new BigDecimal("20.0"), s.share60());
        registry.setPopulation(SANYUAN, 2026, 45);
        assertEquals(new BigDecimal("13.3"), registry.stats(SANYUAN, 2026, on).get(0).share60(), "6 / 45 = 13.33 %");
        registry.setPopulation(SANYUAN, 2026, 16);
        assertEquals(new BigDecimal("37.5"), registry.stats(SANYUAN, 2026, on).get(0).share60());
        assertEquals(7, registry.stats(SANYUAN, 2026, on.plusDays(1)).get(0).aged60(), "丙 turns 60");
        List<AgeingStats> all = registry.stats(null, 2026, on);
        assertEquals(2, all.size());
        assertNull(all.get(1).share60(), "三元二村 has no population figure");
        assertEquals(1, all.get(1).aged60());
        assertEquals(2, registry.list(new ElderQuery(SANYUAN, 80, 0, null, false, on), 0).size(), "80+: the 80 and the 92");
        assertEquals(2, registry.list(new ElderQuery(SANYUAN, 60, 69, null, true, on), 0).size(), "60–69 living alone: the 61 and 乙");

        signIn("eld-other");
        assertEquals(1, registry.stats(null, 2026, on).size(), "a community worker counts their community only");
    }

    @Test
    void theRegistryIsCountedAndPagedInTheDatabaseWithItsFilters() throws Exception {
        signIn("eld-admin");
        LocalDate on = LocalDate.of(2026, 6, 30);
        for (int i = 0; i < 7; i++) {
            registry.register(elder("甲" + i, 60 + i * 5, on, i % 2 == 0 ? SANYUAN : OTHER, "1", "1", "1", i % 3 == 0, i == 4 ? "低保" : null));
        }
        assertEquals(7, registry.count(new ElderQuery(null, 0, 0, null, false, on)));
        assertEquals(4, registry.count(new ElderQuery("三元一村社区", 0, 0, null, false, on)));
        assertEquals(7, registry.count(new ElderQuery("金阊街道", 0, 0, null, false, on)), "a street: its communities");
        assertEquals(3, registry.count(new ElderQuery(null, 0, 0, null, true, on)), "living alone: 60, 75, 90");
        assertEquals(2, registry.count(new ElderQuery(SANYUAN, 0, 0, null, true, on)), "living alone in 三元一村: 60, 90");
        assertEquals(3, registry.count(new ElderQuery(null, 80, 0, null, false, on)), "80, 85, 90");
        assertEquals(2, registry.count(new ElderQuery(null, 70, 79, null, false, on)), "70, 75");
        assertEquals(1, registry.count(new ElderQuery(null, 0, 0, "低保", false, on)));
        List<Elder> all = registry.list(new ElderQuery(null, 0, 0, null, false, on), 0, 0);
        List<Elder> pages = new java.util.ArrayList<>(registry.list(new ElderQuery(null, 0, 0, null, false, on), 0, 3));
        pages.addAll(registry.list(new ElderQuery(null, 0, 0, null, false, on), 3, 3));
        pages.addAll(registry.list(new ElderQuery(null, 0, 0, null, false, on), 6, 3));
        assertEquals(all.stream().map(Elder::id).toList(), pages.stream().map(Elder::id).toList(), "pages neither skip nor repeat");
        assertEquals(List.of(SANYUAN, SANYUAN, SANYUAN, SANYUAN, OTHER, OTHER, OTHER), all.stream().map(Elder::communityCode).toList(),
                "by the communities' places, then registration");
        assertEquals(List.of(60, 90), registry.list(new ElderQuery(SANYUAN, 0, 0, null, true, on), 0, 10).stream().map(Elder::age).toList());
        signIn("eld-other");
        assertEquals(3, registry.count(ElderQuery.all()), "a community worker counts their community only");
        assertEquals(3, registry.count(new ElderQuery("金阊街道", 0, 0, null, false, on)));
    }

    @Test
    void aMarketIsRecordedOnceAMonthWithItsStallsAndVisitors() throws Exception {
        org.jiedao.eldercare.Markets markets = Services.await(org.jiedao.eldercare.Markets.class);
        signIn("eld-worker");
        LocalDate day = LocalDate.now().withDayOfMonth(1);
        long id = markets.hold("三元一村社区", day, "初心广场", 150, List.of(new org.jiedao.eldercare.Markets.Stall("修伞", "王师傅", 12),
                new org.jiedao.eldercare.Markets.Stall("磨刀", null, 20)));
        org.jiedao.eldercare.Markets.Market m = markets.list(SANYUAN, day.getYear()).get(0);
        assertEquals(id, m.id());
        assertEquals(List.of("修伞", "磨刀"), m.stalls().stream().map(org.jiedao.eldercare.Markets.Stall::name).toList());
        assertEquals(32, m.served());
        assertEquals("三元一村社区", m.communityName());
        java.util.function.Function<Runnable, String> refusal = r -> assertThrows(EldercareException.class, r::run).getMessage();
        assertEquals("三元一村社区 held its market of " + java.time.YearMonth.from(day) + " already, on " + day + ": one market a month.",
                refusal.apply(() -> markets.hold(SANYUAN, day.plusDays(1).isAfter(LocalDate.now()) ? day : day.plusDays(1), null, 10,
                        List.of(new org.jiedao.eldercare.Markets.Stall("修伞", null, 1)))));
        LocalDate before = day.minusMonths(1);
        assertEquals("The stall 修伞 served 151 residents, more than the 150 visitors who came.", refusal.apply(() -> markets.hold(SANYUAN, before, null,
                150, List.of(new org.jiedao.eldercare.Markets.Stall("修伞", null, 151)))));
        assertEquals("The stall 磨刀 is named twice.", refusal.apply(() -> markets.hold(SANYUAN, before, null, 150, List.of(
                new org.jiedao.eldercare.Markets.Stall("磨刀", null, 1), new org.jiedao.eldercare.Markets.Stall(" 磨刀 ", null, 2)))));
        assertEquals("A market needs at least one stall.", refusal.apply(() -> markets.hold(SANYUAN, before, null, 150, List.of())));
        assertTrue(refusal.apply(() -> markets.hold(SANYUAN, LocalDate.now().plusDays(1), null, 150, List.of(new org.jiedao.eldercare.Markets.Stall(
                "修伞", null, 1)))).contains("recorded after it was held"));
        assertTrue(refusal.apply(() -> markets.hold(OTHER, before, null, 150, List.of(new org.jiedao.eldercare.Markets.Stall("修伞", null, 1))))
                .contains(OTHER), "outside the worker's scope");
        assertEquals(1, markets.list(null, 0).size(), "nothing written by the refusals");
        List<org.jiedao.eldercare.Markets.MonthlyFigure> figures = markets.monthly(java.time.YearMonth.from(day), 3);
        assertEquals(3, figures.size());
        assertEquals(new org.jiedao.eldercare.Markets.MonthlyFigure(java.time.YearMonth.from(day), 1, 150, 32), figures.get(2));
        assertEquals(0, figures.get(1).markets());
        signIn("eld-other");
        assertTrue(markets.list(null, 0).isEmpty(), "another community's worker sees none");
        assertEquals(0, markets.monthly(java.time.YearMonth.from(day), 1).get(0).visitors());
    }

    @Test
    void anElderIsChangedWithTheIdChecksByUsersWhoSeeThemUnmasked() throws Exception {
        signIn("eld-worker");
        String number = Fixture.idNumber(LocalDate.of(1946, 3, 8));
        long id = registry.register(new NewElder(number, "王秀英", SANYUAN, "12", "3", "4", "13912345678", false, null, null, null, null));
        String other = Fixture.idNumber(LocalDate.of(1950, 1, 2));
        long otherId = registry.register(new NewElder(other, "李", SANYUAN, null, null, null, null, false, null, null, null, null));
        Elder e = registry.find(id).orElseThrow();
        // a corrected number: birth date and sex follow it
        String corrected = Fixture.idNumber(LocalDate.of(1944, 3, 8));
        Elder saved = registry.update(id, e.version(), new NewElder(corrected, "王秀英", SANYUAN, "12", "3", "5", "13912345670", true, "独居",
                "助餐", "王小明", "13800001111"));
        assertEquals(corrected, saved.idNumber());
        assertEquals(LocalDate.of(1944, 3, 8), saved.birthDate());
        assertEquals("12幢3单元5层", saved.address());
        assertTrue(saved.livingAlone());
        assertEquals(registry.find(id).orElseThrow(), saved);
        assertTrue(registry.findByIdNumber(number).isEmpty(), "the old number is free again");
        assertTrue(registry.findByIdNumber(corrected).isPresent());

        String wrong = corrected.substring(0, 17) + (corrected.charAt(17) == '1' ? '2' : '1');
        assertTrue(assertThrows(EldercareException.class, () -> registry.update(id, saved.version(), new NewElder(wrong, "王秀英", SANYUAN, null,
                null, null, null, false, null, null, null, null))).getMessage().contains("check character"));
        assertEquals("ID number " + other + " is registered already: elder " + otherId + ".", assertThrows(EldercareException.class,
                () -> registry.update(id, saved.version(), new NewElder(other, "王秀英", SANYUAN, null, null, null, null, false, null, null, null,
                        null))).getMessage());
        assertThrows(EldercareException.class, () -> registry.update(id, saved.version(), new NewElder(corrected, " ", SANYUAN, null, null, null,
                null, false, null, null, null, null)), "a name is required");
        assertThrows(EldercareException.class, () -> registry.update(id, saved.version(), new NewElder(corrected, "王秀英", OTHER, null, null, null,
                null, false, null, null, null, null)), "not into a community outside the worker's scope");
        assertEquals(saved, registry.find(id).orElseThrow(), "a refusal changes nothing");
        assertThrows(org.jiedao.core.persistence.ConcurrentChangeException.class, () -> registry.update(id, e.version(), new NewElder(corrected,
                "王秀英", SANYUAN, null, null, null, null, false, null, null, null, null)), "saved by someone else since");

        signIn("eld-officer"); // sees the elder masked: may not overwrite the personal data
        EldercareException masked = assertThrows(EldercareException.class, () -> registry.update(id, saved.version(), new NewElder(corrected,
                "王秀英", SANYUAN, null, null, null, null, false, null, null, null, null)));
        assertTrue(masked.getMessage().contains("personal-data permission"), masked.getMessage());
        signIn("eld-other");
        assertThrows(EldercareException.class, () -> registry.update(id, saved.version(), new NewElder(corrected, "王秀英", OTHER, null, null, null,
                null, false, null, null, null, null)), "another community's worker does not find the elder");
    }

    void catalogueAndPolicy() throws Exception {
        signIn("eld-officer");
        renovations.setCatalogueItem("GRAB-BAR", "扶手及紧急呼叫按钮", new BigDecimal("1280.50"));
        renovations.setCatalogueItem("FLOOR", "防滑地面", new BigDecimal("45.15"));
        renovations.setCatalogueItem("CHAIR", "洗澡椅", new BigDecimal("199"));
        renovations.setSubsidyRule(2026, "特困", new BigDecimal("100"), new BigDecimal("5000"));
        renovations.setSubsidyRule(2026, "低保", new BigDecimal("100"), new BigDecimal("5000"));
        renovations.setSubsidyRule(2026, Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
    }

    @Test
    void aRenovationGoesThroughItsStepsWithTheSubsidyInDecimals() throws Exception {
        catalogueAndPolicy();
        signIn("eld-worker");
        long elder = registry.register(elder("陈", 83, DAY, SANYUAN, "5", "2", "1", true, null));
        long poor = registry.register(elder("周", 81, DAY, SANYUAN, "5", "2", "2", true, "特困"));
        LocalDate applied = LocalDate.of(2026, 3, 2);
        long id = renovations.apply(elder, applied, "卫生间扶手");
        Renovation r = renovations.find(id, applied).orElseThrow();
        assertEquals(RenovationStatus.APPLIED, r.status());
        assertEquals(applied.plusDays(15), r.dueOn());
        assertTrue(renovations.find(id, applied.plusDays(16)).orElseThrow().overdue());
        assertEquals(1, renovations.list(null, true, applied.plusDays(16)).size());
        assertEquals(0, renovations.list(null, true, applied.plusDays(15)).size());

        assertTrue(assertThrows(EldercareException.class, () -> renovations.install(id, applied)).getMessage().contains("cannot be installed"));
        Map<String, Integer> items = new LinkedHashMap<>();
        items.put("GRAB-BAR", 1);
        items.put("FLOOR", 20);
        items.put("CHAIR", 1);
        r = renovations.assess(id, applied.plusDays(5), items);
        assertEquals(RenovationStatus.ASSESSED, r.status());
        assertEquals(new BigDecimal("2382.50"), r.total(), "1280.50 + 20 × 45.15 + 199");
        assertNull(r.dueOn());
        assertTrue(assertThrows(EldercareException.class, () -> renovations.approve(id, applied.plusDays(6), null, null)).getMessage()
                .contains("street officers"), "a community worker does not approve");

        signIn("eld-officer");
        assertEquals("The subsidy 1191.26 yuan is above what the policy allows for the approved items: 1191.25 yuan.",
                assertThrows(EldercareException.class, () -> renovations.approve(id, applied.plusDays(6), null, new BigDecimal("1191.26")))
                        .getMessage());
        r = renovations.approve(id, applied.plusDays(6), Set.of("GRAB-BAR", "FLOOR"), null);
        assertEquals(new BigDecimal("2183.50"), r.total(), "the chair is not approved");
        assertEquals(new BigDecimal("1091.75"), r.subsidy(), "50 % of 2183.50");
        assertEquals(applied.plusDays(36), r.dueOn(), "installation within 30 days");
        signIn("eld-worker");
        r = renovations.install(id, applied.plusDays(20));
        assertEquals(RenovationStatus.INSTALLED, r.status());
        assertTrue(assertThrows(EldercareException.class, () -> renovations.reject(id, applied.plusDays(21), "不需要")).getMessage()
                .contains("can no longer be rejected"));
        r = renovations.accept(id, applied.plusDays(25));
        assertEquals(RenovationStatus.ACCEPTED, r.status());
        assertEquals(List.of(RenovationStatus.APPLIED, RenovationStatus.ASSESSED, RenovationStatus.APPROVED, RenovationStatus.INSTALLED,
                RenovationStatus.ACCEPTED), r.history().stream().map(Renovation.Step::to).toList());
        assertEquals("eld-officer", r.history().get(2).by());
        assertTrue(r.history().get(2).detail().contains("1091.75"));

        // the printed forms: the worker's unmasked (and logged), the officer's masked; a PDF with the Chinese font
        org.jiedao.reports.ReportService reports = Services.await(org.jiedao.reports.ReportService.class);
        String number = registry.find(elder).orElseThrow().idNumber();
        org.jiedao.core.report.ReportDocument form = reports.build("org.jiedao.eldercare.renovation-acceptance", Map.of("renovation",
                String.valueOf(id)), Locale.CHINA);
        assertEquals("适老化改造验收单", form.title(), "in the request's language, not the JVM's");
        assertEquals("Elder-friendly renovation: acceptance sheet", reports.build("org.jiedao.eldercare.renovation-acceptance", Map.of("renovation",
                String.valueOf(id)), Locale.ENGLISH).title());
        String text = form.blocks().toString();
        assertTrue(text.contains(number) && text.contains("扶手及紧急呼叫按钮") && !text.contains("洗澡椅") && text.contains("1091.75"),
                "the approved items only, the subsidy: " + text);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("acceptance", ".pdf");
        reports.writePdf(reports.layout(form), pdf);
        assertEquals("%PDF", new String(java.nio.file.Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        java.nio.file.Files.delete(pdf);
        signIn("eld-officer");
        String masked = reports.build("org.jiedao.eldercare.renovation-application", Map.of("renovation", String.valueOf(id)), Locale.CHINA).blocks()
                .toString();
        assertFalse(masked.contains(number), masked);
        assertTrue(masked.contains(number.substring(0, 4) + "**********") && masked.contains("洗澡椅"), "every assessed item: " + masked);
        signIn("eld-admin");
        assertTrue(Services.await(PersonalDataLog.class).reads("org.jiedao.eldercare", "elder", String.valueOf(elder), 0).stream()
                .anyMatch(x -> x.purpose() == PersonalDataLog.Purpose.REPORT && x.readBy().equals("eld-worker")));
        signIn("eld-worker");

        // 特困: 100 % up to the cap of 5,000
        long big = renovations.apply(poor, applied, null);
        renovations.assess(big, applied, Map.of("GRAB-BAR", 4, "FLOOR", 10));
        assertEquals(new BigDecimal("5000.00"), renovations.subsidyFor(poor, 2026, new BigDecimal("5573.50")));
        signIn("eld-officer");
        assertEquals(new BigDecimal("5000.00"), renovations.approve(big, applied.plusDays(1), null, null).subsidy());
        assertTrue(assertThrows(EldercareException.class, () -> renovations.assess(big, applied.plusDays(2), Map.of("CHAIR", 1))).getMessage()
                .contains("cannot be assessed"));
        assertTrue(assertThrows(EldercareException.class, () -> renovations.reject(big, applied.plusDays(2), " ")).getMessage()
                .contains("reason is missing"));
        Renovation rejected = renovations.reject(big, applied.plusDays(2), "已享受其他补贴");
        assertEquals(RenovationStatus.REJECTED, rejected.status());
        assertEquals("已享受其他补贴", rejected.reason());
        assertFalse(rejected.overdue());

        // a year without a policy
        long later = renovations.apply(poor, LocalDate.of(2025, 12, 1), null);
        renovations.assess(later, LocalDate.of(2025, 12, 2), Map.of("CHAIR", 2));
        assertTrue(assertThrows(EldercareException.class, () -> renovations.approve(later, LocalDate.of(2025, 12, 3), null, null)).getMessage()
                .contains("no subsidy policy for 2025"));
        assertTrue(assertThrows(EldercareException.class, () -> renovations.assess(id, applied, Map.of("LIFT", 1))).getMessage()
                .contains("cannot be assessed"));
        signIn("eld-other");
        assertTrue(renovations.find(id, applied).isEmpty(), "another community's worker does not see the application");
    }

    @Test
    void bookingsStayWithinCapacityAndOffClosedDays() throws Exception {
        signIn("eld-worker");
        bookings.defineService(SANYUAN, ServiceKind.BATH, 2, Set.of(DayOfWeek.SUNDAY));
        long a = registry.register(elder("甲", 75, DAY, SANYUAN, null, null, null, false, null));
        long b = registry.register(elder("乙", 76, DAY, SANYUAN, null, null, null, false, null));
        long c = registry.register(elder("丙", 77, DAY, SANYUAN, null, null, null, false, null));
        LocalDate monday = LocalDate.of(2026, 6, 1);
        long first = bookings.book(ServiceKind.BATH, a, monday);
        bookings.book(ServiceKind.BATH, b, monday);
        assertEquals(ServiceKind.BATH.displayName(java.util.Locale.getDefault()) + " on 2026-06-01 is full: 2 places.",
                assertThrows(EldercareException.class, () -> bookings.book(ServiceKind.BATH, c, monday)).getMessage());
        assertTrue(assertThrows(EldercareException.class, () -> bookings.book(ServiceKind.BATH, a, monday)).getMessage().contains("booked"));
        assertTrue(assertThrows(EldercareException.class, () -> bookings.book(ServiceKind.BATH, c, LocalDate.of(2026, 6, 7))).getMessage()
                .contains("closed"), "a Sunday");
        bookings.closeDay(SANYUAN, ServiceKind.BATH, LocalDate.of(2026, 6, 19));
        assertTrue(assertThrows(EldercareException.class, () -> bookings.book(ServiceKind.BATH, c, LocalDate.of(2026, 6, 19))).getMessage()
                .contains("closed"), "端午节");
        assertTrue(assertThrows(EldercareException.class, () -> bookings.book(ServiceKind.MEAL, c, monday)).getMessage().contains("not offered"));
        bookings.cancel(first);
        bookings.book(ServiceKind.BATH, c, monday);
        bookings.setAttended(bookings.bookings(SANYUAN, ServiceKind.BATH, monday).get(0).id(), true);
        Bookings.MonthlyUse bath = bookings.monthly(SANYUAN, YearMonth.of(2026, 6)).stream().filter(m -> m.kind() == ServiceKind.BATH).findFirst()
                .orElseThrow();
        assertEquals(2, bath.bookings());
        assertEquals(1, bath.attended());
    }

    @Test
    void theWaitingListMovesUpByItself() throws Exception {
        signIn("eld-worker");
        courses.createCourse(SANYUAN, "SX-2026A-SF", "书法", "2026秋", 2);
        long[] e = new long[4];
        for (int i = 0; i < 4; i++) {
            e[i] = registry.register(elder("学员" + i, 65 + i, DAY, SANYUAN, null, null, null, false, null));
        }
        assertEquals(EnrolmentStatus.ENROLLED, courses.enrol("SX-2026A-SF", e[0]));
        assertEquals(EnrolmentStatus.ENROLLED, courses.enrol("SX-2026A-SF", e[1]));
        assertEquals(EnrolmentStatus.WAITING, courses.enrol("SX-2026A-SF", e[2]));
        assertEquals(EnrolmentStatus.WAITING, courses.enrol("SX-2026A-SF", e[3]));
        assertThrows(EldercareException.class, () -> courses.enrol("SX-2026A-SF", e[2]));
        courses.withdraw("SX-2026A-SF", e[0]);
        List<Courses.Enrolment> list = courses.enrolments("SX-2026A-SF");
        assertEquals(List.of(e[1], e[2], e[3]), list.stream().map(Courses.Enrolment::elderId).toList());
        assertEquals(EnrolmentStatus.ENROLLED, list.get(1).status(), "the first of the waiting list moved up");
        assertEquals(1, list.get(2).position());
        courses.setCapacity("SX-2026A-SF", 3);
        assertEquals(3, courses.courses().get(0).enrolled());
        assertEquals(0, courses.courses().get(0).waiting());
    }

    @Test
    void pairsFollowTheRulesAndSuggestionsPreferTheStairwell() throws Exception {
        signIn("eld-worker");
        LocalDate on = LocalDate.of(2026, 6, 1);
        long young = registry.register(elder("小王", 64, on, SANYUAN, "12", "3", "2", false, null));
        long youngOther = registry.register(elder("小李", 66, on, SANYUAN, "12", "1", "5", false, null));
        long youngFar = registry.register(elder("小赵", 62, on, SANYUAN, "30", "1", "1", false, null));
        long tooYoung = registry.register(elder("小孙", 58, on, SANYUAN, "12", "3", "1", false, null));
        long o1 = registry.register(elder("老张", 86, on, SANYUAN, "12", "3", "5", true, null));
        long o2 = registry.register(elder("老刘", 82, on, SANYUAN, "12", "3", "4", false, null));
        long o3 = registry.register(elder("老陈", 90, on, SANYUAN, "12", "3", "6", true, null));
        long o4 = registry.register(elder("老吴", 79, on, SANYUAN, "12", "3", "6", true, null));

        assertTrue(assertThrows(EldercareException.class, () -> aid.pair(tooYoung, o1, on)).getMessage().contains("is 58"));
        assertTrue(assertThrows(EldercareException.class, () -> aid.pair(young, o4, on)).getMessage().contains("is 79"));
        signIn("eld-admin");
        long elsewhere = registry.register(elder("老钱", 88, on, OTHER, "12", "3", "1", true, null));
        assertTrue(assertThrows(EldercareException.class, () -> aid.pair(young, elsewhere, on)).getMessage().contains("same community"));
        signIn("eld-worker");

        List<MutualAid.Suggestion> s = aid.suggest(SANYUAN, on);
        assertEquals(3, s.size(), "three older elders 80+ unpaired");
        // living alone first, oldest first: 老陈 (90, alone), 老张 (86, alone), then 老刘
        assertEquals(List.of("老陈", "老张", "老刘"), s.stream().map(x -> x.older().name()).toList());
        assertEquals(List.of("小王", "小王", "小李"), s.stream().map(x -> x.younger().name()).toList(), "at most 2 for 小王");
        assertEquals(MutualAid.Reason.SAME_STAIRWELL, s.get(0).reason());
        assertEquals("same stairwell 12幢3单元", s.get(0).explanation());
        assertEquals(MutualAid.Reason.SAME_BUILDING, s.get(2).reason());
        assertEquals("same building 12幢", s.get(2).explanation());

        LocalDate since = LocalDate.of(2026, 5, 1);
        aid.pair(young, o1, since);
        aid.pair(young, o2, since);
        assertTrue(assertThrows(EldercareException.class, () -> aid.pair(young, o3, on)).getMessage().contains("looks after 2"));
        assertTrue(assertThrows(EldercareException.class, () -> aid.pair(youngOther, o1, on)).getMessage().contains("already"));
        s = aid.suggest(SANYUAN, on);
        assertEquals(1, s.size());
        assertEquals("小李", s.get(0).younger().name(), "same building beats 小赵's building 30");
        assertEquals(List.of("老陈"), aid.unpaired(SANYUAN, on).stream().map(Elder::name).toList());

        aid.logVisit(young, o1, LocalDate.of(2026, 5, 20), "送菜");
        assertTrue(assertThrows(EldercareException.class, () -> aid.logVisit(youngFar, o1, on, null)).getMessage().contains("not a pair"));
        // 老张 visited 12 days before: fine; 老陈 never: stands out
        assertEquals(List.of("老陈"), aid.unvisited(14, on).stream().map(Elder::name).toList());
        assertEquals(List.of("老张", "老陈"), aid.unvisited(14, LocalDate.of(2026, 6, 4)).stream().map(Elder::name).toList(),
                "15 days after the visit");
    }
}
