package org.jiedao.exchange;

import java.util.Optional;

import org.jiedao.core.security.UserAccount;

/** What an import session knows about the import it serves. */
public interface ImportContext extends ValueContext {

    /** @return the signed-in user (empty only in tests without security) */
    Optional<UserAccount> user();

    /** @return whether this is a dry run (validation only; {@code write} is never called) */
    boolean dryRun();
}
