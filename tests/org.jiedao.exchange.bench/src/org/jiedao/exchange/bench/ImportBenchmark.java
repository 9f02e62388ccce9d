package org.jiedao.exchange.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Imports the corpus's 100,000-row .xlsx and .csv files through the exchange service (validation
 * pass, then one transaction with the audit trail on) as a signed-in district administrator, and
 * inserts the same 100,000 rows with a plain JDBC batch into the same embedded Derby; reports
 * rows/s, the validation pass alone and the peak heap. A measurement: it asserts nothing about speed.
 */
class ImportBenchmark {

    @TempDir
    Path dir;

    @Test
    void import100k() throws Exception {
        PersistenceService persistence = Services.await(PersistenceService.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ExchangeService exchange = Services.await(ExchangeService.class);
        units.create("X", "相城区", OrgLevel.DISTRICT, null);
        units.create("X-1", "元和街道", OrgLevel.STREET, "X");
        units.create("X-1-1", "华辰嘉园社区", OrgLevel.COMMUNITY, "X-1");
        units.create("X-1-2", "华元社区", OrgLevel.COMMUNITY, "X-1");
        security.createUser("bench", "基准测试", Role.DISTRICT_ADMIN, "X", "Jiedao-2021!".toCharArray());
        security.signIn("bench", "Jiedao-2021!".toCharArray());
        StringBuilder report = new StringBuilder();
        for (String name : new String[] { "large-100k.xlsx", "large-100k.csv" }) {
            Path file = dir.resolve(name);
            try (InputStream in = FileLocator.toFileURL(FrameworkUtil.getBundle(org.jiedao.exchange.tests.SampleKind.class)
                    .getEntry("corpus/" + name)).openStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            clear(persistence);
            resetPeaks();
            long t0 = System.nanoTime();
            ImportResult dry = exchange.importFile("test-samples", file, ImportOptions.defaults().withDryRun(true), new NullProgressMonitor());
            double validate = (System.nanoTime() - t0) / 1e9;
            long validateHeap = peakHeap();
            resetPeaks();
            long t1 = System.nanoTime();
            ImportResult result = exchange.importFile("test-samples", file, ImportOptions.defaults(), new NullProgressMonitor());
            double full = (System.nanoTime() - t1) / 1e9;
            long heap = peakHeap();
            if (result.rowsWritten() != 100_000 || dry.rowsValid() != 100_000) {
                throw new AssertionError("import failed: " + result.problems());
            }
            report.append(String.format(Locale.ROOT,
                    "%s (%.1f MB): validation only %.1f s (%.0f rows/s, peak heap %d MB) | import %.1f s (%.0f rows/s, peak heap %d MB)%n",
                    name, Files.size(file) / 1e6, validate, 100_000 / validate, validateHeap >> 20, full, 100_000 / full, heap >> 20));
        }
        // the same rows with a plain JDBC batch, in the same database
        clear(persistence);
        security.signOut();
        long t2 = System.nanoTime();
        persistence.transaction(em -> {
            Connection c = em.unwrap(Connection.class);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO TST_SAMPLE (ID, TITLE, RECEIVED_ON, AMOUNT, VISITS, KIND, "
                    + "UNIT_CODE, UNIT_PATH, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < 100_000; i++) {
                    insert.setLong(1, 50_000_000_000L + i);
                    insert.setString(2, "楼道堆放杂物，存在消防隐患（第" + (i + 1) + "件）");
                    insert.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(2021, 6, 1).plusDays(i % 180)));
                    insert.setBigDecimal(4, new java.math.BigDecimal((i % 1000) + ".5"));
                    insert.setInt(5, i % 10);
                    insert.setString(6, "REQUEST");
                    insert.setString(7, "X-1-1");
                    insert.setString(8, "/X/X-1/X-1-1/");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        double jdbc = (System.nanoTime() - t2) / 1e9;
        report.append(String.format(Locale.ROOT, "plain JDBC batch, same 100,000 rows, same Derby: %.1f s (%.0f rows/s)%n", jdbc,
                100_000 / jdbc));
        System.out.print(report);
        String out = System.getProperty("jiedao.bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
    }

    private static void clear(PersistenceService persistence) {
        persistence.transaction(em -> em.createNativeQuery("DELETE FROM TST_SAMPLE").executeUpdate());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
