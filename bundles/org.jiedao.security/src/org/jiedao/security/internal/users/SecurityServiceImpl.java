package org.jiedao.security.internal.users;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.persistence.ServerAccounts;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.Permission;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SecurityService} over the shared database. */
@Component(service = SecurityService.class)
public final class SecurityServiceImpl implements SecurityService {

    static final int MIN_PASSWORD = 8;
    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._\\-]{1,31}");

    private PersistenceService persistence;
    private OrgUnitService units;
    private Clock clock = Clock.systemUTC();
    private volatile UserAccount current;
    private volatile DataScope scope;

    @Reference
    void setPersistence(PersistenceService persistenceService) {
        this.persistence = persistenceService;
    }

    @Reference
    void setUnits(OrgUnitService orgUnitService) {
        this.units = orgUnitService;
    }

    private IExtensionRegistry registry;

    @Reference
    void setRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    /** For tests of the lockout: a clock that can be moved. */
    public void setClock(Clock testClock) {
        this.clock = testClock;
    }

    @Override
    public boolean hasUsers() {
        try {
            return persistence.read(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() > 0);
        } catch (DatabaseUnavailableException e) {
            if (persistence.signsInAtServer()) {
                // a shared server where every officer connects as themselves: only signing in opens it, and
                // its users were made by 'jiedao-cli server init'
                return true;
            }
            throw e;
        }
    }

    /** What JD_USER keeps instead of a hash on a shared server, where the server checks the password (SCRAM). */
    static final String CHECKED_BY_SERVER = "server:scram-sha-256";

    @Override
    public List<UserAccount> users() {
        return persistence.read(em -> em.createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                .getResultList().stream().map(UserEntity::toAccount).toList());
    }

    @Override
    public List<UserAccount> usersInScope() {
        DataScope mine = currentScope();
        List<UserAccount> all = users();
        if ("/".equals(mine.pathPrefix())) {
            return all;
        }
        // a user without a unit (district administrator, auditor) only for the whole installation's scope
        return all.stream().filter(user -> user.unitCode().flatMap(units::find).map(unit -> mine.covers(unit.path())).orElse(false))
                .toList();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return persistence.read(em -> entity(em, username).map(UserEntity::toAccount));
    }

    @Override
    public UserAccount createUser(String username, String displayName, Role role, String unitCode, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new AccountException(NLS.bind(Messages.User_badName, username));
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty()) {
            throw new AccountException(Messages.User_blankDisplayName);
        }
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        if (unit == null && (role == Role.STREET_OFFICER || role == Role.COMMUNITY_WORKER)) {
            throw new AccountException(NLS.bind(Messages.User_unitRequired, role.displayName(Locale.getDefault())));
        }
        if (unit != null && units.find(unit).isEmpty()) {
            throw new AccountException(NLS.bind(Messages.User_unknownUnit, unit));
        }
        checkPassword(name, password);
        Optional<ServerAccounts> server = persistence.serverAccounts();
        String hash = server.isPresent() ? CHECKED_BY_SERVER : PasswordHasher.hash(password);
        return persistence.transaction(em -> {
            if (entity(em, name).isPresent()) {
                throw new AccountException(NLS.bind(Messages.User_taken, name));
            }
            UserEntity user = new UserEntity(name, shown, role, unit, hash, now());
            em.persist(user);
            // the officer's login role, in the same transaction: both or neither
            server.ifPresent(accounts -> accounts.create(name, password, role));
            return user.toAccount();
        });
    }

    @Override
    public void setPassword(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        checkPassword(name, password);
        Optional<ServerAccounts> server = persistence.serverAccounts();
        String hash = server.isPresent() ? CHECKED_BY_SERVER : PasswordHasher.hash(password);
        persistence.transaction(em -> {
            UserEntity user = entity(em, name).orElseThrow(() -> new AccountException(NLS.bind(Messages.User_unknown, name)));
            if (!hash.equals(user.passwordHash())) {
                user.setPasswordHash(hash);
            }
            server.ifPresent(accounts -> accounts.setPassword(name, password));
            return null;
        });
    }

    @Override
    public UserAccount signIn(String username, char[] password) throws AuthenticationException {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (persistence.signsInAtServer()) {
            return signInAtServer(name, password);
        }
        LocalDateTime now = now();
        Object outcome = persistence.transaction(em -> {
            Optional<UserEntity> found = entity(em, name);
            if (found.isEmpty()) {
                PasswordHasher.spendVerificationTime(password);
                return Messages.SignIn_failed;
            }
            UserEntity user = found.get();
            if (user.disabled()) {
                PasswordHasher.spendVerificationTime(password);
                return Messages.SignIn_disabled;
            }
            if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
                return locked(user.lockedUntil());
            }
            if (!PasswordHasher.verify(password, user.passwordHash())) {
                int failures = user.failedSignIns() + 1;
                boolean lock = failures >= MAX_FAILURES;
                user.failed(lock ? 0 : failures, lock ? now.plusMinutes(LOCK_MINUTES) : null);
                return lock ? locked(user.lockedUntil()) : Messages.SignIn_failed;
            }
            user.succeeded();
            return user.toAccount();
        });
        if (outcome instanceof UserAccount account) {
            scope = scopeOf(account);
            current = account;
            return account;
        }
        throw new AuthenticationException((String) outcome);
    }

    /**
     * On a shared server the server checks the password: connecting as the officer's login role is
     * the sign-in (the server's authentication settings, not Jiedao, decide about repeated failures).
     */
    private UserAccount signInAtServer(String name, char[] password) throws AuthenticationException {
        if (!NAME.matcher(name).matches() || !persistence.openAs(name, password)) {
            throw new AuthenticationException(Messages.SignIn_failed);
        }
        Optional<UserAccount> account = persistence.read(em -> entity(em, name).filter(user -> !user.disabled()).map(UserEntity::toAccount));
        if (account.isEmpty()) {
            // a database role that is no Jiedao user
            throw new AuthenticationException(Messages.SignIn_failed);
        }
        scope = scopeOf(account.get());
        current = account.get();
        return account.get();
    }

    @Override
    public boolean isEnabled(String username) {
        return persistence.read(em -> entity(em, username).map(user -> !user.disabled()).orElse(false));
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!enabled && current != null && current.username().equals(name)) {
            throw new AccountException(Messages.User_cannotDisableSelf);
        }
        Optional<ServerAccounts> server = persistence.serverAccounts();
        persistence.transaction(em -> {
            UserEntity user = entity(em, name).orElseThrow(() -> new AccountException(NLS.bind(Messages.User_unknown, name)));
            if (!enabled && user.role() == Role.DISTRICT_ADMIN && enabledAdministrators(em) <= 1) {
                throw new AccountException(Messages.User_lastAdministrator);
            }
            if (user.disabled() == enabled) {
                user.setDisabled(!enabled);
                server.ifPresent(accounts -> accounts.setEnabled(name, enabled));
            }
            return null;
        });
    }

    @Override
    public UserAccount changeRole(String username, Role role, String unitCode) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        if (unit == null && (role == Role.STREET_OFFICER || role == Role.COMMUNITY_WORKER)) {
            throw new AccountException(NLS.bind(Messages.User_unitRequired, role.displayName(Locale.getDefault())));
        }
        if (unit != null && units.find(unit).isEmpty()) {
            throw new AccountException(NLS.bind(Messages.User_unknownUnit, unit));
        }
        Optional<ServerAccounts> server = persistence.serverAccounts();
        return persistence.transaction(em -> {
            UserEntity user = entity(em, name).orElseThrow(() -> new AccountException(NLS.bind(Messages.User_unknown, name)));
            if (user.role() == Role.DISTRICT_ADMIN && role != Role.DISTRICT_ADMIN && !user.disabled() && enabledAdministrators(em) <= 1) {
                throw new AccountException(Messages.User_lastAdministrator);
            }
            boolean roleChanged = user.role() != role;
            user.setRoleAndUnit(role, unit);
            if (roleChanged) {
                server.ifPresent(accounts -> accounts.setRole(name, role));
            }
            return user.toAccount();
        });
    }

    private static long enabledAdministrators(EntityManager em) {
        return em.createQuery("select count(u) from UserEntity u where u.role = :role and u.disabled = false", Long.class)
                .setParameter("role", Role.DISTRICT_ADMIN).getSingleResult();
    }

    private static String locked(LocalDateTime until) {
        return NLS.bind(Messages.SignIn_locked, until.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }

    @Override
    public Optional<UserAccount> currentUser() {
        return Optional.ofNullable(current);
    }

    @Override
    public void signOut() {
        current = null;
        scope = null;
    }

    @Override
    public List<Permission> permissions() {
        return PermissionCatalog.read(registry);
    }

    @Override
    public boolean isPermitted(String permissionId, String unitCode) {
        UserAccount user = current;
        if (user == null || unitCode == null) {
            return false;
        }
        Optional<Permission> permission = permissions().stream().filter(p -> p.id().equals(permissionId)).findFirst();
        if (permission.isEmpty()) {
            return false;
        }
        if (user.role() != Role.DISTRICT_ADMIN && !permission.get().roles().contains(user.role())) {
            return false;
        }
        return units.find(unitCode).map(unit -> currentScope().covers(unit.path())).orElse(false);
    }

    @Override
    public DataScope currentScope() {
        DataScope s = scope;
        return s != null ? s : DataScope.unrestricted("os:" + System.getProperty("user.name", "?"));
    }

    /** Looked up once at sign-in (before the user is current, so the lookup itself is not scoped). */
    private DataScope scopeOf(UserAccount account) {
        // a unit that no longer exists covers nothing (never everything)
        String path = account.unitCode().isEmpty() ? "/"
                : account.unitCode().flatMap(units::find).map(org.jiedao.core.org.OrgUnit::path).orElse("/\u0000none/");
        return new DataScope(path, account.role() == Role.AUDITOR, account.username());
    }

    static void checkPassword(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new AccountException(NLS.bind(Messages.Password_tooShort, MIN_PASSWORD));
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && text.contains(username)) {
            throw new AccountException(Messages.Password_containsName);
        }
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (char ch : password) {
            if (Character.isLetter(ch)) {
                letter = true;
            } else if (Character.isDigit(ch)) {
                digit = true;
            } else {
                other = true;
            }
        }
        if ((letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0) < 2) {
            throw new AccountException(Messages.Password_tooSimple);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Optional<UserEntity> entity(EntityManager em, String username) {
        return em.createQuery("select u from UserEntity u where u.username = :name", UserEntity.class)
                .setParameter("name", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .getResultList().stream().findFirst();
    }
}
