package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.GRID1;
import static org.jiedao.safety.tests.Fixture.GRID2;
import static org.jiedao.safety.tests.Fixture.HUACHEN;
import static org.jiedao.safety.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept counts (SAFETY_COUNT: inspections and open orders per leaf unit, month and category) and the orders' copies of
 * their premises' code, name and category, compared with a real GROUP BY over the records after every kind of write:
 * inspections with and without hazards, re-inspections passed and failed, an import of orders, premises edited (renamed,
 * recategorised, moved to another grid), and a refused write that must change nothing.
 */
class KeptCountsTest {

    static SafetyPremisesRegistry premises;
    static SafetyTemplates templates;
    static SafetyInspections inspections;
    static ExchangeService exchange;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
        premises = Services.await(SafetyPremisesRegistry.class);
        templates = Services.await(SafetyTemplates.class);
        inspections = Services.await(SafetyInspections.class);
        exchange = Services.await(ExchangeService.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    /** @return unit | month | category → inspections, open orders, as kept */
    static Map<String, List<Long>> kept() {
        Fixture.security.signOut();
        Map<String, List<Long>> out = new TreeMap<>();
        Fixture.persistence.read(em -> em.createNativeQuery("SELECT UNIT_CODE, UNIT_PATH, COUNT_MONTH, CATEGORY, INSPECTIONS, OPEN_ORDERS FROM SAFETY_COUNT")
                .getResultList()).forEach(o -> {
                    Object[] r = (Object[]) o;
                    long i = ((Number) r[4]).longValue();
                    long n = ((Number) r[5]).longValue();
                    if (i != 0 || n != 0) { // a row brought down to zero may stay
                        out.put(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3], List.of(i, n));
                    }
                });
        return out;
    }

    /** @return the same, counted from the records by GROUP BY (by day in SQL on Derby and PostgreSQL alike, the days' months here) */
    static Map<String, List<Long>> counted() {
        Fixture.security.signOut();
        Map<String, List<Long>> out = new TreeMap<>();
        Fixture.persistence.read(em -> em.createNativeQuery("SELECT I.UNIT_CODE, I.UNIT_PATH, I.INSPECTED_ON, P.CATEGORY, COUNT(*)"
                + " FROM SAFETY_INSPECTION I JOIN SAFETY_PREMISES P ON P.ID = I.PREMISES_ID GROUP BY I.UNIT_CODE, I.UNIT_PATH, I.INSPECTED_ON, P.CATEGORY")
                .getResultList()).forEach(o -> add(out, (Object[]) o, 0));
        Fixture.persistence.read(em -> em.createNativeQuery("SELECT O.UNIT_CODE, O.UNIT_PATH, O.ISSUED_ON, P.CATEGORY, COUNT(*)"
                + " FROM SAFETY_ORDER O JOIN SAFETY_PREMISES P ON P.ID = O.PREMISES_ID WHERE O.STATUS = 'open'"
                + " GROUP BY O.UNIT_CODE, O.UNIT_PATH, O.ISSUED_ON, P.CATEGORY").getResultList()).forEach(o -> add(out, (Object[]) o, 1));
        return out;
    }

    static void add(Map<String, List<Long>> out, Object[] r, int column) {
        LocalDate day = r[2] instanceof LocalDate d ? d : ((java.sql.Date) r[2]).toLocalDate();
        long n = ((Number) r[4]).longValue();
        out.merge(r[0] + "|" + r[1] + "|" + (day.getYear() * 100 + day.getMonthValue()) + "|" + r[3], column == 0 ? List.of(n, 0L) : List.of(0L, n),
                (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
    }

    /** @return the orders whose copy of their premises' code, name or category differs from the premises (none expected) */
    static List<?> staleCopies() {
        Fixture.security.signOut();
        return Fixture.persistence.read(em -> em.createNativeQuery("SELECT O.CODE FROM SAFETY_ORDER O JOIN SAFETY_PREMISES P ON P.ID = O.PREMISES_ID"
                + " WHERE O.PREMISES_CODE <> P.CODE OR O.PREMISES_NAME <> P.NAME OR O.PREMISES_CATEGORY <> P.CATEGORY").getResultList());
    }

    static void same(String when) {
        Map<String, List<Long>> kept = kept();
        assertFalse(kept.isEmpty(), when + ": something is counted");
        assertEquals(counted(), kept, when);
        assertEquals(List.of(), staleCopies(), when + ": the orders' copies of their premises");
    }

    @Test
    void theKeptCountsAndTheOrdersCopiesFollowEveryWrite() throws Exception {
        signIn("worker-s");
        for (Object[] p : new Object[][] { { "K1", PremisesCategory.RENTAL, GRID1 }, { "K2", PremisesCategory.THREE_IN_ONE, GRID2 },
                { "K3", PremisesCategory.E_BIKE, HUACHEN } }) {
            premises.register(new NewPremises((String) p[0], "场所" + p[0], (PremisesCategory) p[1], (String) p[2], "嘉元路 18 号", "张建国", "李秀英",
                    "13812345678", 3, 10, null));
        }
        LocalDate today = LocalDate.now();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        var rental = templates.current(PremisesCategory.RENTAL);
        var threeInOne = templates.current(PremisesCategory.THREE_IN_ONE);
        var eBike = templates.current(PremisesCategory.E_BIKE);
        inspections.inspect("K1", lastMonth, "王明", 0, SafetyRulesTest.answers(rental, 1, Severity.GENERAL), null);
        inspections.inspect("K1", today, "王明", 0, SafetyRulesTest.answers(rental), null);
        inspections.inspect("K2", today, "王明", 0, SafetyRulesTest.answers(threeInOne, 2, Severity.MAJOR), null);
        inspections.inspect("K3", lastMonth, "王明", 0, SafetyRulesTest.answers(eBike, 1, Severity.GENERAL), null);
        same("after inspections");

        List<RectificationOrder> open = inspections.orders(false, true, null);
        assertEquals(3, open.size());
        RectificationOrder k1 = open.stream().filter(o -> o.premisesCode().equals("K1")).findFirst().get();
        RectificationOrder k2 = open.stream().filter(o -> o.premisesCode().equals("K2")).findFirst().get();
        assertEquals("场所K1", k1.premisesName(), "the order names its premises from its copy");
        inspections.reinspect(k1.code(), true, today, "王明", null);
        same("after a passed re-inspection");
        inspections.reinspect(k2.code(), false, today, "王明", "仍有堆放");
        same("after a failed re-inspection (a new order)");
        assertThrows(SafetyException.class, () -> inspections.reinspect(k1.code(), true, today, "王明", null));
        same("after a refused re-inspection");

        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "code,premises,issued_on,deadline,status\nZG-K3-A,K3," + lastMonth + "," + lastMonth.plusDays(7) + ",open\nZG-K3-B,K3,"
                + lastMonth + "," + lastMonth.plusDays(7) + ",closed\n", StandardCharsets.UTF_8);
        signIn("worker-s");
        assertEquals(ImportResult.Status.IMPORTED, exchange.importFile("safety-orders", file, ImportOptions.defaults(), null).status());
        same("after an import of an open and a closed order");

        signIn("worker-s");
        Premises p1 = premises.find("K1").get();
        premises.update("K1", p1.version(), new NewPremises(null, "嘉元路群租房", PremisesCategory.NINE_SMALL, GRID2, p1.address(), p1.owner(),
                p1.manager(), p1.phone(), 3, 10, null));
        same("after K1 renamed, recategorised and moved to grid 2");
        Premises p3 = premises.find("K3").get();
        premises.update("K3", p3.version(), new NewPremises(null, "华辰充电棚", PremisesCategory.E_BIKE, GRID1, p3.address(), p3.owner(), p3.manager(),
                p3.phone(), 3, 10, null));
        same("after K3 renamed and moved from the community into grid 1");
        assertEquals("华辰充电棚", inspections.order("ZG-K3-A").get().premisesName());
    }

    @Test
    void theOrdersArePagedFromTheDatabaseInTheListsOrder() {
        signIn("worker-s");
        LocalDate today = LocalDate.now();
        var rental = templates.current(PremisesCategory.RENTAL);
        for (int k = 1; k <= 7; k++) {
            String code = "PG" + k;
            premises.register(new NewPremises(code, (k % 2 == 0 ? "充电棚" : "出租房") + k, PremisesCategory.RENTAL, k % 2 == 0 ? GRID1 : GRID2,
                    null, null, null, null, 3, 10, null));
            // issued 1..20 days ago: a general hazard's 7 days make the older ones overdue
            inspections.inspect(code, today.minusDays(3L * k - 1), "王明", 0, SafetyRulesTest.answers(rental, 1, Severity.GENERAL), null);
        }
        RectificationOrder first = inspections.orders(false, true, null).get(0);
        inspections.reinspect(first.code(), true, today, "王明", null); // one closed
        for (boolean[] f : new boolean[][] { { false, false }, { false, true }, { true, false } }) {
            for (String text : new String[] { null, "充电", "pg3" }) {
                List<String> whole = inspections.orders(f[0], f[1], null).stream()
                        .filter(o -> text == null || (o.code() + " " + o.premisesCode() + " " + o.premisesName()).toLowerCase(Locale.ROOT)
                                .contains(text.toLowerCase(Locale.ROOT)))
                        .map(RectificationOrder::code).toList();
                String what = "overdue " + f[0] + ", open " + f[1] + ", text " + text;
                assertEquals(whole.size(), inspections.countOrders(f[0], f[1], null, text), what);
                java.util.ArrayList<String> paged = new java.util.ArrayList<>();
                for (int offset = 0; offset < whole.size() + 3; offset += 3) {
                    inspections.orders(f[0], f[1], null, text, offset, 3).forEach(o -> paged.add(o.code()));
                }
                assertEquals(whole, paged, what + ": pages of 3 in the list's order (overdue, open, the rest)");
            }
        }
        assertEquals(4, inspections.countOrders(false, false, GRID2, null), "a grid's orders");
    }
}
