package org.jiedao.core.security;

import java.util.List;
import java.util.Optional;

/**
 * Users, sign-in and the signed-in user of this process (an OSGi service). Passwords are stored
 * as salted PBKDF2 hashes; an account is locked for a while after repeated failed sign-ins.
 */
public interface SecurityService {

    /** @return whether any user exists (a new data folder has none until {@code jiedao-cli init}) */
    boolean hasUsers();

    /** @return every user, by name */
    List<UserAccount> users();

    /**
     * The users the signed-in user may list: everyone for a district administrator and an auditor (and while nobody
     * is signed in: setting up), for a street officer or community worker the users of their own unit and the units
     * below it (never the district's administrators and auditors, who have no unit).
     *
     * @since 1.1
     */
    default List<UserAccount> usersInScope() {
        throw new UnsupportedOperationException("usersInScope");
    }

    /** @return the user with this sign-in name */
    Optional<UserAccount> find(String username);

    /**
     * Creates a user.
     *
     * @param unitCode the unit the role covers; null only for a district administrator or auditor
     * @throws AccountException for a taken or malformed name, a weak password, an unknown unit
     */
    UserAccount createUser(String username, String displayName, Role role, String unitCode, char[] password);

    /** Sets a new password (and unlocks the account). */
    void setPassword(String username, char[] password);

    /**
     * Signs in; on success the user becomes this process's {@link #currentUser()}.
     *
     * @throws AuthenticationException for a wrong name or password, or a locked account
     */
    UserAccount signIn(String username, char[] password) throws AuthenticationException;

    /** @return the signed-in user of this process */
    Optional<UserAccount> currentUser();

    /** Signs the current user out. */
    void signOut();

    /**
     * @return what the signed-in user may see and change of {@link org.jiedao.core.persistence.ScopedEntity
     *         scoped} module data (unrestricted when nobody is signed in: setting up a data folder)
     */
    org.jiedao.core.persistence.DataScope currentScope();

    /** Extension point through which modules declare permissions. */
    String PERMISSIONS_EXTENSION_POINT = "org.jiedao.core.permissions";

    /** @return the permissions declared by the installed modules, by id */
    List<Permission> permissions();

    /**
     * @param permissionId a declared permission
     * @param unitCode     the organisation unit of the record concerned
     * @return whether the signed-in user has the permission (through their role) and the unit is
     *         within their scope; false when nobody is signed in or the permission is unknown
     */
    boolean isPermitted(String permissionId, String unitCode);

    /** @return whether a user is signed in and has one of {@code roles} */
    default boolean currentUserHas(Role... roles) {
        Optional<UserAccount> user = currentUser();
        return user.isPresent() && java.util.Arrays.asList(roles).contains(user.get().role());
    }

    /**
     * Disables an account (it can no longer sign in; its records and history stay) or enables it
     * again. On a shared server the officer's login role may then no longer log in, or may again.
     *
     * @throws AccountException for an unknown user, or disabling the signed-in user or the last enabled district administrator
     * @since 1.3
     */
    default void setEnabled(String username, boolean enabled) {
        throw new UnsupportedOperationException();
    }

    /** @return whether the account may sign in (false also for an unknown user) @since 1.3 */
    default boolean isEnabled(String username) {
        return find(username).isPresent();
    }

    /**
     * Gives an account another role and unit (a street officer moving to a community …); on a
     * shared server the login role's groups follow, and the server's scoping follows the unit at once.
     *
     * @param unitCode the unit, required for street officers and community workers; null for the others
     * @throws AccountException for an unknown user or unit, a missing unit, or taking the last district administrator away
     * @since 1.3
     */
    default UserAccount changeRole(String username, Role role, String unitCode) {
        throw new UnsupportedOperationException();
    }
}
