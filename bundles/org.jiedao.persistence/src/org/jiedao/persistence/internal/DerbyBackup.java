package org.jiedao.persistence.internal;

import java.io.IOException;
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
        checkManifest(folder);
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
                if (kept != null && !Files.exists(home)) {
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

    private static void checkManifest(Path folder) {
        Properties manifest = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.load(reader);
        } catch (IOException e) {
            throw new BackupException(NLS.bind(Messages.Backup_notABackup, folder), e);
        }
        if (!DatabaseKind.DERBY_EMBEDDED.name().equals(manifest.getProperty("kind"))) {
            throw new BackupException(NLS.bind(Messages.Backup_notABackup, folder), null);
        }
    }

    private static void requireEmbedded(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED) {
            throw new BackupException(NLS.bind(Messages.Backup_server, settings.displayUrl()), null);
        }
    }
}
