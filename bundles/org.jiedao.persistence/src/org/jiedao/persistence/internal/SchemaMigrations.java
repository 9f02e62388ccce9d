package org.jiedao.persistence.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.persistence.PersistenceService;
import org.osgi.framework.Bundle;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;

/**
 * Applies the modules' Liquibase changelogs ({@code org.jiedao.core.migrations}) in dependency
 * order, each with a history table of its own, before the persistence unit is built.
 */
public final class SchemaMigrations {

    /** A contributed changelog. */
    public record Changelog(String id, String file, List<String> requires, Bundle bundle) {

        /** History table name prefix: {@code DBCL} + the id's letters and digits (no '_': Derby's metadata lookup would miss it). */
        String tablePrefix() {
            return "DBCL" + id.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        }
    }

    /**
     * System property: {@code true} checks every changelog with Liquibase even when its
     * fingerprint says it was applied unchanged (after a table was changed by hand).
     */
    public static final String RECHECK_PROPERTY = "jiedao.migrations.recheck";

    private SchemaMigrations() {
    }

    /** The contributed changelogs, malformed ones logged and left out. */
    public static List<Changelog> read(IExtensionRegistry registry) {
        ILog log = ILog.of(SchemaMigrations.class);
        Map<String, Changelog> byId = new LinkedHashMap<>();
        Set<String> prefixes = new java.util.HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(PersistenceService.MIGRATIONS_EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String file = element.getAttribute("file");
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            if (id == null || id.isBlank() || file == null || file.isBlank() || bundle == null) {
                log.warn("Skipped a changelog of bundle '" + contributor + "': 'id' and 'file' are required.");
                continue;
            }
            if (bundle.getEntry(BundleResourceAccessor.normalize(file)) == null) {
                log.warn("Skipped changelog '" + id + "' of bundle '" + contributor + "': no file " + file + " in the bundle.");
                continue;
            }
            List<String> requires = new ArrayList<>();
            String requiresText = element.getAttribute("requires");
            if (requiresText != null) {
                for (String r : requiresText.split(",")) {
                    if (!r.isBlank()) {
                        requires.add(r.strip());
                    }
                }
            }
            Changelog changelog = new Changelog(id.strip(), file.strip(), List.copyOf(requires), bundle);
            if (byId.containsKey(changelog.id()) || !prefixes.add(changelog.tablePrefix())) {
                log.warn("Skipped changelog '" + id + "' of bundle '" + contributor + "': the id (or its history table "
                        + changelog.tablePrefix() + "LOG) is already used.");
                continue;
            }
            byId.put(changelog.id(), changelog);
        }
        return order(byId, log);
    }

    /** Dependency order; a changelog with a missing or circular requirement is left out (logged). */
    static List<Changelog> order(Map<String, Changelog> byId, ILog log) {
        List<Changelog> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        for (Changelog changelog : byId.values()) {
            visit(changelog, byId, done, failed, new LinkedHashSet<>(), ordered, log);
        }
        return ordered;
    }

    private static boolean visit(Changelog changelog, Map<String, Changelog> byId, Set<String> done, Set<String> failed,
            Set<String> path, List<Changelog> ordered, ILog log) {
        if (done.contains(changelog.id())) {
            return true;
        }
        if (failed.contains(changelog.id())) {
            return false;
        }
        if (!path.add(changelog.id())) {
            log.error("Changelogs require each other in a circle: " + String.join(" -> ", path) + " -> " + changelog.id());
            failed.add(changelog.id());
            return false;
        }
        for (String required : changelog.requires()) {
            Changelog dependency = byId.get(required);
            if (dependency == null || !visit(dependency, byId, done, failed, path, ordered, log)) {
                log.error("Changelog '" + changelog.id() + "' of bundle '" + changelog.bundle().getSymbolicName()
                        + "' is not applied: it requires '" + required + "', which is not installed or cannot be applied.");
                failed.add(changelog.id());
                path.remove(changelog.id());
                return false;
            }
        }
        path.remove(changelog.id());
        done.add(changelog.id());
        ordered.add(changelog);
        return true;
    }

    /**
     * Applies every changelog in order. A changelog whose fingerprint ({@link Fingerprints}) equals
     * the one stored when it was last applied to this database is not checked again; when none
     * changed, Liquibase is not run at all (the usual start).
     *
     * @param schema the schema for PostgreSQL (null: the connection's default)
     * @throws DatabaseUnavailableException naming the changelog that failed
     */
    public static void apply(DataSource dataSource, String schema, List<Changelog> changelogs, String displayUrl) {
        Map<String, String> stored = Fingerprints.read(dataSource);
        Map<String, String> current = new LinkedHashMap<>();
        boolean allUnchanged = true;
        for (Changelog changelog : changelogs) {
            String fingerprint = Fingerprints.of(changelog);
            current.put(changelog.id(), fingerprint);
            allUnchanged &= fingerprint != null && fingerprint.equals(stored.get(changelog.id()));
        }
        if (allUnchanged && !Boolean.getBoolean(RECHECK_PROPERTY)) {
            return; // nothing changed since these changelogs were applied: Liquibase is not even loaded
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its services with java.util.ServiceLoader through the context class loader
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            for (Changelog changelog : changelogs) {
                String fingerprint = current.get(changelog.id());
                if (fingerprint != null && fingerprint.equals(stored.get(changelog.id())) && !Boolean.getBoolean(RECHECK_PROPERTY)) {
                    continue;
                }
                try {
                    apply(dataSource, schema, changelog);
                    Fingerprints.store(dataSource, changelog.id(), fingerprint);
                } catch (Exception e) {
                    ILog.of(SchemaMigrations.class).error("Changelog " + changelog.id() + " failed on " + displayUrl, e);
                    throw new DatabaseUnavailableException(NLS.bind(Messages.Database_migrationFailed,
                            new Object[] { changelog.id(), displayUrl, rootMessage(e) }), e);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * For an officer on a shared server, who may not change the schema: refuses to go on when an
     * installed module has changes that were not applied to the server yet (the administrator
     * applies them with {@code jiedao-cli server migrate}). Reads only: the fingerprints, and
     * where one differs (another version of the module) the changelog's history table.
     *
     * @throws DatabaseUnavailableException naming the module and what to do
     */
    public static void check(DataSource dataSource, String schema, List<Changelog> changelogs, String displayUrl) {
        Map<String, String> stored = Fingerprints.read(dataSource);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            for (Changelog changelog : changelogs) {
                String fingerprint = Fingerprints.of(changelog);
                if (fingerprint != null && fingerprint.equals(stored.get(changelog.id()))) {
                    continue;
                }
                List<String> missing;
                try {
                    missing = notApplied(dataSource, schema, changelog);
                } catch (Exception e) {
                    ILog.of(SchemaMigrations.class).warn("Cannot compare changelog " + changelog.id() + " with " + displayUrl, e);
                    missing = List.of(rootMessage(e));
                }
                if (!missing.isEmpty()) {
                    throw new DatabaseUnavailableException(NLS.bind(Messages.Database_migrationPending, new Object[] {
                            changelog.bundle().getSymbolicName(), displayUrl, String.join(", ", missing.subList(0, Math.min(3, missing.size()))) }),
                            null);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The ids of the change sets of the changelog that its history table on the server does not hold. */
    private static List<String> notApplied(DataSource dataSource, String schema, Changelog changelog) throws Exception {
        List<String> missing = new ArrayList<>();
        Scope.child(liquibaseScope(changelog), () -> {
            try (Connection connection = dataSource.getConnection()) {
                Set<String> applied = new java.util.HashSet<>();
                String table = changelog.tablePrefix().toLowerCase(Locale.ROOT) + "log";
                try (java.sql.Statement sql = connection.createStatement();
                        java.sql.ResultSet rows = sql.executeQuery("SELECT ID, AUTHOR FROM " + table)) {
                    while (rows.next()) {
                        applied.add(rows.getString(1) + "\u0000" + rows.getString(2));
                    }
                } catch (java.sql.SQLException neverApplied) {
                    applied.clear();
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (schema != null) {
                    database.setDefaultSchemaName(schema);
                }
                String file = BundleResourceAccessor.normalize(changelog.file());
                BundleResourceAccessor accessor = new BundleResourceAccessor(changelog.bundle());
                liquibase.changelog.DatabaseChangeLog parsed = liquibase.parser.ChangeLogParserFactory.getInstance()
                        .getParser(file, accessor).parse(file, new liquibase.changelog.ChangeLogParameters(database), accessor);
                for (liquibase.changelog.ChangeSet set : parsed.getChangeSets()) {
                    if (!applied.contains(set.getId() + "\u0000" + set.getAuthor())) {
                        missing.add(set.getId());
                    }
                }
                if (!connection.isClosed() && !connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        });
        return missing;
    }

    private static Map<String, Object> liquibaseScope(Changelog changelog) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Scope.class.getClassLoader());
        scope.put(Scope.Attr.resourceAccessor.name(), new BundleResourceAccessor(changelog.bundle()));
        scope.put(Scope.Attr.logService.name(), new LiquibaseLog());
        // progress and summaries go to the log too, never into command output
        scope.put(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        return scope;
    }

    private static void apply(DataSource dataSource, String schema, Changelog changelog) throws Exception {
        Scope.child(liquibaseScope(changelog), () -> {
            try (Connection connection = dataSource.getConnection()) {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try {
                    if (schema != null) {
                        database.setDefaultSchemaName(schema);
                        database.setLiquibaseSchemaName(schema);
                    }
                    database.setDatabaseChangeLogTableName(changelog.tablePrefix() + "LOG");
                    database.setDatabaseChangeLogLockTableName(changelog.tablePrefix() + "LOCK");
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, BundleResourceAccessor.normalize(changelog.file()))
                            .setOutput(java.io.OutputStream.nullOutputStream()) // the update summary
                            .execute();
                } finally {
                    // Derby refuses to close a connection with an open transaction
                    if (!connection.isClosed() && !connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    // Liquibase caches history and lock services per database object
                    ChangeLogHistoryServiceFactory.getInstance().resetAll();
                    LockServiceFactory.getInstance().resetAll();
                }
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
