package org.jiedao.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jiedao.core.persistence.AuditCheckpoint;

/**
 * The installation's id and its audit checkpoints, in the one row of JD_INSTALLATION (changeset
 * platform-audit-checkpoint): the id is made once (a random UUID) the first time it is asked for and travels with
 * the database (a backup restored elsewhere is the same installation); the row also says when the last checkpoint was
 * taken and of which record, for the workbench's audit view. The checkpoint itself is the chain's head, read from
 * JD_AUDIT_HEAD; what proves anything is the file the administrator keeps, not this row.
 */
final class AuditCheckpoints {

    private AuditCheckpoints() {
    }

    /** @return the installation's id, made now when there is none yet */
    static String installationId(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Optional<String> id = read(c);
            if (id.isPresent()) {
                return id.get();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO JD_INSTALLATION (ID, INSTALLATION_ID) VALUES (1, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                // another process made it meanwhile: theirs is the one
            }
            return read(c).orElseThrow(() -> new SQLException("JD_INSTALLATION has no row after the insert"));
        }
    }

    private static Optional<String> read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT INSTALLATION_ID FROM JD_INSTALLATION WHERE ID = 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** Reads the chain's head and records in JD_INSTALLATION that a checkpoint of it was taken now. */
    static AuditCheckpoint take(DataSource dataSource) throws SQLException {
        String installation = installationId(dataSource);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long seq;
            String hash;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT LAST_SEQ, LAST_HASH FROM JD_AUDIT_HEAD WHERE ID = 1")) {
                if (!rs.next()) {
                    throw new SQLException("JD_AUDIT_HEAD has no row");
                }
                seq = rs.getLong(1);
                hash = rs.getString(2);
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE JD_INSTALLATION SET CHECKPOINT_SEQ = ?, CHECKPOINT_HASH = ?, CHECKPOINT_AT = ? WHERE ID = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.setTimestamp(3, Timestamp.valueOf(now));
                update.executeUpdate();
            }
            return new AuditCheckpoint(seq, hash, now, installation);
        }
    }

    /** @return the last checkpoint taken, as recorded in the database */
    static Optional<AuditCheckpoint> last(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT INSTALLATION_ID, CHECKPOINT_SEQ, CHECKPOINT_HASH, CHECKPOINT_AT FROM JD_INSTALLATION WHERE ID = 1")) {
            if (!rs.next() || rs.getTimestamp(4) == null) {
                return Optional.empty();
            }
            return Optional.of(new AuditCheckpoint(rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(), rs.getString(1)));
        }
    }
}
