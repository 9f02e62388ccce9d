package org.jiedao.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;

/**
 * Fingerprints of the applied changelogs, kept in the database ({@value #TABLE}) so that a start
 * with the same modules does not ask Liquibase to check every changelog again (Liquibase reads
 * its history tables, takes and releases a lock and parses the changelog each time: about a third
 * of a command's start).
 * <p>
 * A changelog's fingerprint is the SHA-256 of its id, its file name, the symbolic name and version
 * of its bundle and the content of every file in the changelog's folder and below (where its
 * included files live). A new module version, an edited changelog or an added include changes it,
 * and Liquibase checks that changelog again. The fingerprint is written only after Liquibase
 * applied the changelog without error. Losing the table (or a failure to write it) only means
 * Liquibase checks again.
 */
final class Fingerprints {

    static final String TABLE = "JD_SCHEMA_FINGERPRINT";

    private Fingerprints() {
    }

    /** The fingerprint of the changelog as its bundle holds it now, or null when it cannot be read. */
    static String of(SchemaMigrations.Changelog changelog) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, changelog.id());
            update(digest, changelog.file());
            update(digest, changelog.bundle().getSymbolicName());
            update(digest, changelog.bundle().getVersion().toString());
            String file = BundleResourceAccessor.normalize(changelog.file());
            int slash = file.lastIndexOf('/');
            String folder = slash < 0 ? "/" : file.substring(0, slash);
            Enumeration<URL> found = changelog.bundle().findEntries(folder, "*", true);
            List<URL> entries = found == null ? new ArrayList<>() : Collections.list(found);
            URL main = changelog.bundle().getEntry(file);
            if (main != null && !entries.contains(main)) {
                entries.add(main);
            }
            entries.sort((a, b) -> a.getPath().compareTo(b.getPath()));
            for (URL entry : entries) {
                if (entry.getPath().endsWith("/")) {
                    continue;
                }
                update(digest, entry.getPath());
                try (InputStream in = entry.openStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            ILog.of(Fingerprints.class).warn("Cannot fingerprint changelog " + changelog.id() + "; Liquibase checks it: " + e, e);
            return null;
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
    }

    /** The stored fingerprints by changelog id; empty when none were stored yet (or cannot be read). */
    static Map<String, String> read(DataSource dataSource) {
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CHANGELOG_ID, FINGERPRINT FROM " + TABLE)) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // the first start with fingerprints: no table yet
            stored.clear();
        }
        return stored;
    }

    /** Records that the changelog with this fingerprint has been applied; a failure is logged and otherwise ignored. */
    static void store(DataSource dataSource, String id, String fingerprint) {
        if (fingerprint == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            int updated;
            try {
                updated = update(connection, id, fingerprint);
            } catch (SQLException missing) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("CREATE TABLE " + TABLE + " (CHANGELOG_ID VARCHAR(255) NOT NULL PRIMARY KEY, "
                            + "FINGERPRINT VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
                } catch (SQLException exists) {
                    // created by another process in the meantime; the insert below tells
                }
                updated = 0;
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + TABLE + " (CHANGELOG_ID, FINGERPRINT, APPLIED_AT) VALUES (?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, fingerprint);
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            // another process stored it at the same moment, or the table cannot be written: checked again next time
            ILog.of(Fingerprints.class).warn("Could not store the fingerprint of changelog " + id + ": " + e.getMessage());
        }
    }

    private static int update(Connection connection, String id, String fingerprint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + TABLE + " SET FINGERPRINT = ?, APPLIED_AT = ? WHERE CHANGELOG_ID = ?")) {
            update.setString(1, fingerprint);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setString(3, id);
            return update.executeUpdate();
        }
    }
}
