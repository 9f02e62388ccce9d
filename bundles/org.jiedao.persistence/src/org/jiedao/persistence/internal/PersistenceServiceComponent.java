package org.jiedao.persistence.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.osgi.service.datalocation.Location;
import org.jiedao.core.persistence.DatabaseInfo;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.persistence.RecordsChanged;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.jiedao.core.security.SecurityService;

/**
 * The {@link PersistenceService} of the running platform: the database of the data folder
 * (the OSGi instance location, {@code --data}), opened on first use.
 */
@Component(service = PersistenceService.class)
public final class PersistenceServiceComponent implements PersistenceService {

    private IExtensionRegistry registry;

    private BundleContext context;
    private Database database;
    private volatile EventAdmin events;

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    /** Where the records-changed events go ({@link RecordsChanged}); none in a bare test framework. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin eventAdmin) {
        this.events = eventAdmin;
    }

    void unsetEventAdmin(EventAdmin eventAdmin) {
        if (events == eventAdmin) {
            events = null;
        }
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Deactivate
    synchronized void deactivate() {
        closeDatabase();
    }

    /** On a shared server, the settings with the credentials of whoever signed in (an officer or the owner). */
    private DatabaseSettings signedIn;

    private synchronized Database database0() {
        if (database == null) {
            database = open(signedIn != null ? signedIn : DatabaseSettings.load(dataDirectory()));
        }
        return database;
    }

    private Database open(DatabaseSettings settings) {
        Database opened = Database.open(settings, EntityContribution.read(registry), SchemaMigrations.read(registry), this::scope);
        opened.onCommit(this::postRecordsChanged);
        return opened;
    }

    @Override
    public boolean signsInAtServer() {
        return signedIn != null || DatabaseSettings.load(dataDirectory()).perUser();
    }

    @Override
    public synchronized boolean openAs(String username, char[] password) {
        DatabaseSettings settings = DatabaseSettings.load(dataDirectory());
        if (!settings.perUser()) {
            return true;
        }
        DatabaseSettings officer = settings.asOfficer(username, new String(password));
        if (database != null && officer.equals(database.settings())) {
            return true;
        }
        closeDatabase();
        try {
            database = open(officer);
        } catch (DatabaseUnavailableException e) {
            if (Database.refusedCredentials(e)) {
                return false;
            }
            throw e;
        }
        signedIn = officer;
        return true;
    }

    @Override
    public synchronized void openAsOwner(String role, char[] password) {
        DatabaseSettings settings = DatabaseSettings.load(dataDirectory());
        if (!settings.perUser()) {
            throw new DatabaseUnavailableException(NLS.bind(Messages.Database_notShared, dataDirectory()), null);
        }
        closeDatabase();
        DatabaseSettings owner = settings.asOwner(role, new String(password));
        database = open(owner);
        signedIn = owner;
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
        signedIn = null;
    }

    @Override
    public java.util.Optional<org.jiedao.core.persistence.ServerAccounts> serverAccounts() {
        return signsInAtServer() ? java.util.Optional.of(accounts) : java.util.Optional.empty();
    }

    /** The officers' login roles, changed through the server's security-definer functions (ServerSecurity). */
    private final org.jiedao.core.persistence.ServerAccounts accounts = new org.jiedao.core.persistence.ServerAccounts() {

        @Override
        public String roleName(String username) {
            return DatabaseSettings.load(dataDirectory()).rolePrefix() + username;
        }

        @Override
        public void create(String username, char[] password, org.jiedao.core.security.Role role) {
            account(username, org.postgresql.util.PasswordUtil.encodeScramSha256(password.clone()), role.name(), Boolean.TRUE);
        }

        @Override
        public void setPassword(String username, char[] password) {
            String verifier = org.postgresql.util.PasswordUtil.encodeScramSha256(password.clone());
            Database db = database0();
            boolean own = db.settings().access() == DatabaseSettings.Access.OFFICER
                    && db.settings().user().equals(roleName(username));
            if (own) {
                transaction(em -> em.createNativeQuery("SELECT " + ServerSecurity.OWN_PASSWORD + "(?1)").setParameter(1, verifier)
                        .getResultList());
                // the next connections of this process sign in with the new password
                db.passwordChanged(new String(password));
                synchronized (PersistenceServiceComponent.this) {
                    signedIn = db.settings().asOfficer(username, new String(password));
                }
            } else {
                account(username, verifier, null, null);
            }
        }

        @Override
        public void setRole(String username, org.jiedao.core.security.Role role) {
            account(username, null, role.name(), null);
        }

        @Override
        public void setEnabled(String username, boolean enabled) {
            account(username, null, null, enabled);
        }

        private void account(String username, String verifier, String role, Boolean login) {
            transaction(em -> em.createNativeQuery("SELECT " + ServerSecurity.ACCOUNT + "(CAST(?1 AS text), CAST(?2 AS text), CAST(?3 AS text), CAST(?4 AS boolean))").setParameter(1, username)
                    .setParameter(2, verifier).setParameter(3, role).setParameter(4, login).getResultList());
        }
    };

    /** One {@link RecordsChanged} event per bundle whose entities the committed transaction changed. */
    private void postRecordsChanged(Set<Class<?>> classes) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, List<String>> byBundle = new TreeMap<>();
        for (Class<?> type : classes) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            byBundle.computeIfAbsent(bundle == null ? "unknown" : bundle.getSymbolicName(), b -> new ArrayList<>()).add(type.getSimpleName());
        }
        byBundle.forEach((bundle, entities) -> admin.postEvent(new Event(RecordsChanged.topic(bundle),
                Map.of(RecordsChanged.ENTITIES, entities.stream().sorted().toArray(String[]::new), RecordsChanged.BUNDLE, bundle))));
    }

    @Override
    public <T> T transaction(Function<EntityManager, T> work) {
        return database0().transaction(work);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return database0().read(work);
    }

    @Override
    public DatabaseInfo database() {
        return database0().info();
    }

    @Override
    public org.jiedao.core.persistence.AuditVerification verifyAudit() {
        return database0().verifyAudit();
    }

    @Override
    public org.jiedao.core.persistence.AuditVerification verifyAudit(java.util.List<org.jiedao.core.persistence.AuditCheckpoint> checkpoints) {
        String installation = database0().installationId();
        java.util.Map<Long, String> hashes = new java.util.HashMap<>();
        for (org.jiedao.core.persistence.AuditCheckpoint checkpoint : checkpoints) {
            if (!installation.equals(checkpoint.installationId())) {
                throw new IllegalArgumentException(checkpoint.installationId());
            }
            String other = hashes.putIfAbsent(checkpoint.seq(), checkpoint.hash());
            if (other != null && !other.equals(checkpoint.hash())) {
                // two checkpoints of one record that disagree: one of them does not belong to this chain
                return new org.jiedao.core.persistence.AuditVerification(0, java.util.OptionalLong.of(checkpoint.seq()), "checkpoint");
            }
        }
        return database0().verifyAudit(hashes);
    }

    @Override
    public String installationId() {
        return database0().installationId();
    }

    @Override
    public java.util.Optional<org.jiedao.core.persistence.AuditCheckpoint> lastAuditCheckpoint() {
        return database0().lastAuditCheckpoint();
    }

    @Override
    public org.jiedao.core.persistence.AuditCheckpoint takeAuditCheckpoint() {
        return database0().takeAuditCheckpoint();
    }

    @Override
    public java.util.List<org.jiedao.core.persistence.AuditRecord> auditRecords(String user, String entity,
            java.time.LocalDate fromUtc, java.time.LocalDate toUtc, int max) {
        boolean allowed = withSecurity(security -> security.currentUser().isEmpty()
                || security.currentUserHas(org.jiedao.core.security.Role.AUDITOR, org.jiedao.core.security.Role.DISTRICT_ADMIN),
                true);
        if (!allowed) {
            throw new org.jiedao.core.persistence.AccessDeniedException(Messages.Audit_readDenied);
        }
        return database0().auditRecords(user, entity, fromUtc, toUtc, max);
    }

    /** The signed-in user's scope (and name, for the audit trail); unrestricted while setting up. */
    private org.jiedao.core.persistence.DataScope scope() {
        return withSecurity(SecurityService::currentScope,
                org.jiedao.core.persistence.DataScope.unrestricted("os:" + System.getProperty("user.name", "?")));
    }

    /**
     * Asks the security service, looked up for the call rather than injected: it depends on this
     * service, and SCR leaves a reference in both directions unbound depending on activation order.
     *
     * @param absent the answer while no security service is registered (setting up, tests)
     */
    private <T> T withSecurity(java.util.function.Function<SecurityService, T> question, T absent) {
        ServiceReference<SecurityService> reference = context.getServiceReference(SecurityService.class);
        SecurityService security = reference == null ? null : context.getService(reference);
        if (security == null) {
            return absent;
        }
        try {
            return question.apply(security);
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public Path backup(Path directory) {
        return database0().backup(directory);
    }

    @Override
    public synchronized void restore(Path backupFolder) {
        DatabaseSettings settings = database != null ? database.settings() : DatabaseSettings.load(dataDirectory());
        if (database != null) {
            database.close();
            database = null;
        }
        DerbyBackup.restore(settings, backupFolder);
        database0();
    }

    private Path dataDirectory() {
        try {
            for (ServiceReference<Location> ref : context.getServiceReferences(Location.class, Location.INSTANCE_FILTER)) {
                Location location = context.getService(ref);
                try {
                    URL url = location == null ? null : location.getURL();
                    if (url != null) {
                        try {
                            return Path.of(url.toURI());
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            return Path.of(url.getPath());
                        }
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new DatabaseUnavailableException(Messages.Database_noDataFolder, null);
    }
}
