package org.jiedao.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.BackupException;
import org.jiedao.core.persistence.DatabaseKind;

/**
 * Online backup and restore of the embedded Derby database with Derby's own mechanisms:
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} (consistent while transactions go on) and the
 * {@code restoreFrom} connection attribute. A backup folder holds {@code database/} and
 * {@code jiedao-backup.properties}.
 */
public final class DerbyBackup {

    static final String MANIFEST = "jiedao-backup.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DerbyBackup() {
    }

    /** @return the new backup folder below {@code directory} */
    public static Path backup(DatabaseSettings settings, DataSource dataSource, Path directory) {
        requireEmbedded(settings);
        Path target = directory.toAbsolutePath().resolve("jiedao-backup-" + LocalDateTime.now().format(STAMP));
        try {
            Files.createDirectories(directory);
            if (Files.exists(target)) {
                throw new BackupException(NLS.bind(Messages.Backup_exists, target), null);
            }
            try (Connection c = dataSource.getConnection();
                    CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
            Properties manifest = new Properties();
            manifest.setProperty("created", LocalDateTime.now().toString());
            manifest.setProperty("kind", DatabaseKind.DERBY_EMBEDDED.name());
            manifest.setProperty("source", settings.derbyHome().toString());
            Content content = Content.of(target.resolve(settings.derbyHome().getFileName()));
            manifest.setProperty("files", Long.toString(content.files()));
            manifest.setProperty("bytes", Long.toString(content.bytes()));
            manifest.setProperty("sha256", content.sha256());
            try (Writer writer = Files.newBufferedWriter(target.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(writer, "Jiedao database backup");
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new BackupException(NLS.bind(Messages.Backup_failed, target, e.getMessage()), e);
        }
    }

    /**
     * Restores {@code backupFolder} in place of the (closed) database of {@code settings}; the
     * current database is moved aside first and moved back if the restore fails.
     *
     * @return where the previous database was kept (empty when there was none)
     */
    public static java.util.Optional<Path> restore(DatabaseSettings settings, Path backupFolder) {
        requireEmbedded(settings);
        Path folder = backupFolder.toAbsolutePath();
        Path source = folder.resolve(settings.derbyHome().getFileName());
        if (!Files.isRegularFile(folder.resolve(MANIFEST)) || !Files.isRegularFile(source.resolve("service.properties"))) {
            throw new BackupException(NLS.bind(Messages.Backup_notABackup, folder), null);
        }
        checkManifest(folder, source);
        Path home = settings.derbyHome();
        Path kept = null;
        try {
            if (Files.exists(home)) {
                kept = home.resolveSibling(home.getFileName() + "-before-restore-" + LocalDateTime.now().format(STAMP));
                Files.move(home, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            EmbeddedDataSource restore = new EmbeddedDataSource();
            restore.setDatabaseName(home.toString());
            restore.setConnectionAttributes("restoreFrom=" + source);
            try (Connection c = restore.getConnection()) {
                // opening with restoreFrom copies the backup in place
            }
            shutdown(home);
            return java.util.Optional.ofNullable(kept);
        } catch (IOException | SQLException e) {
            try {
                // home was either absent or moved aside: what Derby wrote there before it failed goes
                deleteTree(home);
                if (kept != null) {
                    Files.move(kept, home, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw new BackupException(NLS.bind(Messages.Backup_restoreFailed, folder, e.getMessage()), e);
        }
    }

    /** Shuts the embedded database in {@code home} down, so its files are consistent and released. */
    static void shutdown(Path home) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(home.toString());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection c = shutdown.getConnection()) {
            // not reached: a successful shutdown is reported as SQLException 08006
        } catch (SQLException expected) {
            // shut down
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Number, total size and one SHA-256 over the relative names, sizes and bytes of a backup's database files. */
    record Content(long files, long bytes, String sha256) {

        static Content of(Path database) throws IOException {
            java.security.MessageDigest digest;
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            List<Path> files;
            try (var paths = Files.walk(database)) {
                files = paths.filter(Files::isRegularFile).sorted(java.util.Comparator.comparing(
                        p -> database.relativize(p).toString().replace('\\', '/'))).toList();
            }
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                digest.update(database.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                long size = Files.size(file);
                digest.update(Long.toString(size).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        digest.update(buffer, 0, n);
                    }
                }
                bytes += size;
            }
            return new Content(files.size(), bytes, java.util.HexFormat.of().formatHex(digest.digest()));
        }
    }

    private static void checkManifest(Path folder, Path database) {
        Properties manifest = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.load(reader);
        } catch (IOException e) {
            throw new BackupException(NLS.bind(Messages.Backup_notABackup, folder), e);
        }
        if (!DatabaseKind.DERBY_EMBEDDED.name().equals(manifest.getProperty("kind"))) {
            throw new BackupException(NLS.bind(Messages.Backup_notABackup, folder), null);
        }
        String expected = manifest.getProperty("sha256");
        if (expected == null) {
            return; // a backup made before the manifest recorded its content: Derby's own checks only
        }
        Content found;
        try {
            found = Content.of(database);
        } catch (IOException e) {
            throw new BackupException(NLS.bind(Messages.Backup_damaged, new Object[] { folder, manifest.getProperty("files"),
                    manifest.getProperty("bytes"), "?", "?" }), e);
        }
        if (!expected.equals(found.sha256())) {
            throw new BackupException(NLS.bind(Messages.Backup_damaged, new Object[] { folder, manifest.getProperty("files"),
                    manifest.getProperty("bytes"), Long.toString(found.files()), Long.toString(found.bytes()) }), null);
        }
    }

    private static void requireEmbedded(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            throw new BackupException(NLS.bind(Messages.Backup_server, settings.displayUrl()), null);
        }
    }
}
