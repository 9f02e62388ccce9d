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
        return persistence.read(em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() > 0);
    }

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
        String hash = PasswordHasher.hash(password);
        return persistence.transaction(em -> {
            if (entity(em, name).isPresent()) {
                throw new AccountException(NLS.bind(Messages.User_taken, name));
            }
            UserEntity user = new UserEntity(name, shown, role, unit, hash, now());
            em.persist(user);
            return user.toAccount();
        });
    }

    @Override
    public void setPassword(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        checkPassword(name, password);
        String hash = PasswordHasher.hash(password);
        persistence.transaction(em -> {
            entity(em, name).orElseThrow(() -> new AccountException(NLS.bind(Messages.User_unknown, name))).setPasswordHash(hash);
            return null;
        });
    }

    @Override
    public UserAccount signIn(String username, char[] password) throws AuthenticationException {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        LocalDateTime now = now();
        Object outcome = persistence.transaction(em -> {
            Optional<UserEntity> found = entity(em, name);
            if (found.isEmpty()) {
                PasswordHasher.spendVerificationTime(password);
                return Messages.SignIn_failed;
            }
            UserEntity user = found.get();
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
