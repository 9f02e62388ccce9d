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
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private synchronized Database database0() {
        if (database == null) {
            database = Database.open(DatabaseSettings.load(dataDirectory()), EntityContribution.read(registry),
                    SchemaMigrations.read(registry), this::scope);
            database.onCommit(this::postRecordsChanged);
        }
        return database;
    }

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
