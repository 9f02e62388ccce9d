package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.OTHER;
import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.NewElder;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept counts of the registry (ELDERCARE_ELDER_COUNT): after registrations, changes, refusals and imports they equal a
 * GROUP BY of the elders, and the counts and statistics read from them (whole years of birth plus the elders at the edges of
 * an age band) equal the elders the registry lists, on days at the edges of the bands.
 */
class ElderCountsTest {

    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    static ElderRegistry registry;
    static PersistenceService persistence;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        Fixture.organisation();
        registry = Services.await(ElderRegistry.class);
        persistence = Services.await(PersistenceService.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    private static NewElder born(LocalDate birth, String community, boolean alone, String category) {
        return new NewElder(Fixture.idNumber(birth), "甲", community, "1", "1", "1", null, alone, category, null, null, null);
    }

    @Test
    void keptCountsFollowEveryWriteAndAnswerCountsAndStatisticsExactly() throws Exception {
        signIn("eld-admin");
        // birthdays at the edges of the bands on ON (and on the days around it), in both communities
        List<LocalDate> births = List.of(ON.minusYears(60), ON.minusYears(60).plusDays(1), ON.minusYears(60).minusDays(1), ON.minusYears(70),
                ON.minusYears(80), ON.minusYears(80).plusDays(1), ON.minusYears(90).minusDays(1), LocalDate.of(ON.getYear() - 60, 1, 1),
                LocalDate.of(ON.getYear() - 61, 12, 31), LocalDate.of(ON.getYear() - 80, 12, 31), LocalDate.of(ON.getYear() - 81, 1, 1),
                LocalDate.of(1928, 2, 29), ON.minusYears(75), ON.minusYears(66).plusDays(3));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < births.size(); i++) {
            ids.add(registry.register(born(births.get(i), i % 3 == 2 ? OTHER : SANYUAN, i % 4 == 1, i % 5 == 0 ? "低保" : i % 5 == 3 ? "独居" : null)));
        }
        assertKeptEqualsGroupBy();
        assertCountsEqualTheRegistry(List.of(ON));

        // changes by the community's worker (who sees the records unmasked): a corrected number (another year of birth), another
        // category, living alone or not
        signIn("eld-worker");
        Elder e = registry.find(ids.get(0)).orElseThrow();
        registry.update(e.id(), e.version(), born(LocalDate.of(1950, 5, 5), SANYUAN, true, "特困"));
        Elder changed = registry.find(ids.get(3)).orElseThrow();
        registry.update(changed.id(), changed.version(), new NewElder(changed.idNumber(), "乙", SANYUAN, null, null, null, null, !changed.livingAlone(),
                "失能", null, null, null));
        assertKeptEqualsGroupBy();
        assertCountsEqualTheRegistry(List.of(ON));

        // refusals change nothing
        signIn("eld-worker");
        String taken = registry.find(ids.get(1)).orElseThrow().idNumber();
        assertThrows(EldercareException.class, () -> registry.register(new NewElder(taken, "丙", SANYUAN, null, null, null, null, true, null, null,
                null, null)));
        Elder other = registry.find(ids.get(4)).orElseThrow();
        assertThrows(EldercareException.class, () -> registry.update(other.id(), other.version(), new NewElder(taken, "丙", SANYUAN, null, null,
                null, null, true, "低保", null, null, null)));
        assertKeptEqualsGroupBy();

        // an import, then a refused one (the second row's number is the first's)
        signIn("eld-admin");
        ExchangeService exchange = Services.await(ExchangeService.class);
        String a = Fixture.idNumber(LocalDate.of(1940, 1, 1));
        String b = Fixture.idNumber(ON.minusYears(80));
        String c = Fixture.idNumber(LocalDate.of(1962, 12, 31));
        ImportResult ok = importText(exchange, "id_number,name,community,living_alone,category\n" + a + ",丁," + SANYUAN + ",是,低保\n" + b + ",戊," + OTHER
                + ",否,\n" + c + ",己," + SANYUAN + ",是,独居\n");
        assertEquals(3, ok.rowsWritten(), ok.problems().toString());
        String d = Fixture.idNumber(LocalDate.of(1945, 7, 7));
        ImportResult refused = importText(exchange, "id_number,name,community,living_alone,category\n" + d + ",庚," + SANYUAN + ",是,\n" + d + ",辛,"
                + SANYUAN + ",否,\n");
        assertEquals(0, refused.rowsWritten());
        assertKeptEqualsGroupBy();
        // on days at the edges: the day after ON (birthdays on it), the last day of the year, a leap day
        assertCountsEqualTheRegistry(List.of(ON.plusDays(1), LocalDate.of(ON.getYear(), 12, 31), LocalDate.of(2028, 2, 29)));

        // a community worker counts her community from the same rows
        signIn("eld-other");
        assertEquals(registry.list(ElderQuery.all(), 0, 0).size(), registry.count(ElderQuery.all()));
        assertEquals(registry.list(new ElderQuery(null, 80, 0, null, true, ON), 0, 0).size(), registry.count(new ElderQuery(null, 80, 0, null, true, ON)));
        assertTrue(registry.stats(null, ON.getYear(), ON).stream().allMatch(s -> s.communityCode().equals(OTHER)));
    }

    @Test
    void aGridLeaderSeesAndCountsHerGridOnlyAndTheCommunityCountsItsGrids() throws Exception {
        signIn("eld-worker");
        long community = registry.register(born(ON.minusYears(82), SANYUAN, true, null));
        signIn("eld-other");
        long other = registry.register(born(ON.minusYears(85), OTHER, true, null));
        signIn("eld-grid");
        long grid = registry.register(born(ON.minusYears(81), Fixture.GRID, true, "独居"));
        String refusal = assertThrows(EldercareException.class, () -> registry.register(born(ON.minusYears(70), SANYUAN, false, null))).getMessage();
        assertTrue(refusal.contains("三元一村"), "outside the grid leader's scope: " + refusal);
        assertEquals(List.of(grid), registry.list(ElderQuery.all(), 0, 0).stream().map(Elder::id).toList());
        assertEquals(1, registry.count(ElderQuery.all()));
        assertEquals(1, registry.count(new ElderQuery(SANYUAN, 80, 0, null, true, ON)), "her community's filter: her grid");
        assertEquals(0, registry.count(new ElderQuery(OTHER, 0, 0, null, false, ON)), "another community: nothing");
        assertTrue(registry.find(community).isEmpty() && registry.find(other).isEmpty(), "the community's and another community's elders");
        List<AgeingStats> stats = registry.stats(null, ON.getYear(), ON);
        assertEquals(1, stats.size());
        assertEquals(List.of(SANYUAN, 1L, 1L, 1L), List.of(stats.get(0).communityCode(), stats.get(0).aged60(), stats.get(0).aged80(),
                stats.get(0).livingAlone()), "her grid's elders, in the community's row");
        assertEquals(0, registry.stats(OTHER, ON.getYear(), ON).get(0).aged60(), "another community: nothing");

        signIn("eld-worker");
        assertEquals(2, registry.count(ElderQuery.all()), "the community worker: the community and its grid");
        assertEquals(List.of(2L, 2L), List.of(registry.stats(SANYUAN, ON.getYear(), ON).get(0).aged80(),
                (long) registry.list(new ElderQuery(null, 80, 0, null, false, ON), 0, 0).size()));
        assertEquals(0, registry.stats(OTHER, ON.getYear(), ON).get(0).aged60(), "another community: nothing");
        signIn("eld-admin");
        List<AgeingStats> all = registry.stats(null, ON.getYear(), ON);
        assertEquals(List.of(SANYUAN, OTHER), all.stream().map(AgeingStats::communityCode).toList(), "no row of its own for the grid");
        assertEquals(List.of(2L, 1L), all.stream().map(AgeingStats::aged80).toList());
        assertKeptEqualsGroupBy();
    }

    private ImportResult importText(ExchangeService exchange, String text) throws Exception {
        Path file = dir.resolve("elders" + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return exchange.importFile("eldercare-elders", file, ImportOptions.defaults(), null);
    }

    /** Every query of the registry's filters, on days at the edges: the count from the kept rows equals the elders listed from the registry. */
    private static void assertCountsEqualTheRegistry(List<LocalDate> days) throws Exception {
        signIn("eld-admin");
        int[][] bands = { { 0, 0 }, { 60, 0 }, { 60, 69 }, { 80, 0 }, { 65, 84 }, { 61, 61 } };
        for (LocalDate on : days) {
            for (String community : new String[] { null, SANYUAN }) {
                for (int[] band : bands) {
                    for (String category : new String[] { null, "低保" }) {
                        for (boolean alone : new boolean[] { false, true }) {
                            ElderQuery q = new ElderQuery(community, band[0], band[1], category, alone, on);
                            assertEquals(registry.list(q, 0, 0).size(), registry.count(q), q.toString());
                        }
                    }
                }
            }
            Map<String, long[]> listed = new TreeMap<>();
            for (String community : List.of(SANYUAN, OTHER)) {
                listed.put(community, new long[] { registry.list(new ElderQuery(community, 60, 0, null, false, on), 0, 0).size(),
                        registry.list(new ElderQuery(community, 80, 0, null, false, on), 0, 0).size(),
                        registry.list(new ElderQuery(community, 60, 0, null, true, on), 0, 0).size() });
            }
            for (AgeingStats s : registry.stats(null, on.getYear(), on)) {
                long[] f = listed.get(s.communityCode());
                assertEquals(List.of(f[0], f[1], f[2]), List.of(s.aged60(), s.aged80(), s.livingAlone()), s.communityCode() + " on " + on);
                AgeingStats one = registry.stats(s.communityCode(), on.getYear(), on).get(0);
                assertEquals(List.of(f[0], f[1], f[2]), List.of(one.aged60(), one.aged80(), one.livingAlone()), "one community");
            }
        }
    }

    /** ELDERCARE_ELDER_COUNT equals a GROUP BY of ELDERCARE_ELDER: year rows by year of birth, category rows by category, each with its unit's path. */
    private static void assertKeptEqualsGroupBy() {
        Services.await(SecurityService.class).signOut();
        OrgUnitService units = Services.await(OrgUnitService.class);
        Map<String, List<Object>> expected = new TreeMap<>();
        Map<String, List<Object>> kept = new TreeMap<>();
        persistence.read(em -> {
            for (Object o : em.createNativeQuery("SELECT UNIT_CODE, BIRTH_DATE, LIVING_ALONE, COUNT(*) FROM ELDERCARE_ELDER GROUP BY UNIT_CODE, BIRTH_DATE, "
                    + "LIVING_ALONE").getResultList()) {
                Object[] r = (Object[]) o;
                add(expected, r[0] + "/" + ((Date) r[1]).toLocalDate().getYear() + "/*", (String) r[0], (Boolean) r[2], ((Number) r[3]).intValue());
            }
            for (Object o : em.createNativeQuery("SELECT UNIT_CODE, CATEGORY, LIVING_ALONE, COUNT(*) FROM ELDERCARE_ELDER GROUP BY UNIT_CODE, CATEGORY, "
                    + "LIVING_ALONE").getResultList()) {
                Object[] r = (Object[]) o;
                add(expected, r[0] + "/0/" + (r[1] == null ? "" : r[1]), (String) r[0], (Boolean) r[2], ((Number) r[3]).intValue());
            }
            for (Object o : em.createNativeQuery("SELECT UNIT_CODE, BIRTH_YEAR, CATEGORY, ELDERS, ALONE, UNIT_PATH FROM ELDERCARE_ELDER_COUNT").getResultList()) {
                Object[] r = (Object[]) o;
                kept.put(r[0] + "/" + r[1] + "/" + r[2], List.of(((Number) r[3]).intValue(), ((Number) r[4]).intValue(), r[5]));
            }
            return null;
        });
        expected.replaceAll((k, v) -> List.of(v.get(0), v.get(1), units.find(k.substring(0, k.indexOf('/'))).orElseThrow().path()));
        assertEquals(expected, kept);
        assertTrue(kept.size() > 4);
    }

    private static void add(Map<String, List<Object>> counts, String key, String unit, boolean alone, int n) {
        List<Object> before = counts.getOrDefault(key, List.of(0, 0, unit));
        counts.put(key, List.of((Integer) before.get(0) + n, (Integer) before.get(1) + (alone ? n : 0), unit));
    }
}
