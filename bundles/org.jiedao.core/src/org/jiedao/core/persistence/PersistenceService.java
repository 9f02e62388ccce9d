package org.jiedao.core.persistence;

import java.nio.file.Path;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * The one shared database of a Jiedao installation, as an OSGi service. Modules contribute their
 * entity classes through the extension point {@code org.jiedao.core.entities} and do all their
 * work through this service: it owns the connections, the transactions and the
 * EntityManagerFactory. The database is embedded Derby in the data folder by default, or a
 * PostgreSQL server chosen in {@code jiedao.properties}; module code is the same for both.
 * <p>
 * The database is opened on first use, not when the service starts, so the workbench window
 * never waits for it.
 */
public interface PersistenceService {

    /** Extension point through which modules contribute entity classes. */
    String ENTITIES_EXTENSION_POINT = "org.jiedao.core.entities";

    /** Extension point through which modules contribute their schema migrations (Liquibase changelogs). */
    String MIGRATIONS_EXTENSION_POINT = "org.jiedao.core.migrations";

    /**
     * Runs {@code work} in one transaction with a fresh EntityManager: committed when the work
     * returns, rolled back when it throws (the exception is passed on). Never keep the
     * EntityManager or managed entities beyond the call.
     * <p>
     * Called again on the same thread while a transaction is running (a service called from inside
     * another module's transaction, an import writing through {@code OrgUnitService}), the work
     * <em>joins</em> the running transaction: same EntityManager, committed or rolled back with it.
     *
     * @return what the work returns
     * @throws DatabaseUnavailableException when the database cannot be opened
     */
    <T> T transaction(Function<EntityManager, T> work);

    /**
     * Runs {@code work} with a fresh EntityManager in a transaction that is always rolled back:
     * for queries and reports. Inside a running transaction of the same thread it joins that
     * transaction (and sees its uncommitted changes).
     */
    <T> T read(Function<EntityManager, T> work);

    /**
     * @return what database this installation uses (opens it if needed)
     * @throws DatabaseUnavailableException when the database cannot be opened
     */
    DatabaseInfo database();

    /**
     * Checks the audit trail: every create, update and delete of a module entity is recorded in
     * the same transaction as the change, each record chained to the previous one by a SHA-256
     * hash, so a record changed, removed or slipped in afterwards breaks the chain there.
     */
    AuditVerification verifyAudit();

    /**
     * {@link #verifyAudit()}, and besides, for each checkpoint, the recomputed hash of its record must be the
     * checkpoint's: every record up to it is then proven unchanged, even if someone rewrote records and recomputed
     * the hashes after them. A checkpoint that does not match gives reason {@code checkpoint} with the checkpoint's
     * record; one beyond the chain's end {@code checkpoint-missing}.
     *
     * @throws IllegalArgumentException (with the checkpoint's installation id as message) for a checkpoint of
     *                                  another installation ({@link #installationId()})
     * @since 1.3
     */
    default AuditVerification verifyAudit(java.util.List<AuditCheckpoint> checkpoints) {
        throw new UnsupportedOperationException("audit checkpoints");
    }

    /**
     * @return the id of this installation, made once and kept in its database (a restored backup keeps it)
     * @since 1.3
     */
    default String installationId() {
        throw new UnsupportedOperationException("installation id");
    }

    /**
     * Takes a checkpoint of the audit trail: the chain's head now, and the database records that it was taken
     * ({@link #lastAuditCheckpoint()}). Verify the chain first: a checkpoint of a rewritten chain proves nothing.
     *
     * @since 1.3
     */
    default AuditCheckpoint takeAuditCheckpoint() {
        throw new UnsupportedOperationException("audit checkpoints");
    }

    /**
     * @return the last checkpoint taken of this installation (of which record, when), as the database recorded it
     * @since 1.3
     */
    default java.util.Optional<AuditCheckpoint> lastAuditCheckpoint() {
        return java.util.Optional.empty();
    }

    /**
     * The newest audit records, newest first, matching every filter given (null: no filter).
     *
     * @param user     exact user name
     * @param entity   entity name, or a part of it
     * @param fromUtc  first day (UTC), inclusive
     * @param toUtc    last day (UTC), inclusive
     * @param max      at most this many
     */
    java.util.List<AuditRecord> auditRecords(String user, String entity, java.time.LocalDate fromUtc,
            java.time.LocalDate toUtc, int max);

    /**
     * Backs the database up while officers keep working (a consistent online backup) into a new
     * folder {@code jiedao-backup-YYYYMMDD-HHMMSS} below {@code directory}.
     *
     * @return the new backup folder
     * @throws BackupException for a shared server (back it up with the server's own tools, e.g.
     *                         pg_dump) or when the folder cannot be written
     */
    Path backup(Path directory);

    /**
     * Replaces the database with a backup made by {@link #backup(Path)}. The current database is
     * kept beside it ({@code database-before-restore-...}) so nothing is lost; the restored one is
     * brought up to date with the installed modules' migrations.
     *
     * @throws BackupException when {@code backupFolder} is not a Jiedao backup, or for a shared server
     */
    void restore(Path backupFolder);

    /**
     * Whether signing in opens the database with the user's own name and password: a shared
     * PostgreSQL server where every officer is a database role (the data folder's
     * {@code jiedao.properties} names the server and no user). Reads the settings only.
     *
     * @since 1.3
     */
    default boolean signsInAtServer() {
        return false;
    }

    /**
     * On a shared server, opens the database as this officer: the server checks the password.
     * Elsewhere nothing happens (the caller checks the password itself).
     *
     * @return false when the server refuses the name or the password (or the account may not log in)
     * @throws DatabaseUnavailableException when the server cannot be reached or a module's migration is missing
     * @since 1.3
     */
    default boolean openAs(String username, char[] password) {
        return true;
    }

    /**
     * Opens a shared server's database as the owner of its schema: applies the installed modules'
     * migrations and sets up the server's access rules (row-level security, grants, the audit
     * trail's function). For {@code jiedao-cli server init} and {@code server migrate}.
     *
     * @param role     the owner's database role
     * @throws DatabaseUnavailableException when the data folder names no shared server, or the server refuses
     * @throws UnsupportedOperationException from an implementation without shared servers
     * @since 1.3
     */
    default void openAsOwner(String role, char[] password) {
        throw new UnsupportedOperationException("this persistence service knows no shared server");
    }

    /**
     * The officers' login roles, on a shared server where every officer connects as themselves.
     *
     * @return empty for the embedded database and a server with one shared user
     * @since 1.3
     */
    default java.util.Optional<ServerAccounts> serverAccounts() {
        return java.util.Optional.empty();
    }
}
