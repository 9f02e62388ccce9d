package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Platform;
import org.jiedao.core.persistence.BackupException;
import org.jiedao.persistence.internal.Database;
import org.jiedao.persistence.internal.DatabaseSettings;
import org.jiedao.persistence.internal.DerbyBackup;
import org.jiedao.persistence.internal.EntityContribution;
import org.jiedao.persistence.internal.SchemaMigrations;
import org.junit.jupiter.api.Test;

/** Online backup while another thread keeps writing, and restore into the data folder, on embedded Derby. */
class BackupTest {

    private static Database open(DatabaseSettings settings) {
        return Database.open(settings, EntityContribution.read(Platform.getExtensionRegistry()),
                SchemaMigrations.read(Platform.getExtensionRegistry()));
    }

    private static Path temp(String prefix) throws Exception {
        return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    @Test
    void aBackupTakenMidUseRestoresToAConsistentDatabase() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(temp("jiedao-live-"));
        Path backups = temp("jiedao-backups-");
        Path backup;
        long before;
        long after;
        try (Database db = open(settings)) {
            db.transaction(em -> {
                for (int i = 0; i < 500; i++) {
                    em.persist(new SampleRecord("初始 " + i, "U", LocalDate.of(2021, 6, 15)));
                }
                return null;
            });
            before = DatabaseContract.count(db);
            // an officer keeps saving records in transactions of 10 while the backup runs
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger batches = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    db.transaction(em -> {
                        for (int i = 0; i < 10; i++) {
                            em.persist(new SampleRecord("并发 " + batches.get() + "-" + i, "W", LocalDate.now()));
                        }
                        return null;
                    });
                    batches.incrementAndGet();
                }
            });
            writer.start();
            while (batches.get() < 5) {
                Thread.sleep(10);
            }
            backup = db.backup(backups);
            stop.set(true);
            writer.join();
            after = DatabaseContract.count(db);
            assertTrue(batches.get() > 5, "the writer kept working during the backup");
        }
        assertTrue(Files.isRegularFile(backup.resolve("jiedao-backup.properties")));

        // restore into another data folder and open it: complete transactions only
        DatabaseSettings restoredSettings = DatabaseSettings.embedded(temp("jiedao-restored-"));
        assertEquals(java.util.Optional.empty(), DerbyBackup.restore(restoredSettings, backup));
        try (Database restored = open(restoredSettings)) {
            long rows = DatabaseContract.count(restored);
            assertTrue(rows >= before && rows <= after, before + " <= " + rows + " <= " + after);
            assertEquals(0, (rows - before) % 10, "no half of a transaction in the backup");
            List<Long> initial = restored.read(em -> em.createQuery(
                    "select count(s) from SampleRecord s where s.unitCode = 'U'", Long.class).getResultList());
            assertEquals(List.of(before), initial);
        }
    }

    @Test
    void restoreKeepsTheCurrentDatabaseAndRefusesWhatIsNotABackup() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(temp("jiedao-keep-"));
        Path backup;
        try (Database db = open(settings)) {
            db.transaction(em -> {
                em.persist(new SampleRecord("备份时的数据", "U", LocalDate.now()));
                return null;
            });
            backup = db.backup(temp("jiedao-b-"));
            db.transaction(em -> {
                em.persist(new SampleRecord("备份之后的数据", "U", LocalDate.now()));
                return null;
            });
        }
        BackupException notABackup = assertThrows(BackupException.class,
                () -> DerbyBackup.restore(settings, temp("jiedao-empty-")));
        assertTrue(notABackup.getMessage().contains("jiedao-backup.properties"), notABackup.getMessage());

        Path kept = DerbyBackup.restore(settings, backup).orElseThrow();
        try (Database db = open(settings)) {
            assertEquals(List.of("备份时的数据"), db.read(em -> em.createQuery("select s.name from SampleRecord s", String.class)
                    .getResultList()));
        }
        DatabaseSettings previous = new DatabaseSettings(settings.kind(), "jdbc:derby:" + kept, null, null, kept);
        try (Database db = open(previous)) {
            assertEquals(2L, DatabaseContract.count(db), "the database before the restore is kept, with everything in it");
        }
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheDataFolderLeftAsItWas() throws Exception {
        Path data = temp("jiedao-target-");
        DatabaseSettings settings = DatabaseSettings.embedded(data);
        Path backup;
        try (Database db = open(settings)) {
            db.transaction(em -> {
                em.persist(new SampleRecord("现有数据", "U", LocalDate.now()));
                return null;
            });
            backup = db.backup(temp("jiedao-t-"));
        }
        Path largest;
        try (var files = Files.walk(backup.resolve("database").resolve("seg0"))) {
            largest = files.filter(Files::isRegularFile).max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (var channel = java.nio.channels.FileChannel.open(largest, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        List<Path> before;
        try (var entries = Files.list(data)) {
            before = entries.sorted().toList();
        }
        BackupException damaged = assertThrows(BackupException.class, () -> DerbyBackup.restore(settings, backup));
        assertTrue(damaged.getMessage().contains(backup.toAbsolutePath().toString()), damaged.getMessage());
        try (var entries = Files.list(data)) {
            assertEquals(before, entries.sorted().toList(), "nothing moved aside, nothing added");
        }
        try (Database db = open(settings)) {
            assertEquals(List.of("现有数据"), db.read(em -> em.createQuery("select s.name from SampleRecord s", String.class)
                    .getResultList()));
        }

        // the intact backup still restores into a folder that does not exist yet (a new machine)
        Path fresh = temp("jiedao-new-").resolve("data");
        Path intact;
        try (Database db = open(settings)) {
            intact = db.backup(temp("jiedao-t2-"));
        }
        assertEquals(java.util.Optional.empty(), DerbyBackup.restore(DatabaseSettings.embedded(fresh), intact));
        try (Database db = open(DatabaseSettings.embedded(fresh))) {
            assertEquals(1L, DatabaseContract.count(db));
        }
    }
}
