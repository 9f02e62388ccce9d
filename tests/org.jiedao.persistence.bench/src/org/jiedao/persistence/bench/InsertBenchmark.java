package org.jiedao.persistence.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.jiedao.persistence.internal.Database;
import org.jiedao.persistence.internal.DatabaseSettings;
import org.jiedao.persistence.internal.EntityContribution;
import org.jiedao.persistence.internal.SchemaMigrations;
import org.jiedao.persistence.tests.SampleRecord;
import org.junit.jupiter.api.Test;

/**
 * Inserts N rows (default 1,000,000) of the sample entity through the persistence layer (batch
 * writing, audit trail on, transactions of 10,000 rows) and with a plain JDBC batch into the same
 * embedded Derby, and reports rows per second for both. A measurement, not a test: it asserts
 * nothing about speed.
 */
class InsertBenchmark {

    private static final int CHUNK = 10_000;

    @Test
    void insertRows() throws Exception {
        int rows = Integer.getInteger("jiedao.bench.rows", 1_000_000);
        Path data = Files.createTempDirectory("jiedao-bench-");
        try (Database db = Database.open(DatabaseSettings.embedded(data), EntityContribution.read(Platform.getExtensionRegistry()),
                SchemaMigrations.read(Platform.getExtensionRegistry()))) {
            long jdbcStart = System.nanoTime();
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO TST_SAMPLE (ID, NAME, UNIT_CODE, RECEIVED_ON, VERSION) VALUES (?, ?, ?, ?, 1)")) {
                    for (int i = 0; i < rows; i++) {
                        insert.setLong(1, 10_000_000_000L + i);
                        insert.setString(2, "批量 " + i);
                        insert.setString(3, "U" + (i % 7));
                        insert.setDate(4, Date.valueOf(LocalDate.of(2021, 1, 1).plusDays(i % 365)));
                        insert.addBatch();
                        if (i % 1000 == 999) {
                            insert.executeBatch();
                        }
                        if (i % CHUNK == CHUNK - 1) {
                            c.commit();
                        }
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            double jdbcSeconds = (System.nanoTime() - jdbcStart) / 1e9;

            long jpaStart = System.nanoTime();
            for (int done = 0; done < rows; done += CHUNK) {
                int from = done;
                db.transaction(em -> {
                    for (int i = from; i < Math.min(from + CHUNK, rows); i++) {
                        em.persist(new SampleRecord("批量 " + i, "U" + (i % 7), LocalDate.of(2021, 1, 1).plusDays(i % 365)));
                        if (i % 1000 == 999) {
                            em.flush();
                            em.clear();
                        }
                    }
                    return null;
                });
            }
            double jpaSeconds = (System.nanoTime() - jpaStart) / 1e9;
            boolean intact = db.verifyAudit().intact();
            String report = String.format(Locale.ROOT,
                    "rows=%d jdbc_batch: %.1f s, %.0f rows/s | persistence service (batch writing, audit on): %.1f s, %.0f rows/s"
                            + " | ratio %.2f | audit chain intact: %s%n",
                    rows, jdbcSeconds, rows / jdbcSeconds, jpaSeconds, rows / jpaSeconds, jdbcSeconds / jpaSeconds, intact);
            System.out.print(report);
            String out = System.getProperty("jiedao.bench.out");
            if (out != null) {
                Files.createDirectories(Path.of(out).getParent());
                Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
            }
        }
    }
}
