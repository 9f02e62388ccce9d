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
    void booleanColumnsCompareWithTrueAndFalseInQueries() throws Exception {
        try (Database db = open(freshDatabase())) {
            db.transaction(em -> {
                for (int i = 1; i <= 5; i++) {
                    SampleRecord record = new SampleRecord("独居老人 " + i, i <= 3 ? "320508002001" : "320508001001", null);
                    record.setUrgent(i % 2 == 1);
                    em.persist(record);
                }
                return null;
            });
            // literals in JPQL (EclipseLink writes them into the SQL): Derby wants TRUE/FALSE for a BOOLEAN column
            assertEquals(3L, db.read(em -> em.createQuery("select count(s) from SampleRecord s where s.urgent = true", Long.class)
                    .getSingleResult()));
            assertEquals(2L, db.read(em -> em.createQuery("select count(s) from SampleRecord s where s.urgent = false", Long.class)
                    .getSingleResult()));
            // inside CASE, grouped: urgent ones per unit
            List<Object[]> perUnit = db.read(em -> em.createQuery("select s.unitCode, sum(case when s.urgent = true then 1 else 0 end), "
                    + "count(s) from SampleRecord s group by s.unitCode order by s.unitCode", Object[].class).getResultList());
            assertEquals(2, perUnit.size());
            assertEquals("320508001001", perUnit.get(0)[0]);
            assertEquals(1L, ((Number) perUnit.get(0)[1]).longValue());
            assertEquals(2L, ((Number) perUnit.get(1)[1]).longValue());
            // the criteria API and a bound parameter
            assertEquals(3L, db.read(em -> {
                jakarta.persistence.criteria.CriteriaBuilder cb = em.getCriteriaBuilder();
                jakarta.persistence.criteria.CriteriaQuery<Long> q = cb.createQuery(Long.class);
                jakarta.persistence.criteria.Root<SampleRecord> s = q.from(SampleRecord.class);
                q.select(cb.count(s)).where(cb.isTrue(s.get("urgent")));
                return em.createQuery(q).getSingleResult();
            }));
            assertEquals(2L, db.read(em -> em.createQuery("select count(s) from SampleRecord s where s.urgent = :u", Long.class)
                    .setParameter("u", false).getSingleResult()));
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

    @Test
    void aCheckpointRevealsARewriteThatRecomputedTheWholeChain() throws Exception {
        try (Database db = open(freshDatabase())) {
            for (int i = 0; i < 6; i++) {
                String name = "记录 " + i;
                db.transaction(em -> {
                    em.persist(new SampleRecord(name, "U", LocalDate.of(2021, 6, 15)));
                    return null;
                });
            }
            String installation = db.installationId();
            assertEquals(36, installation.length(), installation);
            assertEquals(installation, db.installationId(), "made once, then kept");
            assertTrue(db.lastAuditCheckpoint().isEmpty(), "no checkpoint taken yet");
            org.jiedao.core.persistence.AuditCheckpoint first = db.takeAuditCheckpoint();
            assertEquals(6L, first.seq());
            assertEquals(lastHash(db, 6), first.hash());
            assertEquals(installation, first.installationId());
            assertEquals(java.util.Optional.of(first), db.lastAuditCheckpoint());
            assertEquals(first, org.jiedao.core.persistence.AuditCheckpoint.parse(first.format()));
            for (int i = 6; i < 8; i++) {
                String name = "记录 " + i;
                db.transaction(em -> {
                    em.persist(new SampleRecord(name, "U", LocalDate.of(2021, 6, 15)));
                    return null;
                });
            }
            org.jiedao.core.persistence.AuditCheckpoint second = db.takeAuditCheckpoint();
            assertEquals(8L, second.seq());
            java.util.Map<Long, String> kept = java.util.Map.of(6L, first.hash(), 8L, second.hash());
            assertTrue(db.verifyAudit(kept).intact(), db.verifyAudit(kept).toString());

            // someone with the owner's rights changes record 5's user and recomputes the chain after it, and its head,
            // with the very formula Jiedao uses
            rewriteUser(db, 5, "someone-else");
            assertTrue(db.verifyAudit().intact(), "the chain's own checks cannot see the rewrite: " + db.verifyAudit());
            org.jiedao.core.persistence.AuditVerification caught = db.verifyAudit(kept);
            assertFalse(caught.intact());
            assertEquals("checkpoint", caught.reason());
            assertEquals(6L, caught.firstBroken().getAsLong(), "the first checkpoint's record: " + caught);
            // only the later checkpoint: caught there
            assertEquals(8L, db.verifyAudit(java.util.Map.of(8L, second.hash())).firstBroken().getAsLong());

            // records removed at the end (and the head moved back): a checkpoint beyond the end says so
            execute(db, "DELETE FROM JD_AUDIT WHERE SEQ > 6");
            execute(db, "UPDATE JD_AUDIT_HEAD SET LAST_SEQ = 6, LAST_HASH = '" + lastHash(db, 6) + "' WHERE ID = 1");
            assertTrue(db.verifyAudit().intact());
            org.jiedao.core.persistence.AuditVerification cut = db.verifyAudit(java.util.Map.of(8L, second.hash()));
            assertEquals("checkpoint-missing", cut.reason());
            assertEquals(8L, cut.firstBroken().getAsLong());
        }
    }

    /** What an attacker holding the owner's rights does: edit one record, recompute every hash after it and the head. */
    private static void rewriteUser(Database db, long seq, String user) throws java.sql.SQLException {
        try (java.sql.Connection c = db.dataSource().getConnection()) {
            List<Object[]> rows = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT SEQ, AT_UTC, USERNAME, ENTITY, ENTITY_ID, ACTION, "
                    + "CHANGES_TEXT, PREV_HASH FROM JD_AUDIT WHERE SEQ >= ? ORDER BY SEQ")) {
                s.setLong(1, seq);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] { rs.getLong(1), rs.getTimestamp(2).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8) });
                    }
                }
            }
            String previous = (String) rows.get(0)[7];
            try (java.sql.PreparedStatement update = c.prepareStatement(
                    "UPDATE JD_AUDIT SET USERNAME = ?, PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
                for (Object[] row : rows) {
                    long at = (Long) row[0];
                    String who = at == seq ? user : (String) row[2];
                    String hash = org.jiedao.persistence.internal.AuditTrail.hash(at, (java.time.LocalDateTime) row[1], who,
                            (String) row[3], (String) row[4], (String) row[5], (String) row[6], previous);
                    update.setString(1, who);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, at);
                    update.executeUpdate();
                    previous = hash;
                }
            }
            try (java.sql.PreparedStatement head = c.prepareStatement("UPDATE JD_AUDIT_HEAD SET LAST_HASH = ? WHERE ID = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** 1,200 rows in one transaction, flushed by the thousand, and then two changes of single rows. */
    private static long[] auditedImport(Database db) {
        Long first = db.transaction(em -> {
            Long id = null;
            for (int i = 0; i < 1_200; i++) {
                SampleRecord r = new SampleRecord("导入 " + i, "U" + (i % 3), LocalDate.of(2021, 3, 1));
                em.persist(r);
                if (i % 1000 == 999) {
                    em.flush();
                    em.clear();
                }
                if (i == 0) {
                    em.flush();
                    id = r.getId();
                }
            }
            return id;
        });
        db.transaction(em -> {
            em.find(SampleRecord.class, first).setName("已改");
            return null;
        });
        db.transaction(em -> {
            em.remove(em.find(SampleRecord.class, first + 1));
            return null;
        });
        return new long[] { first };
    }

    @Test
    void personalDataIsAuditedAsChangedWithoutItsValue() throws Exception {
        try (Database db = open(freshDatabase())) {
            Long id = db.transaction(em -> {
                SampleRecord r = new SampleRecord("来信", "320507001005", LocalDate.of(2021, 6, 15));
                r.setPhone("13686926984");
                em.persist(r);
                em.flush();
                return r.getId();
            });
            db.transaction(em -> {
                em.find(SampleRecord.class, id).setPhone("13912345678");
                return null;
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
            assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "DELETE"), rows.stream().map(r -> r[1]).toList());
            for (String[] row : rows) {
                assertFalse(row[3].contains("13686926984") || row[3].contains("13912345678") || row[3].contains("6984"), row[3]);
            }
            assertTrue(rows.get(0)[3].contains("\"phone\":[null,\"(personal data)\"]"), rows.get(0)[3]);
            assertTrue(rows.get(1)[3].contains("\"phone\":[\"(personal data)\",\"(personal data)\"]"), "recorded as changed: " + rows.get(1)[3]);
            assertFalse(rows.get(2)[3].contains("phone"), "an unchanged personal field is not mentioned: " + rows.get(2)[3]);
            assertTrue(rows.get(2)[3].contains("\"name\":[\"来信\",\"已回复\"]"), "other fields as before: " + rows.get(2)[3]);
            assertTrue(rows.get(3)[3].contains("\"phone\":[\"(personal data)\",null]"), rows.get(3)[3]);
            assertTrue(db.verifyAudit().intact());
        }
    }

    @Test
    void changesWrittenTogetherShareARecordAndAreStillListedOneByOne() throws Exception {
        try (Database db = open(freshDatabase())) {
            long first = auditedImport(db)[0];
            List<String[]> rows = auditRows(db);
            // the first row flushed alone, 999 (in records of at most 500) and 200 together (one user), the update and the delete alone
            assertEquals(List.of("CREATE", "BATCH", "BATCH", "BATCH", "UPDATE", "DELETE"), rows.stream().map(r -> r[1]).toList(),
                    rows.stream().map(r -> r[1] + " " + r[2] + " " + r[3].substring(0, Math.min(80, r[3].length()))).toList().toString());
            assertEquals(List.of("*", "500"), List.of(rows.get(1)[0], rows.get(1)[2]));
            assertEquals(List.of("499", "200"), List.of(rows.get(2)[2], rows.get(3)[2]));
            assertEquals(500, rows.get(1)[3].split("\n").length);
            assertTrue(rows.get(1)[3].startsWith("[\"SampleRecord\",\""), rows.get(1)[3]);
            assertTrue(db.verifyAudit().intact());
            assertEquals(6, db.verifyAudit().records());

            List<org.jiedao.core.persistence.AuditRecord> listed = db.auditRecords(null, null, null, null, 10_000);
            assertEquals(1_202, listed.size(), "each change listed once");
            assertEquals("DELETE", listed.get(0).action());
            assertEquals(String.valueOf(first + 1), listed.get(0).entityId());
            assertEquals(6, listed.get(0).seq());
            assertEquals("UPDATE", listed.get(1).action());
            assertTrue(listed.get(1).changes().contains("\"name\":[\"导入 0\",\"已改\"]"), listed.get(1).changes());
            // the changes of a batch, newest first, each with the batch's sequence number, entity, id, action and fields
            assertEquals(List.of(4L, 200L), List.of(listed.get(2).seq(), listed.stream().filter(r -> r.seq() == 4).count()));
            java.util.regex.Pattern created = java.util.regex.Pattern.compile("^\\{\"name\":\\[null,\"导入 (\\d+)\"\\],.*\\}$");
            java.util.Set<Integer> names = new java.util.TreeSet<>();
            for (org.jiedao.core.persistence.AuditRecord r : listed.subList(2, listed.size())) {
                assertEquals(List.of("SampleRecord", "CREATE"), List.of(r.entity(), r.action()));
                java.util.regex.Matcher m = created.matcher(r.changes());
                assertTrue(m.matches(), r.changes());
                assertTrue(names.add(Integer.valueOf(m.group(1))), "listed twice: " + r);
                assertTrue(r.entityId().matches("\\d+"), r.entityId());
            }
            assertEquals(1_200, names.size());
            assertEquals(1_199, ((java.util.TreeSet<Integer>) names).last());
            assertEquals(1_202, db.auditRecords(null, "Sample", null, null, 10_000).size(), "entity filter over batch records");
            assertEquals(0, db.auditRecords(null, "OrgUnit", null, null, 10_000).size());
            assertEquals(7, db.auditRecords(null, null, null, null, 7).size(), "at most max changes");
        }
    }

    @Test
    void verifyFindsAnEditedRecordInsideABatchAndAnEditedSingleRecord() throws Exception {
        try (Database db = open(freshDatabase())) {
            auditedImport(db);
            assertBroken(db, edit(db, "CHANGES_GZ", "导入 500\"", "导入 501\""), "content");
        }
        try (Database db = open(freshDatabase())) {
            auditedImport(db);
            assertEquals(5, edit(db, "CHANGES_TEXT", "已改", "未改"));
            assertBroken(db, 5, "content");
        }
        try (Database db = open(freshDatabase())) {
            // a second text next to the checked one would be shown by nothing that verifies it
            auditedImport(db);
            try (java.sql.Connection c = db.dataSource().getConnection();
                    java.sql.PreparedStatement s = c.prepareStatement("UPDATE JD_AUDIT SET CHANGES = ? WHERE SEQ = 6")) {
                s.setString(1, "{\"name\":[\"别的\",null]}");
                s.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            assertBroken(db, 6, "content");
        }
    }

    @Test
    void verifyFindsADeletedRecord() throws Exception {
        try (Database db = open(freshDatabase())) {
            auditedImport(db);
            execute(db, "DELETE FROM JD_AUDIT WHERE SEQ = 3");
            assertBroken(db, 3, "missing");
        }
        try (Database db = open(freshDatabase())) {
            // the newest record: the chain's head still names it
            auditedImport(db);
            execute(db, "DELETE FROM JD_AUDIT WHERE SEQ = 6");
            assertBroken(db, 6, "end");
        }
    }

    @Test
    void verifyFindsAnInsertedRecord() throws Exception {
        try (Database db = open(freshDatabase())) {
            // appended after the last record, correctly linked and hashed by the public formula
            auditedImport(db);
            forge(db, 7, lastHash(db, 6));
            assertBroken(db, 6, "end");
        }
        try (Database db = open(freshDatabase())) {
            // slipped in between: the records after it renumbered, the new one linked and hashed
            auditedImport(db);
            for (int seq = 6; seq >= 3; seq--) {
                execute(db, "UPDATE JD_AUDIT SET SEQ = " + (seq + 1) + " WHERE SEQ = " + seq);
            }
            forge(db, 3, lastHash(db, 2));
            assertBroken(db, 4, "link");
        }
    }

    @Test
    void recordsWrittenBeforeTheShortTextColumnStillVerifyAndNewOnesChainOnThem() throws Exception {
        DatabaseSettings settings = freshDatabase();
        try (Database db = open(settings)) {
            auditedImport(db);
            // back to the released schema: every text in the CLOB CHANGES, no CHANGES_TEXT or CHANGES_GZ, their migration not applied
            List<String[]> rows = auditRows(db);
            assertEquals(6, rows.size());
            try (java.sql.Connection c = db.dataSource().getConnection();
                    java.sql.PreparedStatement s = c.prepareStatement("UPDATE JD_AUDIT SET CHANGES = ? WHERE SEQ = ?")) {
                for (int i = 0; i < rows.size(); i++) {
                    s.setString(1, rows.get(i)[3]);
                    s.setLong(2, i + 1);
                    s.executeUpdate();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            execute(db, "ALTER TABLE JD_AUDIT DROP COLUMN CHANGES_GZ");
            execute(db, "ALTER TABLE JD_AUDIT DROP COLUMN CHANGES_TEXT");
            execute(db, "DELETE FROM DBCLORGJIEDAOPLATFORMLOG WHERE ID = 'platform-003-audit-short-text'");
            // the released schema had no fingerprints of its changelogs either: the next start checks them all
            execute(db, "DROP TABLE JD_SCHEMA_FINGERPRINT");
        }
        try (Database db = open(settings)) {
            assertEquals(0, auditRows(db).stream().filter(r -> r[3] == null).count(), "the migration kept every text");
            assertTrue(db.verifyAudit().intact(), db.verifyAudit().toString());
            db.transaction(em -> {
                em.persist(new SampleRecord("迁移之后", "U1", LocalDate.of(2021, 4, 1)));
                return null;
            });
            org.jiedao.core.persistence.AuditVerification after = db.verifyAudit();
            assertTrue(after.intact(), after.toString());
            assertEquals(7, after.records());
            assertEquals(1_203, db.auditRecords(null, null, null, null, 10_000).size());
            execute(db, "UPDATE JD_AUDIT SET USERNAME = 'someone-else' WHERE SEQ = 1");
            assertBroken(db, 1, "content");
        }
    }

    /** Replaces a piece of a record's change text, as someone with the database's password could; the record's number. */
    private static long edit(Database db, String column, String from, String to) throws java.sql.SQLException {
        boolean gz = column.endsWith("_GZ");
        long seq = -1;
        String text = null;
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT SEQ, " + column + " FROM JD_AUDIT ORDER BY SEQ")) {
            while (seq < 0 && rs.next()) {
                text = gz ? (rs.getBytes(2) == null ? null : gunzip(rs.getBytes(2))) : rs.getString(2);
                seq = text != null && text.contains(from) ? rs.getLong(1) : -1;
            }
        }
        assertTrue(seq > 0, "no record holds " + from);
        try (java.sql.Connection c = db.dataSource().getConnection();
                java.sql.PreparedStatement s = c.prepareStatement("UPDATE JD_AUDIT SET " + column + " = ? WHERE SEQ = ?")) {
            if (gz) {
                s.setBytes(1, gzip(text.replace(from, to)));
            } else {
                s.setString(1, text.replace(from, to));
            }
            s.setLong(2, seq);
            assertEquals(1, s.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return seq;
    }

    private static String gunzip(byte[] bytes) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertBroken(Database db, long seq, String reason) {
        org.jiedao.core.persistence.AuditVerification result = db.verifyAudit();
        assertFalse(result.intact(), "tampering not found");
        assertEquals(seq, result.firstBroken().getAsLong(), result.toString());
        assertEquals(reason, result.reason());
    }

    private static String lastHash(Database db, long seq) throws java.sql.SQLException {
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT HASH FROM JD_AUDIT WHERE SEQ = " + seq)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    /** Inserts a record as someone who knows the (public) hash formula would. */
    private static void forge(Database db, long seq, String previous) throws Exception {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2021, 5, 1, 9, 30);
        String changes = "{\"name\":[null,\"伪造\"]}";
        String canonical = String.join("\n", Long.toString(seq), at.toString(), "admin", "SampleRecord", "1", "CREATE", changes,
                previous);
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO JD_AUDIT (SEQ, AT_UTC, USERNAME, ENTITY, ENTITY_ID, ACTION, CHANGES_TEXT, PREV_HASH, HASH) "
                        + "VALUES (?, ?, 'admin', 'SampleRecord', '1', 'CREATE', ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setTimestamp(2, java.sql.Timestamp.valueOf(at));
            s.setString(3, changes);
            s.setString(4, previous);
            s.setString(5, hash);
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        // forged correctly: the record itself verifies, only its place in the chain does not
        assertEquals(hash, lastHash(db, seq));
    }

    private static List<String[]> auditRows(Database db) throws java.sql.SQLException {
        List<String[]> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(
                        "SELECT ENTITY, ACTION, ENTITY_ID, CHANGES_TEXT, CHANGES_GZ, CHANGES FROM JD_AUDIT ORDER BY SEQ")) {
            while (rs.next()) {
                String text = rs.getString(4) != null ? rs.getString(4) : rs.getBytes(5) != null ? gunzip(rs.getBytes(5)) : rs.getString(6);
                rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), text });
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
