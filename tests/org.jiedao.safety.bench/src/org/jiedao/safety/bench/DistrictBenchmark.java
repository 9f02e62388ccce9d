package org.jiedao.safety.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.internal.contrib.Widgets;
import org.jiedao.testing.Bench;
import org.jiedao.testing.BenchReport;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * Fire safety at district scale on embedded Derby: 10 streets × 10 communities × 4 grids, 200,000
 * premises, 200,000 inspections with 10 findings each (2,000,000 findings) and their rectification
 * orders over the last year, written by plain JDBC as the fixture. Measured through the services as
 * the users see them (scoped by the platform): the hazard register of a community and its premises
 * for a community worker, the overdue orders of the whole district and the open ones for the district
 * administrator, the module's five dashboard cards. Medians of {@value #RUNS} runs after one warm-up.
 */
class DistrictBenchmark {

    static final int STREETS = 10;
    static final int COMMUNITIES = 10;
    static final int GRIDS = 4;
    static final int PREMISES = Integer.getInteger("jiedao.bench.premises", 200_000);
    static final int ITEMS = 10;
    static final int RUNS = 5;
    static final long BASE = 500_000_000L;
    static final String PASSWORD = "Safety-Bench-2026!";

    @Test
    void district() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        PersistenceService persistence = Services.await(PersistenceService.class);
        security.signOut();
        List<OrgUnit> grids = organisation(units);
        for (String[] u : new String[][] { { "bench-admin", Role.DISTRICT_ADMIN.name(), null }, { "bench-worker", Role.COMMUNITY_WORKER.name(), "BD01C01" } }) {
            if (security.users().stream().noneMatch(a -> a.username().equals(u[0]))) {
                security.createUser(u[0], u[0], Role.valueOf(u[1]), u[2], PASSWORD.toCharArray());
            }
        }
        security.signIn("bench-admin", PASSWORD.toCharArray());
        Map<PremisesCategory, long[]> items = templates();
        security.signOut();
        BenchReport report = new BenchReport();
        var fixture = BenchReport.time(() -> fixture(persistence, grids, items));
        report.line("fire safety at district scale: %,d premises, %,d inspections, %,d findings, %,d rectification orders (%,d open, %,d overdue);"
                + " fixture written by JDBC in %.0f s", PREMISES, PREMISES, (long) PREMISES * ITEMS, fixture.value()[0], fixture.value()[1],
                fixture.value()[2], fixture.seconds());

        SafetyInspections inspections = Services.await(SafetyInspections.class);
        SafetyPremisesRegistry registry = Services.await(SafetyPremisesRegistry.class);
        security.signIn("bench-worker", PASSWORD.toCharArray());
        report.line("%s", measure("hazard register 隐患台账 of a community (community worker, 4 grids)", () -> inspections.register("BD01C01", null, null)));
        report.line("%s", measure("premises of a community (community worker, 2,000 premises, masked)", () -> registry.list("BD01C01", null)));
        report.line("%s", measure("premises of a community, first screen (community worker, 200 of 2,000)",
                () -> registry.page("BD01C01", null, null, 0, 200)));
        report.line("%s", measure("open orders of a community (community worker)", () -> inspections.orders(false, true, "BD01C01")));
        security.signIn("bench-admin", PASSWORD.toCharArray());
        List<RectificationOrder> overdue = inspections.orders(true, null);
        report.line("%s", measure("overdue orders of the whole district (district administrator, " + String.format(Locale.ROOT, "%,d", overdue.size()) + ")",
                () -> inspections.orders(true, null)));
        report.line("%s", measure("  of which the units' names (" + units.list().size() + " units)", () -> units.list()));
        report.line("%s", measure("overdue orders of the whole district, first screen (district administrator, count and 200 of "
                + String.format(Locale.ROOT, "%,d", overdue.size()) + ")", () -> {
                    inspections.countOrders(true, false, null, null);
                    return inspections.orders(true, false, null, null, 0, 200);
                }));
        report.line("%s", measure("open orders of the whole district (district administrator)", () -> inspections.orders(false, true, null)));
        report.line("%s", measure("premises of the district, first screen (district administrator, count and 200 of 200,000 by code)", () -> {
            registry.count(null, null, null);
            return registry.page(null, null, null, 0, 200);
        }));
        report.line("%s", measure("  of which the count of 200,000", () -> registry.count(null, null, null)));
        report.line("%s", measure("  of which the page of 200 by code", () -> registry.page(null, null, null, 0, 200)));
        report.line("%s", measure("  a page of 200 by name (the header sort)", () -> registry.page(null, null, null, null, null,
                org.jiedao.safety.PremisesOrder.NAME, 0, 200)));
        WidgetContext context = new WidgetContext(Locale.CHINA, security.currentScope(), security.currentUser());
        List<DashboardWidgetProvider> widgets = List.of(Contributions.create(Widgets.Overdue.class), Contributions.create(Widgets.OpenByCategory.class),
                Contributions.create(Widgets.OpenByCommunity.class), Contributions.create(Widgets.InspectionsPerMonth.class),
                Contributions.create(Widgets.LastContest.class));
        report.line("%s", measure("dashboard: the five fire-safety cards (district administrator)", () -> {
            for (DashboardWidgetProvider w : widgets) {
                w.load(context);
            }
            return null;
        }));
        for (DashboardWidgetProvider w : widgets) {
            report.line("%s", measure("  card " + w.getClass().getSimpleName(), () -> w.load(context)));
        }
        security.signOut();
        report.write();
    }

    /** @return the report's line: the median of {@value #RUNS} runs after a warm-up */
    static String measure(String what, Callable<?> step) throws Exception {
        step.call(); // warm-up
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.call();
            ms[i] = Bench.millisSince(t);
        }
        return Bench.line(what, ms).stripTrailing();
    }

    /** The district BD: streets BD01.., communities BD01C01.., grids BD01C01G1..; @return the grids */
    static List<OrgUnit> organisation(OrgUnitService units) {
        if (units.find("BD").isEmpty()) {
            units.create("BD", "基准区", OrgLevel.DISTRICT, null);
            for (int s = 1; s <= STREETS; s++) {
                String street = String.format(Locale.ROOT, "BD%02d", s);
                units.create(street, "基准街道" + s, OrgLevel.STREET, "BD");
                for (int c = 1; c <= COMMUNITIES; c++) {
                    String community = street + String.format(Locale.ROOT, "C%02d", c);
                    units.create(community, "基准" + s + "街道" + c + "社区", OrgLevel.COMMUNITY, street);
                    for (int g = 1; g <= GRIDS; g++) {
                        units.create(community + "G" + g, "基准" + s + "-" + c + "社区第" + g + "网格", OrgLevel.GRID, community);
                    }
                }
            }
        }
        List<OrgUnit> grids = new ArrayList<>();
        for (int s = 1; s <= STREETS; s++) {
            for (int c = 1; c <= COMMUNITIES; c++) {
                for (int g = 1; g <= GRIDS; g++) {
                    grids.add(units.find(String.format(Locale.ROOT, "BD%02dC%02dG%d", s, c, g)).orElseThrow());
                }
            }
        }
        return grids;
    }

    /** A bench version of every category's checklist with {@value #ITEMS} items; @return its template id and item ids by category */
    static Map<PremisesCategory, long[]> templates() {
        SafetyTemplates templates = Services.await(SafetyTemplates.class);
        PersistenceService persistence = Services.await(PersistenceService.class);
        Map<PremisesCategory, long[]> out = new HashMap<>();
        for (PremisesCategory c : PremisesCategory.values()) {
            if (templates.current(c).items().size() != ITEMS) {
                List<String> texts = new ArrayList<>();
                for (int i = 1; i <= ITEMS; i++) {
                    texts.add(c.ruleSet() + " 第 " + i + " 条");
                }
                templates.publish(c, c.chinese() + "检查表（基准）", texts);
            }
            int version = templates.current(c).version();
            out.put(c, persistence.read(em -> {
                long template = ((Number) em.createNativeQuery("SELECT ID FROM SAFETY_TEMPLATE WHERE CATEGORY = ? AND TEMPLATE_VERSION = ?")
                        .setParameter(1, c.key()).setParameter(2, version).getSingleResult()).longValue();
                List<?> ids = em.createNativeQuery("SELECT ID FROM SAFETY_TEMPLATE_ITEM WHERE TEMPLATE_ID = ? ORDER BY ITEM_NO")
                        .setParameter(1, template).getResultList();
                long[] r = new long[ITEMS + 1];
                r[0] = template;
                for (int i = 0; i < ITEMS; i++) {
                    r[i + 1] = ((Number) ids.get(i)).longValue();
                }
                return r;
            }));
        }
        return out;
    }

    /**
     * Writes the fixture (unless an earlier run did): premises i in grid i % 400, one inspection a
     * premises within the last year, a hazard in every tenth (an order: general 7 days, every third of
     * them major 3 days); orders issued more than 40 days ago are closed except one in twenty (still open, overdue).
     *
     * @return orders, open orders, overdue orders
     */
    static long[] fixture(PersistenceService persistence, List<OrgUnit> grids, Map<PremisesCategory, long[]> items) {
        LocalDate today = LocalDate.now();
        long present = persistence.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SAFETY_PREMISES WHERE ID >= " + BASE)
                .getSingleResult()).longValue());
        if (present != PREMISES) {
            persistence.transaction(em -> {
                for (String table : List.of("SAFETY_COUNT", "SAFETY_PHOTO", "SAFETY_FINDING", "SAFETY_ORDER", "SAFETY_INSPECTION", "SAFETY_PREMISES")) {
                    em.createNativeQuery("DELETE FROM " + table + " WHERE ID >= " + BASE).executeUpdate();
                }
                return null;
            });
            PremisesCategory[] categories = PremisesCategory.values();
            for (int from = 0; from < PREMISES; from += 10_000) {
                int first = from;
                persistence.transaction(em -> {
                    Connection connection = em.unwrap(Connection.class);
                    try (PreparedStatement p = connection.prepareStatement("INSERT INTO SAFETY_PREMISES (ID, VERSION, CODE, NAME, CATEGORY, ADDRESS,"
                            + " OWNER_NAME, MANAGER_NAME, PHONE, ROOMS, OCCUPANTS, CHARGING_POINTS, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                            PreparedStatement i = connection.prepareStatement("INSERT INTO SAFETY_INSPECTION (ID, VERSION, PREMISES_ID, INSPECTED_ON,"
                                    + " INSPECTOR, TEMPLATE_ID, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
                            PreparedStatement f = connection.prepareStatement("INSERT INTO SAFETY_FINDING (ID, VERSION, INSPECTION_ID, ITEM_ID, ITEM_NO,"
                                    + " RESULT, SEVERITY, NOTE, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
                            PreparedStatement o = connection.prepareStatement("INSERT INTO SAFETY_ORDER (ID, VERSION, CODE, PREMISES_ID, INSPECTION_ID,"
                                    + " SEVERITY, ISSUED_ON, DEADLINE, STATUS, CLOSED_ON, UNIT_CODE, UNIT_PATH, PREMISES_CODE, PREMISES_NAME, PREMISES_CATEGORY)"
                                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (int k = first; k < Math.min(PREMISES, first + 10_000); k++) {
                            OrgUnit grid = grids.get(k % grids.size());
                            PremisesCategory category = categories[k % categories.length];
                            long id = BASE + k;
                            String code = String.format(Locale.ROOT, "BP%06d", k);
                            p.setLong(1, id);
                            p.setString(2, code);
                            p.setString(3, grid.name() + " " + category.chinese() + " " + k);
                            p.setString(4, category.key());
                            p.setString(5, "基准路 " + k + " 号");
                            p.setString(6, "张" + (k % 100));
                            p.setString(7, "李" + (k % 100));
                            p.setString(8, String.format(Locale.ROOT, "139%08d", k));
                            p.setObject(9, category == PremisesCategory.RENTAL ? 3 + k % 5 : null, java.sql.Types.INTEGER);
                            p.setObject(10, 2 + k % 20, java.sql.Types.INTEGER);
                            p.setObject(11, category == PremisesCategory.E_BIKE ? 10 + k % 30 : null, java.sql.Types.INTEGER);
                            p.setString(12, grid.code());
                            p.setString(13, grid.path());
                            p.addBatch();
                            LocalDate on = today.minusDays((k * 7L) % 365);
                            long[] template = items.get(category);
                            i.setLong(1, id);
                            i.setLong(2, id);
                            i.setDate(3, Date.valueOf(on));
                            i.setString(4, "检查员" + (k % 50));
                            i.setLong(5, template[0]);
                            i.setString(6, grid.code());
                            i.setString(7, grid.path());
                            i.addBatch();
                            boolean hazard = k % 10 == 0;
                            boolean major = hazard && k % 30 == 0;
                            for (int n = 1; n <= ITEMS; n++) {
                                boolean bad = hazard && n == 1 + k % ITEMS;
                                f.setLong(1, BASE + (long) k * ITEMS + n - 1);
                                f.setLong(2, id);
                                f.setLong(3, template[n]);
                                f.setInt(4, n);
                                f.setString(5, bad ? "hazard" : n == ITEMS && k % 7 == 0 ? "na" : "pass");
                                f.setString(6, bad ? (major ? "major" : "general") : null);
                                f.setString(7, bad ? "通道堆放杂物" : null);
                                f.setString(8, grid.code());
                                f.setString(9, grid.path());
                                f.addBatch();
                            }
                            if (hazard) {
                                LocalDate deadline = on.plusDays(major ? 3 : 7);
                                boolean closed = on.isBefore(today.minusDays(40)) && k % 200 != 0;
                                o.setLong(1, id);
                                o.setString(2, "ZG-" + code + "-1");
                                o.setLong(3, id);
                                o.setLong(4, id);
                                o.setString(5, major ? "major" : "general");
                                o.setDate(6, Date.valueOf(on));
                                o.setDate(7, Date.valueOf(deadline));
                                o.setString(8, closed ? "closed" : "open");
                                o.setDate(9, closed ? Date.valueOf(deadline.minusDays(1)) : null);
                                o.setString(10, grid.code());
                                o.setString(11, grid.path());
                                o.setString(12, code);
                                o.setString(13, grid.name() + " " + category.chinese() + " " + k);
                                o.setString(14, category.key());
                                o.addBatch();
                            }
                            if (k % 500 == 499) {
                                p.executeBatch();
                                i.executeBatch();
                                f.executeBatch();
                                o.executeBatch();
                            }
                        }
                        p.executeBatch();
                        i.executeBatch();
                        f.executeBatch();
                        o.executeBatch();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
            }
            // the kept counts as the module's changelog fills them from existing records (safety-003-kept-counts)
            persistence.transaction(em -> em.createNativeQuery("INSERT INTO SAFETY_COUNT (ID, VERSION, COUNT_MONTH, CATEGORY, INSPECTIONS, OPEN_ORDERS,"
                    + " UNIT_CODE, UNIT_PATH) SELECT MIN(R.RID), 1, R.RM, R.RCAT, SUM(R.RINS), SUM(R.RORD), R.RUC, MIN(R.RUP) FROM ("
                    + " SELECT I.ID AS RID, YEAR(I.INSPECTED_ON) * 100 + MONTH(I.INSPECTED_ON) AS RM, P.CATEGORY AS RCAT, 1 AS RINS, 0 AS RORD, I.UNIT_CODE AS RUC, I.UNIT_PATH AS RUP"
                    + " FROM SAFETY_INSPECTION I JOIN SAFETY_PREMISES P ON P.ID = I.PREMISES_ID WHERE I.ID >= " + BASE + " UNION ALL"
                    + " SELECT O.ID AS RID, YEAR(O.ISSUED_ON) * 100 + MONTH(O.ISSUED_ON) AS RM, O.PREMISES_CATEGORY AS RCAT, 0 AS RINS, 1 AS RORD, O.UNIT_CODE AS RUC, O.UNIT_PATH AS RUP"
                    + " FROM SAFETY_ORDER O WHERE O.STATUS = 'open' AND O.ID >= " + BASE + ") R GROUP BY R.RUC, R.RM, R.RCAT").executeUpdate());
            for (String table : List.of("SAFETY_PREMISES", "SAFETY_INSPECTION", "SAFETY_FINDING", "SAFETY_ORDER", "SAFETY_COUNT")) {
                persistence.transaction(em -> em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, '" + table + "', NULL)")
                        .executeUpdate());
            }
        }
        return persistence.read(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN STATUS = 'open' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN STATUS = 'open' AND DEADLINE < ? THEN 1 ELSE 0 END) FROM SAFETY_ORDER WHERE ID >= " + BASE)) {
                s.setDate(1, Date.valueOf(today));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new long[] { r.getLong(1), r.getLong(2), r.getLong(3) };
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
