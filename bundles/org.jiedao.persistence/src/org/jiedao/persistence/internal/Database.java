package org.jiedao.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.DatabaseInfo;
import org.jiedao.core.persistence.DatabaseKind;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open database: the DataSource and the EntityManagerFactory of the shared persistence unit.
 * The same code serves embedded Derby and PostgreSQL; only the DataSource and the EclipseLink
 * platform differ.
 */
public final class Database implements AutoCloseable {

    private static final java.util.concurrent.atomic.AtomicInteger SESSIONS = new java.util.concurrent.atomic.AtomicInteger();

    private final DatabaseSettings settings;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final DatabaseInfo info;

    /** The scope of the transaction running on this thread (see {@link #transaction}). */
    /**
     * The unit of work running on this thread: a nested transaction joins a running transaction, a
     * nested read joins either; a transaction nested in a read gets its own (the read never commits).
     */
    private final ThreadLocal<Running> active = new ThreadLocal<>();

    private record Running(EntityManager em, boolean commits) {
    }

    private static final ThreadLocal<DataScope> CURRENT = ThreadLocal.withInitial(
            () -> DataScope.unrestricted("os:" + System.getProperty("user.name", "?")));

    private final java.util.function.Supplier<DataScope> scope;

    private final AuditTrail audit;
    /** Told the entity classes of each committed transaction that changed some (after the commit, outside it). */
    private volatile java.util.function.Consumer<Set<Class<?>>> committed = classes -> {
    };

    private Database(DatabaseSettings settings, DataSource dataSource, EntityManagerFactory factory, DatabaseInfo info,
            java.util.function.Supplier<DataScope> scope, AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
        this.settings = settings;
        this.dataSource = dataSource;
        this.factory = factory;
        this.info = info;
    }

    /**
     * Opens (and for embedded Derby creates) the database and builds the persistence unit from
     * the contributed entity classes.
     *
     * @throws DatabaseUnavailableException with a plain-language reason
     */
    public static Database open(DatabaseSettings settings, List<EntityContribution> entities,
            List<SchemaMigrations.Changelog> changelogs) {
        return open(settings, entities, changelogs, () -> DataScope.unrestricted("os:" + System.getProperty("user.name", "?")));
    }

    /**
     * @param scope who is working now: their scope for scoped entities, their name for the audit trail
     */
    public static Database open(DatabaseSettings settings, List<EntityContribution> entities,
            List<SchemaMigrations.Changelog> changelogs, java.util.function.Supplier<DataScope> scope) {
        if (settings.perUser() && settings.user() == null) {
            throw new DatabaseUnavailableException(NLS.bind(Messages.Database_signInFirst, settings.displayUrl()), null);
        }
        DataSource dataSource = dataSource(settings);
        Set<Bundle> contributors = new LinkedHashSet<>();
        for (EntityContribution entity : entities) {
            contributors.add(entity.bundle());
        }
        Bundle self = FrameworkUtil.getBundle(Database.class);
        ClassLoader own = Database.class.getClassLoader();
        List<String> classes = entities.stream().map(EntityContribution::className).toList();
        JiedaoPersistenceUnit unit = new JiedaoPersistenceUnit(classes, dataSource,
                new BundleSetClassLoader(own, contributors), self == null ? null : self.getEntry("/"));

        Map<String, Object> properties = new HashMap<>();
        // EclipseLink keeps one session per unit name and root URL; a database of its own gets a session of its own
        properties.put("eclipselink.session-name", JiedaoPersistenceUnit.NAME + "-" + SESSIONS.incrementAndGet());
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.session.customizer", ScopeCriteriaCustomizer.class.getName());
        properties.put("eclipselink.target-database", settings.kind() == DatabaseKind.POSTGRESQL
                ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : JiedaoDerbyPlatform.class.getName());
        // the schema belongs to the modules' migrations (SchemaMigrations), never to EclipseLink
        properties.put("eclipselink.ddl-generation", "none");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "1000");
        // ids are allocated in a short transaction of their own, not in the writing one: a write that held the
        // SEQUENCE row until its commit, while another held the audit trail's head, deadlocked on a shared server
        // (found by releng/bench/shared-server.sh with 50 officers)
        properties.put("eclipselink.jdbc.sequence-connection-pool", "true");
        // several processes (officers) may share a server: no cross-transaction entity cache
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.logging.logger", PlatformSessionLog.class.getName());
        properties.put("eclipselink.logging.level", "WARNING");
        // EclipseLink reads the entities' mappings (predeploy, no database needed) on a thread of its own while this
        // one boots the database and checks the migrations: the two take about as long, and a start has a second
        // core. The session logs in (deploy) after both, below.
        properties.put("eclipselink.deploy-on-startup", "false");
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        FutureTask<EntityManagerFactory> predeploy = new FutureTask<>(() -> {
            Thread.currentThread().setContextClassLoader(context);
            return new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
        });
        Thread reader = new Thread(predeploy, "Jiedao persistence: reading the entity mappings");
        reader.setDaemon(true);
        reader.start();

        String product;
        String schema;
        try {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
                schema = settings.kind() == DatabaseKind.POSTGRESQL ? connection.getSchema() : null;
            } catch (SQLException e) {
                throw unavailable(settings, e);
            }
            if (settings.access() == DatabaseSettings.Access.OFFICER) {
                // an officer never changes the schema of a shared server: the administrator migrates
                SchemaMigrations.check(dataSource, schema, changelogs, settings.displayUrl());
            } else {
                SchemaMigrations.apply(dataSource, schema, changelogs, settings.displayUrl());
            }
        } catch (RuntimeException | Error e) {
            EntityManagerFactory made = predeployedQuietly(predeploy);
            if (made != null && made.isOpen()) {
                made.close();
            }
            throw e;
        }
        EntityManagerFactory factory = null;
        AuditTrail audit;
        try {
            factory = predeployed(predeploy);
            factory.createEntityManager().close();
            org.eclipse.persistence.sessions.Session session = org.eclipse.persistence.jpa.JpaHelper.getServerSession(factory);
            audit = new AuditTrail(() -> CURRENT.get().who(), settings.perUser());
            audit.attach(session);
            new OrgScoping(CURRENT::get).attach(session);
            if (settings.access() == DatabaseSettings.Access.OWNER) {
                // after every migration (new tables): the server's own rules, from the entities' metadata
                try {
                    ServerSecurity.install(dataSource, settings.rolePrefix(), ServerSecurity.scopedTables(session));
                } catch (SQLException e) {
                    throw new DatabaseUnavailableException(NLS.bind(Messages.Database_securityFailed, settings.displayUrl(),
                            e.getMessage()), e);
                }
            }
        } catch (RuntimeException e) {
            if (factory != null && factory.isOpen()) {
                factory.close();
            }
            if (e instanceof DatabaseUnavailableException unavailable) {
                throw unavailable;
            }
            SQLException sql = findSqlException(e);
            throw sql != null ? unavailable(settings, sql)
                    : new DatabaseUnavailableException(NLS.bind(Messages.Database_failed, settings.displayUrl(), e.getMessage()), e);
        }
        return new Database(settings, dataSource, factory,
                new DatabaseInfo(settings.kind(), settings.displayUrl(), product, classes), scope, audit);
    }

    /** The factory the mappings thread made (its failure rethrown as it was). */
    private static EntityManagerFactory predeployed(FutureTask<EntityManagerFactory> predeploy) {
        try {
            return predeploy.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while EclipseLink read the entity mappings", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The factory of the mappings thread when it made one, after a failure elsewhere; null when it failed too. */
    private static EntityManagerFactory predeployedQuietly(FutureTask<EntityManagerFactory> predeploy) {
        try {
            return predeployed(predeploy);
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private static DataSource dataSource(DatabaseSettings settings) {
        if (settings.kind() == DatabaseKind.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(settings.url());
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            pg.setApplicationName("Jiedao");
            return pg;
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(settings.derbyHome().toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    private static DatabaseUnavailableException unavailable(DatabaseSettings settings, SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            for (Throwable t = s; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "XSDB6".equals(sql.getSQLState())) {
                    return new DatabaseUnavailableException(NLS.bind(Messages.Database_locked, settings.derbyHome().getParent()), e);
                }
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new DatabaseUnavailableException(NLS.bind(Messages.Database_unreachable, settings.displayUrl(), e.getMessage()), e);
        }
        if ((state.equals("28P01") || state.equals("28000")) && settings.access() != DatabaseSettings.Access.SHARED) {
            return new DatabaseUnavailableException(NLS.bind(Messages.Database_roleRefused, settings.displayUrl(), settings.user()), e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new DatabaseUnavailableException(NLS.bind(Messages.Database_badCredentials, settings.displayUrl(),
                    DatabaseSettings.FILE), e);
        }
        return new DatabaseUnavailableException(NLS.bind(Messages.Database_failed, settings.displayUrl(), e.getMessage()), e);
    }

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    public DatabaseInfo info() {
        return info;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * After an officer changed their own password on a shared server: new connections use it.
     */
    void passwordChanged(String secret) {
        if (dataSource instanceof PGSimpleDataSource pg) {
            pg.setPassword(secret);
        }
    }

    /** Whether the exception is the server's refusal of the user name or password (or of a role that may not log in). */
    static boolean refusedCredentials(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Checks the audit trail's hash chain. */
    public org.jiedao.core.persistence.AuditVerification verifyAudit() {
        try {
            return AuditTrail.verify(dataSource);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    /** Checks the audit trail's hash chain and, besides, the hash of each checkpoint's record (see AuditTrail#verify). */
    public org.jiedao.core.persistence.AuditVerification verifyAudit(java.util.Map<Long, String> checkpoints) {
        try {
            return AuditTrail.verify(dataSource, checkpoints);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    /** The installation's id, its last checkpoint, a new checkpoint (see AuditCheckpoints). */
    public String installationId() {
        try {
            return AuditCheckpoints.installationId(dataSource);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    public java.util.Optional<org.jiedao.core.persistence.AuditCheckpoint> lastAuditCheckpoint() {
        try {
            return AuditCheckpoints.last(dataSource);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    public org.jiedao.core.persistence.AuditCheckpoint takeAuditCheckpoint() {
        try {
            return AuditCheckpoints.take(dataSource);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    /** The newest audit records matching the filters. */
    public java.util.List<org.jiedao.core.persistence.AuditRecord> auditRecords(String user, String entity,
            java.time.LocalDate from, java.time.LocalDate to, int max) {
        try {
            return AuditTrail.records(dataSource, user, entity, from, to, max);
        } catch (SQLException e) {
            throw unavailable(settings, e);
        }
    }

    /** Online backup into a new folder below {@code directory}. */
    public Path backup(Path directory) {
        return DerbyBackup.backup(settings, dataSource, directory);
    }

    /** One transaction, committed on return, rolled back on an exception. */
    public <T> T transaction(Function<EntityManager, T> work) {
        return withEntityManager(work, true);
    }

    /** Work in a transaction that is always rolled back. */
    public <T> T read(Function<EntityManager, T> work) {
        return withEntityManager(work, false);
    }

    /**
     * Runs {@code work} with a fresh EntityManager in a transaction under the current user's scope
     * (the additional-criteria parameter, the write guard, the audit trail's user); commits it when
     * {@code commit} and the work returns, else rolls it back.
     */
    private <T> T withEntityManager(Function<EntityManager, T> work, boolean commit) {
        Running running = active.get();
        if (running != null && (running.commits() || !commit) && running.em().isOpen()
                && running.em().getTransaction().isActive()) {
            return work.apply(running.em());
        }
        DataScope previous = CURRENT.get();
        DataScope now = scope.get();
        CURRENT.set(now);
        EntityManager em = factory.createEntityManager(java.util.Map.of(OrgScoping.PARAMETER, OrgScoping.pattern(now)));
        EntityTransaction tx = em.getTransaction();
        audit.discard();
        Set<Class<?>> changed = Set.of();
        try {
            tx.begin();
            active.set(new Running(em, commit));
            T result = work.apply(em);
            if (commit) {
                tx.commit();
                changed = audit.takeChanged();
            }
            return result;
        } catch (RuntimeException e) {
            throw accessDenied(e).or(() -> concurrentChange(e)).or(() -> connectionLost(settings, e)).orElse(e);
        } finally {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException e) {
                    // a connection lost meanwhile: the server has rolled the transaction back itself, and the step's
                    // own failure (thrown above) is what the user must read
                    if (connectionLost(settings, e).isEmpty()) {
                        throw e;
                    }
                }
            }
            if (running == null) {
                active.remove();
            } else {
                active.set(running);
            }
            audit.discard();
            em.close();
            CURRENT.set(previous);
            if (!changed.isEmpty()) {
                try {
                    committed.accept(changed);
                } catch (RuntimeException | LinkageError e) {
                    org.eclipse.core.runtime.ILog.of(Database.class).error("Telling about committed changes failed", e);
                }
            }
        }
    }

    /** Sets who is told the entity classes of each committed transaction that changed some. */
    public void onCommit(java.util.function.Consumer<Set<Class<?>>> listener) {
        this.committed = listener;
    }

    /**
     * A connection lost or refused in the middle of a step (a server restarted or stopped, the network gone: SQLState
     * class 08, or PostgreSQL's 57P01-57P03 administrator shutdown, crash shutdown, cannot connect now), however deep
     * EclipseLink wrapped it: the plain message names the server and says that nothing of the step was written (its
     * transaction never committed) and what to do. The next step gets a new connection from the DataSource (no
     * connection is kept between steps), so it works as soon as the server is back.
     */
    static java.util.Optional<RuntimeException> connectionLost(DatabaseSettings settings, Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException d) {
                return java.util.Optional.of(d);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return java.util.Optional.of(new DatabaseUnavailableException(
                        NLS.bind(Messages.Database_connectionLost, settings.displayUrl(), sql.getSQLState()), e));
            }
        }
        return java.util.Optional.empty();
    }

    /** An optimistic-lock conflict (JPA's or EclipseLink's own exception), however deep it was wrapped. */
    private static java.util.Optional<RuntimeException> concurrentChange(Throwable e) {
        boolean conflict = false;
        Object entity = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.jiedao.core.persistence.ConcurrentChangeException c) {
                return java.util.Optional.of(c);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException jpa) {
                conflict = true;
                entity = entity != null ? entity : jpa.getEntity();
            } else if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException el) {
                conflict = true;
                if (entity == null && el.getQuery() != null) {
                    entity = el.getObject();
                }
            }
        }
        if (!conflict) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.jiedao.core.persistence.ConcurrentChangeException(
                entity == null ? "" : entity.getClass().getSimpleName(), id(entity), e));
    }

    private static Object id(Object entity) {
        if (entity == null) {
            return null;
        }
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(jakarta.persistence.Id.class)) {
                    try {
                        field.setAccessible(true);
                        return field.get(entity);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** A refusal of the scoping guard, however deep EclipseLink wrapped it. */
    private static java.util.Optional<RuntimeException> accessDenied(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.jiedao.core.persistence.AccessDeniedException denied) {
                return java.util.Optional.of(denied);
            }
        }
        return java.util.Optional.empty();
    }

    /** Closes the factory; an embedded Derby database is shut down so its files are consistent. */
    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            if (settings.kind() == DatabaseKind.DERBY_EMBEDDED) {
                DerbyBackup.shutdown(settings.derbyHome());
            }
        }
    }
}
