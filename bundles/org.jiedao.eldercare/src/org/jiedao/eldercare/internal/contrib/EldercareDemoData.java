package org.jiedao.eldercare.internal.contrib;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.internal.BookingRow;
import org.jiedao.eldercare.internal.CourseEnrolments;
import org.jiedao.eldercare.internal.CourseRow;
import org.jiedao.eldercare.internal.ElderCounts;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.Elders;
import org.jiedao.eldercare.internal.MarketsImpl;
import org.jiedao.eldercare.Markets;
import org.jiedao.eldercare.internal.Messages;
import org.jiedao.eldercare.internal.Pairs;
import org.jiedao.eldercare.internal.RenovationRow;
import org.jiedao.eldercare.internal.RenovationSteps;
import org.jiedao.eldercare.internal.ServiceBookings;
import org.jiedao.eldercare.internal.ServiceRow;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;

/**
 * Demo data ("jiedao-cli init --demo") reproducing the seed's 三元一村: {@link #AGED_60} elders aged 60+
 * who are exactly 26 % of its registered population of {@link #POPULATION} ({@link #AGED_80} of them
 * 80+, {@link #LIVING_ALONE} living alone), ages on the day the data is loaded and stable for the
 * next 10 months (every birthday lies 30 to 60 days back); renovations in every state, the service
 * centre's four services with a month of bookings, the community school's 5 courses (瑜伽 full with a
 * waiting list), and mutual-aid pairs in stairwells.
 */
public final class EldercareDemoData implements DemoDataProvider {

    public static final String SANYUAN = "320508002001";
    public static final int POPULATION = 7_000;
    public static final int AGED_60 = 1_820;
    public static final int AGED_80 = 312;
    public static final int LIVING_ALONE = 236;

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢钱";
    static final String GIVEN = "秀英桂兰玉兰建国志强淑珍凤英国华金凤美华德明振华丽华永福宝珍兰英惠芳荣生根宝月娥寿康";

    @Inject
    private OrgUnitService units;
    @Inject
    private PersistenceService persistence;

    @Override
    public String load(Locale locale) {
        Optional<OrgUnit> found = units.find(SANYUAN);
        if (found.isEmpty()) { // a data folder seeded without the demo units has none
            return NLS.bind(Messages.Demo_loaded, new Object[] { 0, 0, 0, 0, 0, 0 });
        }
        OrgUnit unit = found.get();
        LocalDate today = LocalDate.now();
        int[] counts = new int[6];
        persistence.transaction(em -> {
            List<ElderRow> elders = elders(em, unit, today);
            counts[0] = elders.size();
            Elders.setPopulation(em, unit, today.getYear(), POPULATION);
            Elders.setPopulation(em, unit, today.getYear() - 1, POPULATION - 35);
            counts[1] = renovations(em, elders, today);
            counts[2] = bookings(em, unit, elders, today);
            counts[3] = courses(em, unit, elders);
            counts[4] = pairs(em, elders, today);
            counts[5] = markets(em, unit, today);
            return null;
        });
        return NLS.bind(Messages.Demo_loaded, new Object[] { counts[0], counts[1], counts[2], counts[3], counts[4], counts[5] });
    }

    /** The 1,820: index i is 80+ for i % 35 < 6 (312 of them), living alone for i % 1820 * 236 spread evenly. */
    static List<ElderRow> elders(EntityManager em, OrgUnit unit, LocalDate today) {
        List<String> categories = List.of("特困", "低保", "失能", "独居", "空巢");
        List<ElderRow> out = new ArrayList<>();
        ElderCounts kept = new ElderCounts();
        int old = 0;
        for (int i = 0; i < AGED_60; i++) {
            boolean eighty = old < AGED_80 && i % 35 < 6;
            if (eighty) {
                old++;
            }
            int age = eighty ? 80 + i % 17 : 60 + i % 20;
            LocalDate birth = today.minusYears(age).minusDays(30 + i % 31);
            String first17 = "320508" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
            String number = first17 + ResidentIdNumber.checkCharacter(first17);
            boolean alone = (long) i * LIVING_ALONE / AGED_60 != (long) (i + 1) * LIVING_ALONE / AGED_60;
            String category = alone ? "独居" : i % 45 == 7 ? "特困" : i % 23 == 3 ? "低保" : i % 40 == 11 ? "失能" : i % 9 == 2 ? "空巢" : null;
            String name = SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.substring(i * 2 % GIVEN.length(), i * 2 % GIVEN.length() + 2);
            String building = String.valueOf(1 + i / 46 % 40);
            String stair = String.valueOf(1 + i % 3);
            String floor = String.valueOf(1 + i / 3 % 6);
            out.add(Elders.create(em, new NewElder(number, name, SANYUAN, building, stair, floor, String.format("139%08d", 62_000_000 + i * 37),
                    alone, category, alone ? "助餐、定期探访" : i % 7 == 0 ? "助浴" : null, alone ? null : "子女" + name.charAt(0) + "先生",
                    alone ? null : String.format("138%08d", 51_000_000 + i * 53)), unit, today, categories, false, kept));
        }
        kept.apply(em);
        em.flush();
        if (old != AGED_80) {
            throw new IllegalStateException("demo 80+: " + old);
        }
        return out;
    }

    /** The day of each month's 幸福里便民集市 on 初心广场: the second Saturday. */
    static LocalDate marketDay(YearMonth month) {
        return month.atDay(1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.SATURDAY));
    }

    /** A 幸福里便民集市 in each of the last 12 months held by today (修伞 and 磨刀 every month, the seed's 适老化 products shown in one). */
    static int markets(EntityManager em, OrgUnit unit, LocalDate today) {
        int n = 0;
        for (int back = 11; back >= 0; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            LocalDate day = marketDay(month);
            if (day.isAfter(today)) {
                continue;
            }
            int visitors = 120 + month.getMonthValue() * 7 % 60;
            List<Markets.Stall> stalls = new ArrayList<>(List.of(new Markets.Stall("修伞", "志愿者王师傅", 10 + month.getMonthValue() % 7),
                    new Markets.Stall("磨刀", "志愿者张师傅", 18 + month.getMonthValue() % 5), new Markets.Stall("理发", "幸福里志愿服务队", 25),
                    new Markets.Stall("量血压", "社区卫生服务站", 40 + month.getMonthValue() % 9)));
            if (back == 1) {
                stalls.add(new Markets.Stall("适老化用品展示", "适老化改造厂商", 60));
            }
            MarketsImpl.hold(em, unit, day, "初心广场", visitors, stalls, today);
            n++;
        }
        return n;
    }

    static int renovations(EntityManager em, List<ElderRow> elders, LocalDate today) {
        String[][] catalogue = { { "GRAB-BAR", "扶手及紧急呼叫按钮", "1280.00" }, { "FLOOR", "防滑地面(每平方米)", "45.00" },
                { "SHOWER-CHAIR", "洗澡椅", "199.00" }, { "NIGHT-LIGHT", "感应夜灯", "39.90" }, { "RAMP", "无障碍坡道", "860.00" } };
        for (String[] c : catalogue) {
            RenovationSteps.catalogueItem(em, c[0], c[1], new BigDecimal(c[2]));
        }
        for (int year : new int[] { today.getYear() - 1, today.getYear() }) {
            RenovationSteps.rule(em, year, "特困", new BigDecimal("100"), new BigDecimal("5000"));
            RenovationSteps.rule(em, year, "低保", new BigDecimal("100"), new BigDecimal("5000"));
            RenovationSteps.rule(em, year, Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
        }
        em.flush();
        Map<String, Integer> items = new LinkedHashMap<>();
        items.put("GRAB-BAR", 1);
        items.put("FLOOR", 8);
        items.put("NIGHT-LIGHT", 2);
        // elder index, status, days before today it was applied for
        Object[][] plan = { { 1, RenovationStatus.APPLIED, 4 }, { 36, RenovationStatus.APPLIED, 21 }, { 71, RenovationStatus.ASSESSED, 12 },
                { 106, RenovationStatus.APPROVED, 20 }, { 141, RenovationStatus.APPROVED, 60 }, { 176, RenovationStatus.INSTALLED, 40 },
                { 211, RenovationStatus.ACCEPTED, 75 }, { 246, RenovationStatus.ACCEPTED, 90 }, { 281, RenovationStatus.REJECTED, 30 } };
        for (Object[] p : plan) {
            ElderRow elder = elders.get((Integer) p[0]);
            RenovationStatus status = (RenovationStatus) p[1];
            LocalDate applied = today.minusDays((Integer) p[2]);
            RenovationRow r = RenovationSteps.apply(em, elder, applied, "卫生间扶手、防滑地面", "demo");
            if (status == RenovationStatus.REJECTED) {
                RenovationSteps.reject(em, r, applied.plusDays(3), "已享受其他渠道的改造补贴", "demo");
                continue;
            }
            if (status.ordinal() >= RenovationStatus.ASSESSED.ordinal()) {
                RenovationSteps.assess(em, r, applied.plusDays(5), items, "demo");
            }
            if (status.ordinal() >= RenovationStatus.APPROVED.ordinal()) {
                em.flush();
                RenovationSteps.approve(em, r, applied.plusDays(8), null, null, "demo");
            }
            if (status.ordinal() >= RenovationStatus.INSTALLED.ordinal()) {
                RenovationSteps.move(em, r, applied.plusDays(25), RenovationStatus.APPROVED, RenovationStatus.INSTALLED, null, null, "demo");
            }
            if (status == RenovationStatus.ACCEPTED) {
                RenovationSteps.move(em, r, applied.plusDays(30), RenovationStatus.INSTALLED, RenovationStatus.ACCEPTED, null, null, "demo");
            }
        }
        return plan.length;
    }

    static int bookings(EntityManager em, OrgUnit unit, List<ElderRow> elders, LocalDate today) {
        Map<ServiceKind, int[]> plan = new LinkedHashMap<>(); // capacity, bookings a day
        plan.put(ServiceKind.MEAL, new int[] { 60, 24 });
        plan.put(ServiceKind.BATH, new int[] { 8, 6 });
        plan.put(ServiceKind.DAYCARE, new int[] { 30, 12 });
        plan.put(ServiceKind.DRYING, new int[] { 20, 5 });
        int n = 0;
        int offset = 0;
        for (Map.Entry<ServiceKind, int[]> p : plan.entrySet()) {
            Set<DayOfWeek> closed = p.getKey() == ServiceKind.BATH ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : EnumSet.of(DayOfWeek.SUNDAY);
            ServiceRow s = ServiceBookings.define(em, unit, p.getKey(), p.getValue()[0], closed);
            for (int d = 30; d >= -3; d--) {
                LocalDate day = today.minusDays(d);
                if (closed.contains(day.getDayOfWeek())) {
                    continue;
                }
                for (int k = 0; k < p.getValue()[1]; k++) {
                    ElderRow e = elders.get(Math.floorMod(offset + k * 7 + d * 3, elders.size()));
                    BookingRow b = ServiceBookings.bookUnchecked(em, s, e, day);
                    b.setAttended(d > 0 && (k + d) % 10 != 0);
                    n++;
                }
            }
            offset += 400;
        }
        return n;
    }

    static int courses(EntityManager em, OrgUnit unit, List<ElderRow> elders) {
        String term = LocalDate.now().getYear() + (LocalDate.now().getMonthValue() >= 8 ? "秋" : "春");
        Object[][] plan = { { "SX-SF", "书法", 30, 22 }, { "SX-GH", "国画", 25, 18 }, { "SX-SY", "声乐", 40, 31 }, { "SX-YJ", "瑜伽", 20, 24 },
                { "SX-SJ", "手机应用", 35, 35 } };
        int n = 0;
        int next = 5;
        for (Object[] p : plan) {
            CourseRow c = CourseEnrolments.create(em, unit, (String) p[0], (String) p[1], term, (Integer) p[2]);
            for (int k = 0; k < (Integer) p[3]; k++) {
                CourseEnrolments.enrol(em, c, elders.get(next));
                next += 11;
                n++;
            }
            em.flush();
        }
        return n;
    }

    /** Pairs in stairwells: a younger elder of each of 24 stairwells with the one or two older elders of it. */
    static int pairs(EntityManager em, List<ElderRow> elders, LocalDate today) {
        LocalDate since = today.minusDays(120);
        Map<String, List<ElderRow>> younger = new LinkedHashMap<>();
        Map<String, List<ElderRow>> older = new LinkedHashMap<>();
        for (ElderRow e : elders) {
            int age = ResidentIdNumber.ageOn(e.birthDate(), since);
            String key = e.stairwell();
            if (age >= 60 && age <= 69) {
                younger.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            } else if (age >= 80) {
                older.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        int n = 0;
        int stairwells = 0;
        for (Map.Entry<String, List<ElderRow>> o : older.entrySet()) {
            List<ElderRow> y = younger.get(o.getKey());
            if (y == null || stairwells == 24) {
                continue;
            }
            stairwells++;
            for (int k = 0; k < Math.min(2, o.getValue().size()); k++) {
                ElderRow oe = o.getValue().get(k);
                Pairs.pair(em, y.get(0), oe, since);
                n++;
                em.flush();
                if ((n % 4) != 0) { // every fourth pair without a recent visit
                    Pairs.visit(em, y.get(0).getId(), oe.getId(), today.minusDays(1 + n % 10), "上门探望,帮助买菜");
                }
            }
        }
        return n;
    }
}
