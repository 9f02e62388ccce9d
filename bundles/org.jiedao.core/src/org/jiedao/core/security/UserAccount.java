package org.jiedao.core.security;

import java.util.Objects;
import java.util.Optional;

/**
 * A user as other modules see it (never the password).
 *
 * @param username    sign-in name
 * @param displayName the name shown in the workbench and in the audit trail
 * @param role        what the user may do
 * @param unitCode    the organisation unit the role applies to (with everything below it); empty
 *                    for a district administrator or auditor of the whole installation
 */
public record UserAccount(String username, String displayName, Role role, Optional<String> unitCode) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        unitCode = unitCode == null ? Optional.empty() : unitCode;
    }
}
