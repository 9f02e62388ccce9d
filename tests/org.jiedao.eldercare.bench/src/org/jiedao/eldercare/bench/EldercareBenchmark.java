package org.jiedao.eldercare.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.ui.internal.ElderRegistryPart;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Bench;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue 16 benchmark, a city of 300,000 elders in 2,000 communities (20 streets of 100) in embedded
 * Derby under Xvfb, signed in as the district's administrator and as a community worker: the registry
 * part's first screen (part created to the first paint with data) and its filters; the ageing statistics
 * of every community; pair suggestions for a community of 2,000 elders; and an import of 100,000 elders
 * (ID checks, registered numbers looked up) next to a plain JDBC batch of the same rows into the same
 * database, with the heap used during the import. Medians of five runs after a first one reported alone.
 * A measurement: it asserts nothing about speed.
 * <p>
 * The 300,000 elders are a <b>fixture</b> written with a plain JDBC batch (valid ID numbers, ages 60 to
 * 100, one in six living alone); community 1 has 2,000 of them, the others about 149 each.
 */
class EldercareBenchmark {

    private static final int ELDERS = Integer.getInteger("jiedao.bench.elders", 300_000);
    private static final int IMPORT = Integer.getInteger("jiedao.bench.import", 100_000);
    private static final int STREETS = 20;
    private static final int PER_STREET = 100;
    private static final int COMMUNITIES = STREETS * PER_STREET;
    private static final int BIG = 2_000;
    private static final int RUNS = 5;
    private static final long FIRST_ID = 200_000_000L;
    private static final String PASSWORD = "Bench-Eldercare-2026!";
    private static final String[] CATEGORIES = { null, null, null, "低保", "特困", "失能", "独居", "空巢" };
    private static final String[] SURNAMES = { "张", "王", "李", "赵", "陈", "刘", "周", "吴" };
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    @Test
    void registryStatisticsPairsAndImportOfACity() throws Exception {
        PersistenceService persistence = Services.await(PersistenceService.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ElderRegistry registry = Services.await(ElderRegistry.class);
        security.signOut();
        long t = System.nanoTime();
        if (units.find("EB").isEmpty()) {
            units.create("EB", "基准市区", OrgLevel.DISTRICT, null);
            for (int s = 0; s < STREETS; s++) {
                units.create(street(s), "基准街道" + (s + 1), OrgLevel.STREET, "EB");
                for (int c = 0; c < PER_STREET; c++) {
                    units.create(community(s * PER_STREET + c), "基准社区" + (s * PER_STREET + c + 1), OrgLevel.COMMUNITY, street(s));
                }
            }
            security.createUser("bench-admin", "区管理员", Role.DISTRICT_ADMIN, "EB", PASSWORD.toCharArray());
            security.createUser("bench-worker", "社区工作者", Role.COMMUNITY_WORKER, community(7), PASSWORD.toCharArray());
        }
        double orgSeconds = Bench.millisSince(t) / 1000;
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES; c++) {
            paths.add(units.find(community(c)).map(OrgUnit::path).orElseThrow());
        }
        t = System.nanoTime();
        fixture(persistence, paths);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "eldercare: %,d elders in %,d communities (organisation %.1f s; fixture: plain JDBC batch, %.1f s), load average at start %.1f, %d cores%n",
                ELDERS, COMMUNITIES, orgSeconds, Bench.millisSince(t) / 1000, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));

        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 1250, 800);
        shell.open();
        for (String user : List.of("bench-admin", "bench-worker")) {
            security.signOut();
            security.signIn(user, PASSWORD.toCharArray());
            long inScope = registry.count(ElderQuery.all());
            double[] first = new double[RUNS + 1];
            Registry part = null;
            for (int i = 0; i < first.length; i++) {
                if (part != null) {
                    part.dispose();
                }
                long start = System.nanoTime();
                part = new Registry(shell, registry, units, security);
                Registry shown = part;
                SwtDriver.spin(display, () -> shown.painted(inScope));
                first[i] = Bench.millisSince(start);
            }
            report.append(Bench.line(String.format(Locale.ROOT, "registry first screen, %s (%,d in scope)", user, inScope),
                    Arrays.copyOfRange(first, 1, first.length)));
            report.append(String.format(Locale.ROOT, "  (the first opening after the start: %.0f ms)%n", first[0]));
            Bench.write(report);
            if (user.equals("bench-admin")) {
                report.append(Bench.line("  service: count, all", measure(() -> registry.count(ElderQuery.all()))));
                report.append(Bench.line("  service: first page (200), all", measure(() -> registry.list(ElderQuery.all(), 0, 200))));
                OrgUnit big = units.find(community(0)).orElseThrow();
                report.append(Bench.line("filter community (2,000 elders)", part.measure(display, big, null, false)));
                report.append(Bench.line("filter 80+", part.measure(display, null, "80+", false)));
                report.append(Bench.line("filter living alone", part.measure(display, null, null, true)));
                report.append(Bench.line("filter 80+ living alone", part.measure(display, null, "80+", true)));
                report.append(Bench.line("filter 90+ living alone in a community", part.measure(display, big, "90+", true)));
                Bench.write(report);
                report.append(Bench.line("  service: count, 80+ living alone", measure(() -> registry.count(new ElderQuery(null, 80, 0, null, true, null)))));
                report.append(Bench.line("  service: first page, 80+ living alone",
                        measure(() -> registry.list(new ElderQuery(null, 80, 0, null, true, null), 0, 200))));
                report.append(Bench.line("  service: count, category 低保", measure(() -> registry.count(new ElderQuery(null, 0, 0, "低保", false, null)))));
                report.append(Bench.line("  service: first page, category 低保",
                        measure(() -> registry.list(new ElderQuery(null, 0, 0, "低保", false, null), 0, 200))));
                report.append(Bench.line("  service: count, 80+", measure(() -> registry.count(new ElderQuery(null, 80, 0, null, false, null)))));
                List<AgeingStats> stats = registry.stats(null, TODAY.getYear(), TODAY);
                report.append(Bench.line("ageing statistics, every community (" + stats.size() + " rows)",
                        measure(() -> registry.stats(null, TODAY.getYear(), TODAY))));
                MutualAid aid = Services.await(MutualAid.class);
                int suggestions = aid.suggest(community(0), TODAY).size();
                report.append(Bench.line("pair suggestions, a community of 2,000 elders (" + suggestions + " suggestions)",
                        measure(() -> aid.suggest(community(0), TODAY))));
            } else {
                report.append(Bench.line("filter 80+ (own community)", part.measure(display, null, "80+", false)));
            }
            part.dispose();
        }
        shell.dispose();
        System.out.print(report);
        Bench.write(report);
        if (IMPORT > 0) {
            report.append(importAndJdbc(persistence, security));
            Bench.write(report);
        }
    }

    private static double[] measure(Supplier<Object> call) {
        call.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = Bench.millisSince(start);
        }
        return ms;
    }

    /** 100,000 new elders through the exchange service (csv, ID checks, one transaction, audit trail), then the same rows by plain JDBC. */
    private String importAndJdbc(PersistenceService persistence, SecurityService security) throws Exception {
        security.signOut();
        security.signIn("bench-admin", PASSWORD.toCharArray());
        Path file = dir.resolve("elders.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id_number,name,community,building,unit,floor,phone,living_alone,category,needs,contact_name,contact_phone\n");
            for (int k = 0; k < IMPORT; k++) {
                int i = ELDERS + k;
                String category = CATEGORIES[i % CATEGORIES.length];
                out.write(number(i) + "," + SURNAMES[i % 8] + "某" + "," + community(k % COMMUNITIES) + "," + (1 + k / 24 % 30) + "," + (1 + k % 4) + ","
                        + (1 + k % 6) + ",139" + String.format("%08d", i) + "," + (i % 6 == 0 ? "是" : "否") + "," + (category == null ? "" : category)
                        + ",助餐," + SURNAMES[(i + 3) % 8] + "某,138" + String.format("%08d", i) + "\n");
            }
        }
        ExchangeService exchange = Services.await(ExchangeService.class);
        System.gc();
        long heapBefore = used();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        long[] t0 = { System.nanoTime() };
        // the heap at each 10,000 rows read (validation) and written: used, and the old generation after its last collection
        List<String> heap = new ArrayList<>();
        NullProgressMonitor progress = new NullProgressMonitor() {
            int calls;

            @Override
            public void subTask(String name) {
                if (name != null && name.matches("^\\D*\\d*0000\\D.*") || calls++ == 0) {
                    heap.add(String.format(Locale.ROOT, "  %5.1f s  %-40s heap used %4d MB, old generation after its last collection %4d MB%n",
                            Bench.millisSince(t0[0]) / 1000, name, used() >> 20, oldAfterGc() >> 20));
                }
            }
        };
        t0[0] = System.nanoTime();
        ImportResult result = exchange.importFile("eldercare-elders", file, ImportOptions.defaults(), progress);
        double imported = Bench.millisSince(t0[0]) / 1000;
        sampler.interrupt();
        sampler.join();
        if (result.rowsWritten() != IMPORT) {
            throw new AssertionError("import failed: " + result.status() + " " + result.problems().stream().limit(5).toList());
        }
        security.signOut();
        List<String> paths = new ArrayList<>();
        OrgUnitService units = Services.await(OrgUnitService.class);
        for (int c = 0; c < COMMUNITIES; c++) {
            paths.add(units.find(community(c)).map(OrgUnit::path).orElseThrow());
        }
        long t1 = System.nanoTime();
        jdbcBatch(persistence, paths, FIRST_ID + ELDERS + IMPORT, ELDERS + IMPORT, IMPORT, true);
        double jdbc = Bench.millisSince(t1) / 1000;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "import %,d elders (csv, ID checks, registered numbers looked up, one transaction, audit trail): %.1f s, %.0f rows/s%n",
                IMPORT, imported, IMPORT / imported));
        out.append(String.format(Locale.ROOT, "  heap used: %d MB before, at most %d MB during the import (-Xmx1g)%n", heapBefore >> 20, peak.get() >> 20));
        heap.forEach(out::append);
        out.append(String.format(Locale.ROOT, "plain JDBC batch, %,d elder rows, same Derby: %.1f s, %.0f rows/s%n", IMPORT, jdbc, IMPORT / jdbc));
        out.append(String.format(Locale.ROOT, "import rate / JDBC rate: %.2f (goal 0.50)%n", jdbc / imported));
        out.append(String.format(Locale.ROOT, "load average at end %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return out.toString();
    }

    /** @return the old generation's use after its last collection (0 if the collector does not say) */
    private static long oldAfterGc() {
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                java.lang.management.MemoryUsage u = pool.getCollectionUsage();
                return u == null ? 0 : u.getUsed();
            }
        }
        return 0;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String street(int s) {
        return String.format("EB-%02d", s + 1);
    }

    private static String community(int c) {
        return String.format("EB-%02d-%03d", c / PER_STREET + 1, c % PER_STREET + 1);
    }

    /** Community of fixture elder {@code i}: the first 2,000 in community 1, the rest spread over the others. */
    private static int communityOf(int i) {
        return i < BIG ? 0 : 1 + (i - BIG) % (COMMUNITIES - 1);
    }

    /** The valid, distinct ID number of elder {@code i}: born 60 to 100 years ago, a sequence number per birthday. */
    static String number(int i) {
        LocalDate birth = birth(i);
        String first17 = "320508" + birth.toString().replace("-", "") + String.format("%03d", i / 14_600);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Ages 60 to 100 spread over every community: day {@code i * 7919 mod 14,600} back from 60 (a bijection within each block of 14,600). */
    private static LocalDate birth(int i) {
        return TODAY.minusYears(60).minusDays(1 + (long) (i % 14_600) * 7_919 % 14_600);
    }

    /** The fixture: {@link #ELDERS} elders, their populations, Derby's index statistics (unless the database holds them already). */
    private static void fixture(PersistenceService persistence, List<String> paths) {
        long present = persistence.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ELDERCARE_ELDER WHERE ID >= " + FIRST_ID
                + " AND ID < " + (FIRST_ID + ELDERS)).getSingleResult()).longValue());
        persistence.transaction(em -> em.createNativeQuery(present == ELDERS ? "DELETE FROM ELDERCARE_ELDER WHERE ID < " + FIRST_ID + " OR ID >= "
                + (FIRST_ID + ELDERS) : "DELETE FROM ELDERCARE_ELDER").executeUpdate());
        if (present != ELDERS) {
            for (int from = 0; from < ELDERS; from += 50_000) {
                jdbcBatch(persistence, paths, FIRST_ID + from, from, Math.min(50_000, ELDERS - from), false);
            }
            persistence.transaction(em -> {
                em.createNativeQuery("DELETE FROM ELDERCARE_POPULATION").executeUpdate();
                Connection connection = em.unwrap(Connection.class);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ELDERCARE_POPULATION (ID, VERSION, YEAR_NO, POPULATION, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?)")) {
                    for (int c = 0; c < COMMUNITIES; c++) {
                        insert.setLong(1, FIRST_ID + c);
                        insert.setInt(2, TODAY.getYear());
                        insert.setInt(3, c == 0 ? 7_700 : 580);
                        insert.setString(4, community(c));
                        insert.setString(5, paths.get(c));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        // the kept counts of the fixture's elders, as the migration fills them from the elders there are
        persistence.transaction(em -> {
            em.createNativeQuery("DELETE FROM ELDERCARE_ELDER_COUNT").executeUpdate();
            em.createNativeQuery("INSERT INTO ELDERCARE_ELDER_COUNT (UNIT_CODE, BIRTH_YEAR, CATEGORY, ELDERS, ALONE, UNIT_PATH) SELECT UNIT_CODE, Y, '*', "
                    + "COUNT(*), SUM(A), MIN(UNIT_PATH) FROM (SELECT UNIT_CODE, YEAR(BIRTH_DATE) AS Y, CASE WHEN LIVING_ALONE THEN 1 ELSE 0 END AS A, "
                    + "UNIT_PATH FROM ELDERCARE_ELDER) E GROUP BY UNIT_CODE, Y").executeUpdate();
            em.createNativeQuery("INSERT INTO ELDERCARE_ELDER_COUNT (UNIT_CODE, BIRTH_YEAR, CATEGORY, ELDERS, ALONE, UNIT_PATH) SELECT UNIT_CODE, 0, C, "
                    + "COUNT(*), SUM(A), MIN(UNIT_PATH) FROM (SELECT UNIT_CODE, COALESCE(CATEGORY, '') AS C, CASE WHEN LIVING_ALONE THEN 1 ELSE 0 END "
                    + "AS A, UNIT_PATH FROM ELDERCARE_ELDER) E GROUP BY UNIT_CODE, C").executeUpdate();
            return null;
        });
        for (String table : List.of("ELDERCARE_ELDER", "ELDERCARE_ELDER_COUNT")) {
            persistence.transaction(em -> em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, '" + table + "', NULL)")
                    .executeUpdate());
        }
    }

    /**
     * Inserts elders {@code first} .. {@code first + n - 1} (ids from {@code firstId}) with a plain JDBC batch in one transaction: as
     * the fixture, or as the import's comparison (the same columns, the ID key computed as the module does).
     */
    private static void jdbcBatch(PersistenceService persistence, List<String> paths, long firstId, int first, int n, boolean importRows) {
        persistence.transaction(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ELDERCARE_ELDER (ID, VERSION, ID_NUMBER, ID_KEY, NAME, SEX, "
                    + "BIRTH_DATE, BUILDING, STAIR, FLOOR_NO, PHONE, LIVING_ALONE, CATEGORY, NEEDS, CONTACT_NAME, CONTACT_PHONE, UNIT_CODE, UNIT_PATH) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int k = 0; k < n; k++) {
                    int i = first + k;
                    int c = importRows ? k % COMMUNITIES : communityOf(i);
                    String number = number(i);
                    insert.setLong(1, firstId + k);
                    insert.setString(2, number);
                    insert.setString(3, HexFormat.of().formatHex(sha.digest(number.getBytes(StandardCharsets.US_ASCII))));
                    insert.setString(4, SURNAMES[i % 8] + "某");
                    insert.setString(5, (number.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                    insert.setDate(6, Date.valueOf(birth(i)));
                    insert.setString(7, String.valueOf(1 + k / 24 % 30));
                    insert.setString(8, String.valueOf(1 + k % 4));
                    insert.setString(9, String.valueOf(1 + k % 6));
                    insert.setString(10, "139" + String.format("%08d", i));
                    insert.setBoolean(11, i % 6 == 0);
                    insert.setString(12, CATEGORIES[i % CATEGORIES.length]);
                    insert.setString(13, "助餐");
                    insert.setString(14, SURNAMES[(i + 3) % 8] + "某");
                    insert.setString(15, "138" + String.format("%08d", i));
                    insert.setString(16, community(c));
                    insert.setString(17, paths.get(c));
                    insert.addBatch();
                    if (k % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** The registry part in the shell, and what a paint with data looks like. */
    private static final class Registry {
        final Composite composite;
        final ElderRegistryPart part;
        final RecordTable<Elder> table;
        final AtomicInteger paints = new AtomicInteger();

        Registry(Shell shell, ElderRegistry registry, OrgUnitService units, SecurityService security) {
            composite = new Composite(shell, SWT.NONE);
            part = new ElderRegistryPart(registry, units, security);
            part.create(composite);
            table = part.table();
            table.getControl().addPaintListener(e -> {
                if (table.getRowCount() > 0 && !table.isLoading()) {
                    paints.incrementAndGet();
                }
            });
            shell.layout(true, true);
        }

        boolean painted(long rows) {
            return paints.get() > 0 && table.getRowCount() == rows && !table.isLoading();
        }

        /** Sets the filters and waits for the paint with the new rows; back to no filter in between. */
        double[] measure(Display display, OrgUnit community, String band, boolean alone) {
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                int before = paints.get();
                long start = System.nanoTime();
                set(community, band, alone);
                SwtDriver.spin(display, () -> paints.get() > before && !table.isLoading());
                ms[i] = Bench.millisSince(start);
                int again = paints.get();
                set(null, null, false);
                SwtDriver.spin(display, () -> paints.get() > again && !table.isLoading());
            }
            return ms;
        }

        private void set(OrgUnit community, String band, boolean alone) {
            if (part.filters().control("community") instanceof org.eclipse.swt.widgets.Text text) {
                text.setText(community == null ? "" : community.name()); // a district's 2,000 communities: typed, not chosen
            } else {
                part.filters().select("community", community);
            }
            part.filters().select("age", band == null ? null
                    : ElderRegistryPart.BANDS.stream().filter(b -> b.label().equals(band)).findFirst().orElseThrow());
            ((Button) part.filters().control("alone")).setSelection(alone);
            part.refresh();
        }

        void dispose() {
            composite.dispose();
        }
    }
}
