package org.jiedao.modules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.BackupException;
import org.jiedao.core.persistence.DatabaseKind;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.modules.ChangeResult;
import org.jiedao.modules.ModuleException;
import org.jiedao.modules.ModuleFeature;
import org.jiedao.modules.ModuleManager;
import org.jiedao.modules.ProfileState;
import org.jiedao.modules.TrustedKey;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * {@link ModuleManager} on the running product's own p2 agent and profile ({@code _SELF_}), with the
 * p2 operations API (install, update, uninstall) and the planner's diff plan (revert), as the Eclipse
 * IDE's own installation dialogs do, minus their UI.
 */
@Component(service = ModuleManager.class)
public final class P2ModuleManager implements ModuleManager {

    static final String GROUP = ModuleIds.GROUP;
    /** p2's own store of trusted keys (CertificateChecker reads it from the profile's preferences) */
    private static final String ENGINE_NODE = "org.eclipse.equinox.p2.engine";
    private static final String TRUSTED_KEYS = "pgp.trustedPublicKeys";
    private static final String BUILD_KEY = "keys/jiedao-build.asc";

    @Reference
    private IProvisioningAgentProvider agentProvider;
    @Reference
    private PersistenceService persistence;
    @Reference
    private SecurityService security;

    private IProvisioningAgent agent;
    private final TrustGate trustGate = new TrustGate();

    // ---- p2 agent and profile

    private synchronized IProvisioningAgent agent() {
        if (agent == null) {
            try {
                agent = agentProvider.createAgent(null); // null: the running system's agent
            } catch (ProvisionException e) {
                throw new ModuleException(NLS.bind(Messages.Modules_noAgent, e.getMessage()), e);
            }
            if (agent == null) {
                throw new ModuleException(NLS.bind(Messages.Modules_noAgent, "-"));
            }
            agent.registerService(UIServices.SERVICE_NAME, trustGate);
        }
        return agent;
    }

    private IProfileRegistry registry() {
        return agent().getService(IProfileRegistry.class);
    }

    private IProfile profile() {
        IProfile profile = registry().getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new ModuleException(Messages.Modules_notManaged);
        }
        return profile;
    }

    @Override
    public boolean isManaged() {
        try {
            return registry() != null && registry().getProfile(IProfileRegistry.SELF) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---- reading

    @Override
    public List<ModuleFeature> installed(Locale locale) {
        return roots(profile()).stream().map(iu -> Features.describe(iu, locale))
                .sorted(Comparator.comparing(ModuleFeature::id)).toList();
    }

    /** @return the feature groups installed at the user's request (the profile's visible roots) */
    static List<IInstallableUnit> roots(IProfile profile) {
        List<IInstallableUnit> roots = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), null)) {
            if (iu.getId().endsWith(GROUP)) {
                roots.add(iu);
            }
        }
        return roots;
    }

    @Override
    public List<ModuleFeature> available(Collection<URI> extraRepositories, Locale locale, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Modules_task_available, 100);
        IQueryable<IInstallableUnit> source = load(repositoriesWith(extraRepositories), sub.split(70));
        return Features.offered(source, sub.split(30)).stream().map(iu -> Features.describe(iu, locale)).toList();
    }

    @Override
    public List<ProfileState> history() {
        IProfileRegistry registry = registry();
        IProfile current = profile();
        long[] timestamps = registry.listProfileTimestamps(current.getProfileId());
        List<ProfileState> states = new ArrayList<>();
        for (int i = timestamps.length - 1; i >= 0; i--) {
            IProfile state = registry.getProfile(current.getProfileId(), timestamps[i]);
            if (state == null) {
                continue;
            }
            if (!isComplete(state)) {
                continue; // a technical state (e.g. written when the product folder moved): nothing to return to
            }
            List<String> modules = roots(state).stream().map(iu -> Features.id(iu) + " " + iu.getVersion())
                    .sorted().toList();
            states.add(new ProfileState(timestamps[i], Instant.ofEpochMilli(timestamps[i]), modules,
                    timestamps[i] == current.getTimestamp()));
        }
        return states;
    }

    // ---- changes

    @Override
    public ChangeResult install(Collection<String> ids, Collection<URI> extraRepositories, Locale locale,
            IProgressMonitor monitor) {
        requireAdministrator();
        List<String> subject = ids.stream().map(ModuleIds::of).toList();
        SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Modules_task_install, String.join(", ", subject)), 100);
        List<URI> repositories = repositoriesWith(extraRepositories);
        return audited("install", subject, () -> {
            IQueryable<IInstallableUnit> source = load(repositories, sub.split(20));
            List<IInstallableUnit> units = new ArrayList<>();
            for (String given : ids) {
                IInstallableUnit unit = null;
                for (String id : ModuleIds.featureIds(given)) {
                    IQueryResult<IInstallableUnit> found = source.query(
                            QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id + GROUP)), null);
                    if (!found.isEmpty()) {
                        unit = found.iterator().next();
                        break;
                    }
                }
                if (unit == null) {
                    List<String> known = new ArrayList<>();
                    source.query(QueryUtil.createIUGroupQuery(), null).forEach(iu -> known.add(Features.id(iu)));
                    roots(profile()).forEach(iu -> known.add(Features.id(iu)));
                    throw new ModuleException(NLS.bind(Messages.Modules_notInRepositories, given.trim(), list(repositories))
                            + didYouMean(given, known) + unreadable());
                }
                units.add(unit);
            }
            // a module already installed at that version, whichever id or alias named it, is left alone
            // (p2 would refuse a second install of the same root)
            List<IInstallableUnit> installedRoots = roots(profile());
            units.removeIf(installedRoots::contains);
            if (units.isEmpty()) {
                return new ChangeResult(List.of(), null, false);
            }
            InstallOperation operation = new InstallOperation(new ProvisioningSession(agent()), units);
            return run(operation, repositories, units, locale, sub.split(78));
        });
    }

    @Override
    public ChangeResult update(Collection<String> ids, Locale locale, IProgressMonitor monitor) {
        requireAdministrator();
        List<IInstallableUnit> units = ids.isEmpty() ? roots(profile()) : installedUnits(ids);
        List<String> subject = units.stream().map(Features::id).toList();
        SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Modules_task_update, String.join(", ", subject)), 100);
        List<URI> repositories = repositoriesWith(List.of());
        return audited("update", subject, () -> {
            load(repositories, sub.split(20));
            UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent()), units);
            return run(operation, repositories, units, locale, sub.split(80));
        });
    }

    @Override
    public ChangeResult uninstall(Collection<String> ids, Locale locale, IProgressMonitor monitor) {
        requireAdministrator();
        List<IInstallableUnit> units = installedUnits(ids);
        for (IInstallableUnit unit : units) {
            if (Features.PLATFORM.equals(Features.id(unit))) {
                throw new ModuleException(Messages.Modules_platformStays);
            }
        }
        List<String> subject = units.stream().map(Features::id).toList();
        SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Modules_task_uninstall, String.join(", ", subject)), 100);
        return audited("uninstall", subject, () -> {
            UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent()), units);
            return run(operation, repositoriesWith(List.of()), units, locale, sub);
        });
    }

    @Override
    public ChangeResult revert(long timestamp, Locale locale, IProgressMonitor monitor) {
        requireAdministrator();
        IProfile current = profile();
        long[] timestamps = registry().listProfileTimestamps(current.getProfileId());
        long target = timestamp;
        if (target == 0) {
            // the newest earlier state with other modules (p2 also records states that changed no module)
            Map<String, String> now = versions(current);
            for (int i = timestamps.length - 1; i >= 0 && target == 0; i--) {
                if (timestamps[i] < current.getTimestamp()) {
                    IProfile earlier = registry().getProfile(current.getProfileId(), timestamps[i]);
                    if (earlier != null && isComplete(earlier) && !versions(earlier).equals(now)) {
                        target = timestamps[i];
                    }
                }
            }
            if (target == 0) {
                throw new ModuleException(Messages.Modules_noEarlierState);
            }
        }
        IProfile state = registry().getProfile(current.getProfileId(), target);
        if (state == null || !isComplete(state)) {
            throw new ModuleException(NLS.bind(Messages.Modules_noSuchState, Long.toString(timestamp)));
        }
        long chosen = target;
        SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Modules_task_revert, Long.toString(chosen)), 100);
        return audited("revert", List.of(Long.toString(chosen)), () -> {
            List<URI> repositories = repositoriesWith(List.of());
            loadQuietly(repositories, sub.split(10));
            IPlanner planner = agent().getService(IPlanner.class);
            IProvisioningPlan plan = planner.getDiffPlan(current, state, sub.split(20));
            if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR) {
                throw Failures.resolution(plan == null ? null : plan.getStatus(), List.of(), locale);
            }
            Map<String, String> before = versions(current);
            if (Failures.isEmpty(plan)) {
                return new ChangeResult(List.of(), null, false);
            }
            Path backup = backup();
            ProvisioningContext context = context(allArtifactRepositories(repositories));
            trustGate.reset();
            IStatus done = new ProvisioningSession(agent()).performProvisioningPlan(plan,
                    PhaseSetFactory.createDefaultPhaseSet(), context, sub.split(70));
            checkDone(done, List.of(), locale);
            return new ChangeResult(diff(before, versions(profile())), backup, true);
        });
    }

    private ChangeResult run(ProfileChangeOperation operation, List<URI> repositories, List<IInstallableUnit> units,
            Locale locale, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 100);
        operation.setProfileId(profile().getProfileId());
        operation.setProvisioningContext(context(repositories));
        IStatus resolved = operation.resolveModal(sub.split(30));
        if (resolved.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new ChangeResult(List.of(), null, false);
        }
        IProvisioningPlan plan = operation.getProvisioningPlan();
        if (resolved.getSeverity() == IStatus.ERROR || plan == null) {
            throw Failures.resolution(plan != null ? plan.getStatus() : resolved, units, locale);
        }
        if (Failures.isEmpty(plan)) {
            return new ChangeResult(List.of(), null, false);
        }
        Map<String, String> before = versions(profile());
        Path backup = backup();
        trustGate.reset();
        IStatus done = operation.getProvisioningJob(null).runModal(sub.split(70));
        checkDone(done, units, locale);
        return new ChangeResult(diff(before, versions(profile())), backup, true);
    }

    private void checkDone(IStatus done, List<IInstallableUnit> units, Locale locale) {
        TrustGate.Refusal refusal = trustGate.lastRefusal();
        if (refusal.any() && (done.getSeverity() == IStatus.CANCEL || done.getSeverity() == IStatus.ERROR)) {
            throw Failures.untrusted(refusal, units, locale);
        }
        if (done.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (done.getSeverity() == IStatus.ERROR) {
            ILog.of(P2ModuleManager.class).log(done);
            throw new ModuleException(NLS.bind(Messages.Modules_engineFailed, Failures.names(units, locale),
                    Failures.firstMessage(done)));
        }
    }

    /**
     * @param ids module ids, or their aliases (feature ids, IU ids): a feature whose id is given exactly is
     *            taken first, then the feature of that module id
     */
    private List<IInstallableUnit> installedUnits(Collection<String> ids) {
        Map<String, IInstallableUnit> byFeature = new TreeMap<>();
        Map<String, IInstallableUnit> byModule = new TreeMap<>();
        for (IInstallableUnit iu : roots(profile())) {
            byFeature.put(ModuleIds.stripGroup(iu.getId()), iu);
            byModule.merge(Features.id(iu), iu, (a, b) -> a.getId().length() <= b.getId().length() ? a : b);
        }
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            IInstallableUnit iu = null;
            for (String candidate : ModuleIds.featureIds(id)) {
                iu = iu != null ? iu : byFeature.get(candidate);
            }
            iu = iu != null ? iu : byModule.get(ModuleIds.of(id));
            if (iu == null) {
                throw new ModuleException(NLS.bind(Messages.Modules_notInstalled, id.trim())
                        + didYouMean(id, byModule.keySet()));
            }
            units.add(iu);
        }
        return units;
    }

    /**
     * @return the sentence "Did you mean x?" (with the space before it that the language wants) for the ids
     *         close to {@code given}, or "" when none is
     */
    static String didYouMean(String given, Collection<String> known) {
        List<String> suggestions = ModuleIds.suggestions(given, known);
        return suggestions.isEmpty() ? ""
                : NLS.bind(Messages.Modules_didYouMean, String.join(Messages.Modules_didYouMeanOr, suggestions));
    }

    /** @return whether the state has the platform installed (only such states can be returned to) */
    private static boolean isComplete(IProfile state) {
        return versions(state).containsKey(Features.PLATFORM);
    }

    private static Map<String, String> versions(IProfile profile) {
        Map<String, String> versions = new TreeMap<>();
        for (IInstallableUnit iu : roots(profile)) {
            versions.put(Features.id(iu), iu.getVersion().toString());
        }
        return versions;
    }

    private static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> lines = new ArrayList<>();
        for (var entry : after.entrySet()) {
            String old = before.get(entry.getKey());
            if (old == null) {
                lines.add("+ " + entry.getKey() + " " + entry.getValue());
            } else if (!old.equals(entry.getValue())) {
                lines.add("~ " + entry.getKey() + " " + old + " -> " + entry.getValue());
            }
        }
        for (var entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                lines.add("- " + entry.getKey() + " " + entry.getValue());
            }
        }
        return lines;
    }

    // ---- repositories

    private IQueryable<IInstallableUnit> load(List<URI> repositories, IProgressMonitor monitor) {
        if (repositories.isEmpty()) {
            throw new ModuleException(Messages.Modules_noRepositories);
        }
        SubMonitor sub = SubMonitor.convert(monitor, repositories.size() * 2);
        IMetadataRepositoryManager metadata = agent().getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent().getService(IArtifactRepositoryManager.class);
        List<IMetadataRepository> loaded = new ArrayList<>();
        ModuleException first = null;
        List<String> failed = new ArrayList<>();
        for (URI uri : repositories) {
            try {
                IMetadataRepository repository = metadata.loadRepository(uri, sub.split(1));
                artifacts.loadRepository(uri, sub.split(1));
                loaded.add(repository);
            } catch (ProvisionException e) {
                String message = NLS.bind(Messages.Modules_repositoryUnreadable, uri, Failures.firstMessage(e.getStatus()));
                failed.add(message);
                first = first != null ? first : new ModuleException(message, e);
            }
        }
        unreadable.set(failed);
        if (loaded.isEmpty() && first != null) {
            throw first; // one unreadable repository among others does not stop the others
        }
        return QueryUtil.compoundQueryable(loaded);
    }

    private void loadQuietly(List<URI> repositories, IProgressMonitor monitor) {
        try {
            load(repositories, monitor);
        } catch (ModuleException e) {
            // a revert mostly needs what is already in the installation; a missing artifact is reported by the engine
        }
    }

    /** the repositories the last {@link #load} could not read, for the message when a module is not found */
    private final ThreadLocal<List<String>> unreadable = ThreadLocal.withInitial(List::of);

    private String unreadable() {
        return unreadable.get().isEmpty() ? "" : ". " + String.join(" ", unreadable.get());
    }

    private ProvisioningContext context(List<URI> repositories) {
        ProvisioningContext context = new ProvisioningContext(agent());
        URI[] uris = repositories.toArray(URI[]::new);
        context.setMetadataRepositories(uris);
        context.setArtifactRepositories(uris);
        return context;
    }

    private List<URI> allArtifactRepositories(List<URI> configured) {
        Set<URI> all = new LinkedHashSet<>(configured);
        IArtifactRepositoryManager artifacts = agent().getService(IArtifactRepositoryManager.class);
        all.addAll(List.of(artifacts.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)));
        return List.copyOf(all);
    }

    private List<URI> repositoriesWith(Collection<URI> extra) {
        Set<URI> all = new LinkedHashSet<>(extra);
        all.addAll(repositories());
        return List.copyOf(all);
    }

    @Override
    public List<URI> repositories() {
        return RepositoryList.read(repositoryFile());
    }

    @Override
    public void addRepository(URI repository) {
        requireAdministrator();
        audited("repo-add", List.of(repository.toString()), () -> {
            RepositoryList.add(repositoryFile(), repository);
            return null;
        });
    }

    @Override
    public void removeRepository(URI repository) {
        requireAdministrator();
        audited("repo-remove", List.of(repository.toString()), () -> {
            if (!RepositoryList.remove(repositoryFile(), repository)) {
                throw new ModuleException(NLS.bind(Messages.Modules_repositoryNotConfigured, repository));
            }
            return null;
        });
    }

    /** In the product's configuration area: per installation, beside the p2 profile it is used to change. */
    private static Path repositoryFile() {
        URL area = Platform.getConfigurationLocation().getURL();
        try {
            return Path.of(URI.create(area.toExternalForm().replace(" ", "%20"))).resolve("org.jiedao.modules")
                    .resolve("repositories.txt");
        } catch (IllegalArgumentException e) {
            return Path.of(area.getPath(), "org.jiedao.modules", "repositories.txt");
        }
    }

    private static String list(List<URI> uris) {
        return uris.stream().map(URI::toString).reduce((a, b) -> a + ", " + b).orElse("-");
    }

    // ---- trust

    @Override
    public List<TrustedKey> trustedKeys() {
        List<TrustedKey> keys = new ArrayList<>();
        for (PGPPublicKeyRing ring : Keys.parse(buildKey())) {
            keys.add(new TrustedKey(Keys.fingerprint(ring.getPublicKey()), Keys.userId(ring.getPublicKey()), "build"));
        }
        for (PGPPublicKeyRing ring : Keys.parse(trustNode().get(TRUSTED_KEYS, null))) {
            keys.add(new TrustedKey(Keys.fingerprint(ring.getPublicKey()), Keys.userId(ring.getPublicKey()), "administrator"));
        }
        return keys;
    }

    @Override
    public List<TrustedKey> trust(String armoredPublicKeys) {
        requireAdministrator();
        List<PGPPublicKeyRing> rings = Keys.parse(armoredPublicKeys);
        if (rings.isEmpty()) {
            throw new ModuleException(Messages.Modules_noKeyInFile);
        }
        List<String> subject = rings.stream().map(Keys::describe).toList();
        return audited("trust", subject, () -> {
            Preferences node = trustNode();
            String existing = node.get(TRUSTED_KEYS, "");
            Set<String> known = new LinkedHashSet<>();
            for (PGPPublicKeyRing ring : Keys.parse(existing)) {
                known.add(Keys.fingerprint(ring.getPublicKey()));
            }
            StringBuilder value = new StringBuilder(existing);
            List<TrustedKey> added = new ArrayList<>();
            for (PGPPublicKeyRing ring : rings) {
                String fingerprint = Keys.fingerprint(ring.getPublicKey());
                if (known.add(fingerprint)) {
                    try {
                        value.append(value.length() == 0 || value.charAt(value.length() - 1) == '\n' ? "" : "\n")
                                .append(armor(ring));
                    } catch (IOException e) {
                        throw new ModuleException(Messages.Modules_noKeyInFile, e);
                    }
                    added.add(new TrustedKey(fingerprint, Keys.userId(ring.getPublicKey()), "administrator"));
                }
            }
            node.put(TRUSTED_KEYS, value.toString());
            try {
                node.flush();
            } catch (BackingStoreException e) {
                throw new ModuleException(NLS.bind(Messages.Modules_cannotSaveTrust, e.getMessage()), e);
            }
            return added;
        });
    }

    private static String armor(PGPPublicKeyRing ring) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new org.bouncycastle.bcpg.ArmoredOutputStream(bytes)) {
            ring.encode(out);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private Preferences trustNode() {
        return new ProfileScope(agent().getService(IAgentLocation.class), profile().getProfileId()).getNode(ENGINE_NODE);
    }

    private String buildKey() {
        Bundle bundle = FrameworkUtil.getBundle(P2ModuleManager.class);
        URL entry = bundle == null ? null : bundle.getEntry(BUILD_KEY);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }

    // ---- safety: administrators only, backup first, audit always

    private void requireAdministrator() {
        if (!security.currentUserHas(Role.DISTRICT_ADMIN)) {
            throw new AccessDeniedException(Messages.Modules_adminOnly);
        }
    }

    /**
     * Backs the data folder's database up before the installation changes (a failed backup stops the
     * change). A shared PostgreSQL server is backed up with its own tools (the platform's backup refuses
     * it): then no backup is taken here and the result says so.
     */
    private Path backup() {
        if (persistence.database().kind() != DatabaseKind.DERBY_EMBEDDED) {
            return null;
        }
        Path data;
        try {
            data = Path.of(Platform.getInstanceLocation().getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
            data = Path.of(Platform.getInstanceLocation().getURL().getPath());
        }
        try {
            return persistence.backup(data.resolve("backups").resolve("before-module-changes"));
        } catch (BackupException e) {
            throw new ModuleException(NLS.bind(Messages.Modules_backupFailed, e.getMessage()), e);
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        T run();
    }

    private <T> T audited(String action, List<String> subject, Change<T> change) {
        String outcome = "failed";
        String detail = null;
        String backup = null;
        try {
            T result = change.run();
            if (result instanceof ChangeResult changes) {
                outcome = changes.nothingChanged() ? "unchanged" : "done";
                detail = String.join("; ", changes.changes());
                backup = changes.backup() == null ? null : changes.backup().toString();
            } else {
                outcome = "done";
            }
            return result;
        } catch (OperationCanceledException e) {
            outcome = "cancelled";
            throw e;
        } catch (ModuleException e) {
            outcome = "refused";
            detail = e.getMessage();
            throw e;
        } finally {
            record(action, String.join(", ", subject), outcome, detail, backup);
        }
    }

    private void record(String action, String subject, String outcome, String detail, String backup) {
        String user = security.currentUser().map(UserAccount::username).orElse("-");
        try {
            persistence.transaction(em -> {
                em.persist(new ModuleChangeRecord(LocalDateTime.now(ZoneOffset.UTC), user, action, subject, outcome,
                        detail, backup));
                return null;
            });
        } catch (RuntimeException e) {
            // the change itself is done (or refused); a missing record must not hide that, but is logged
            ILog.of(P2ModuleManager.class).error("Cannot record the module change " + action + " " + subject, e);
        }
    }

    /** @return the module changes recorded, newest first (for the dialog and tests) */
    public List<ModuleChangeRecord> changes(int max) {
        return persistence.read(em -> em.createQuery("select c from ModuleChange c order by c.id desc",
                ModuleChangeRecord.class).setMaxResults(max).getResultList());
    }
}
