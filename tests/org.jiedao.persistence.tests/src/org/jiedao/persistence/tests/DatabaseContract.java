package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.eclipse.core.runtime.Platform;
import org.jiedao.persistence.internal.Database;
import org.jiedao.persistence.internal.DatabaseSettings;
import org.jiedao.persistence.internal.EntityContribution;
import org.jiedao.persistence.internal.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * What every database Jiedao runs on must do, run against each kind by a subclass (embedded
 * Derby, a real PostgreSQL server): the same code, the same tests.
 */
abstract class DatabaseContract {

    /** Settings of a fresh, empty database for one test. */
    abstract DatabaseSettings freshDatabase() throws Exception;

    Database open(DatabaseSettings settings) {
        return Database.open(settings, EntityContribution.read(Platform.getExtensionRegistry()),
                SchemaMigrations.read(Platform.getExtensionRegistry()));
    }

    @Test
    void persistsReadsUpdatesAndDeletesAContributedEntity() throws Exception {
        try (Database db = open(freshDatabase())) {
            Long id = db.transaction(em -> {
                SampleRecord record = new SampleRecord("华辰嘉园 民意邮筒 第1封", "320507001001", LocalDate.of(2021, 6, 15));
                em.persist(record);
                em.flush();
                return record.getId();
            });
            assertNotNull(id);
            SampleRecord read = db.read(em -> em.find(SampleRecord.class, id));
            assertEquals("华辰嘉园 民意邮筒 第1封", read.getName());
            assertEquals(LocalDate.of(2021, 6, 15), read.getReceivedOn());
            long firstVersion = read.getVersion();

            db.transaction(em -> {
                em.find(SampleRecord.class, id).setName("已回复");
                return null;
            });
            SampleRecord updated = db.read(em -> em.find(SampleRecord.class, id));
            assertEquals("已回复", updated.getName());
            assertTrue(updated.getVersion() > firstVersion, "@Version increments on update");

            db.transaction(em -> {
                em.remove(em.find(SampleRecord.class, id));
                return null;
            });
            assertEquals(null, db.read(em -> em.find(SampleRecord.class, id)));
        }
    }

    @Test
    void anExceptionRollsTheWholeTransactionBack() throws Exception {
        try (Database db = open(freshDatabase())) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.transaction(em -> {
                for (int i = 0; i < 10; i++) {
                    em.persist(new SampleRecord("row " + i, "U", LocalDate.now()));
                }
                em.flush();
                throw new IllegalStateException("row 11 is invalid");
            }));
            assertEquals("row 11 is invalid", thrown.getMessage());
            assertEquals(0L, count(db));
        }
    }

    @Test
    void concurrentEditsNeverSilentlyOverwriteEachOther() throws Exception {
        try (Database db = open(freshDatabase())) {
            Long id = db.transaction(em -> {
                SampleRecord r = new SampleRecord("original", "U", LocalDate.now());
                em.persist(r);
                em.flush();
                return r.getId();
            });
            // two officers load the same record...
            SampleRecord first = db.read(em -> em.find(SampleRecord.class, id));
            SampleRecord second = db.read(em -> em.find(SampleRecord.class, id));
            first.setName("first officer");
            second.setName("second officer");
            // ...the first saves, the second's save is refused
            db.transaction(em -> em.merge(first));
            org.jiedao.core.persistence.ConcurrentChangeException conflict = assertThrows(
                    org.jiedao.core.persistence.ConcurrentChangeException.class, () -> db.transaction(em -> em.merge(second)));
            assertTrue(isOptimisticLock(conflict.getCause()), "optimistic lock conflict expected, got " + conflict.getCause());
            // EclipseLink names the record when the conflict is found on flush; on merge it may not
            conflict.id().ifPresent(found -> assertEquals(id, found));
            assertTrue(conflict.message(java.util.Locale.CHINESE).contains("重新载入"), conflict.message(java.util.Locale.CHINESE));
            assertTrue(conflict.getMessage().contains("Reload the record"), conflict.getMessage());
            assertEquals("first officer", db.read(em -> em.find(SampleRecord.class, id)).getName());
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() throws Exception {
        DatabaseSettings settings = freshDatabase();
        try (Database db = open(settings)) {
            db.transaction(em -> {
                em.persist(new SampleRecord("persisted", "U", LocalDate.now()));
                return null;
            });
        }
        try (Database db = open(settings)) {
            List<String> names = db.read(em -> em.createQuery("select s.name from SampleRecord s", String.class).getResultList());
            assertEquals(List.of("persisted"), names);
            assertTrue(db.info().entityClasses().contains(SampleRecord.class.getName()));
            assertTrue(!db.info().entityClasses().contains("org.jiedao.persistence.tests.NoSuchEntity"),
                    "a class that does not load is left out");
        }
    }

    @Test
    void batchInsertOfManyRowsInOneTransaction() throws Exception {
        try (Database db = open(freshDatabase())) {
            db.transaction(em -> {
                for (int i = 0; i < 5_000; i++) {
                    em.persist(new SampleRecord("批量 " + i, "U" + (i % 7), LocalDate.of(2021, 1, 1).plusDays(i % 365)));
                    if (i % 1000 == 999) {
                        em.flush();
                        em.clear();
                    }
                }
                return null;
            });
            assertEquals(5_000L, count(db));
            assertEquals(714L, (long) db.read(em -> em.createQuery(
                    "select count(s) from SampleRecord s where s.unitCode = 'U3'", Long.class).getSingleResult()));
        }
    }

    @Test
    void everyChangeIsAuditedInAHashChainThatRevealsTampering() throws Exception {
        try (Database db = open(freshDatabase())) {
            Long id = db.transaction(em -> {
                SampleRecord r = new SampleRecord("来信", "320507001005", LocalDate.of(2021, 6, 15));
                em.persist(r);
                em.flush();
                return r.getId();
            });
            db.transaction(em -> {
                em.find(SampleRecord.class, id).setName("已回复");
                return null;
            });
            db.transaction(em -> {
                em.remove(em.find(SampleRecord.class, id));
                return null;
            });
            List<String[]> rows = auditRows(db);
            assertEquals(3, rows.size(), rows.stream().map(r -> String.join("|", r)).toList().toString());
            assertEquals(List.of("CREATE", "UPDATE", "DELETE"), rows.stream().map(r -> r[1]).toList());
            assertTrue(rows.stream().allMatch(r -> r[0].equals("SampleRecord") && r[2].equals(String.valueOf(id))));
            assertTrue(rows.get(0)[3].contains("\"name\":[null,\"来信\"]"), rows.get(0)[3]);
            assertTrue(rows.get(1)[3].contains("\"name\":[\"来信\",\"已回复\"]"), rows.get(1)[3]);
            assertTrue(rows.get(2)[3].contains("\"name\":[\"已回复\",null]"), rows.get(2)[3]);
            assertTrue(db.verifyAudit().intact());
            assertEquals(3, db.verifyAudit().records());

            // a rolled-back change leaves no audit record
            assertThrows(IllegalStateException.class, () -> db.transaction(em -> {
                em.persist(new SampleRecord("回滚", "U", LocalDate.now()));
                em.flush();
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(3, auditRows(db).size());

            // someone edits the log behind the application's back
            execute(db, "UPDATE JD_AUDIT SET USERNAME = 'someone-else' WHERE SEQ = 2");
            org.jiedao.core.persistence.AuditVerification broken = db.verifyAudit();
            assertFalse(broken.intact());
            assertEquals(2L, broken.firstBroken().getAsLong());
        }
    }

    private static List<String[]> auditRows(Database db) throws java.sql.SQLException {
        List<String[]> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT ENTITY, ACTION, ENTITY_ID, CHANGES FROM JD_AUDIT ORDER BY SEQ")) {
            while (rs.next()) {
                rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
            }
        }
        return rows;
    }

    private static void execute(Database db, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    static long count(Database db) {
        return db.read((EntityManager em) -> em.createQuery("select count(s) from SampleRecord s", Long.class).getSingleResult());
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the JPA exception, or EclipseLink's own below a RollbackException
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
