package org.jiedao.core.persistence;

import org.jiedao.core.security.Role;

/**
 * The officers' login roles of a shared PostgreSQL server, where every officer connects as
 * themselves ({@link PersistenceService#serverAccounts()}). The security service keeps them in
 * step with the Jiedao accounts, in the same transaction as the account's change; the server
 * refuses every change but an officer's own password to anyone who is not a district
 * administrator. Passwords leave this process only as SCRAM-SHA-256 verifiers.
 *
 * @since 1.3
 */
public interface ServerAccounts {

    /** The login role of a Jiedao user (the installation's prefix + the user name). */
    String roleName(String username);

    /** Creates the user's login role with this password and the groups of the role. */
    void create(String username, char[] password, Role role);

    /** Sets the password of the user's login role (the signed-in officer's own, or as a district administrator). */
    void setPassword(String username, char[] password);

    /** Puts the user's login role into the groups of this Jiedao role. */
    void setRole(String username, Role role);

    /** Lets the user's login role connect, or not (a disabled account). */
    void setEnabled(String username, boolean enabled);
}
