package org.jiedao.core.dashboard;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.security.UserAccount;

/**
 * What a {@link DashboardWidgetProvider} knows about the person looking at the dashboard.
 *
 * @param locale the language of the user interface, for texts and number formats
 * @param scope  what the user may see of scoped data (the persistence service applies it already;
 *               use it for data that is not a {@link org.jiedao.core.persistence.ScopedEntity})
 * @param user   the signed-in user; empty when nobody is signed in
 */
public record WidgetContext(Locale locale, DataScope scope, Optional<UserAccount> user) {

    public WidgetContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(scope, "scope");
        user = user == null ? Optional.empty() : user;
    }

    /** @return the code of the user's unit; empty for a user of the whole installation */
    public Optional<String> unitCode() {
        return user.flatMap(UserAccount::unitCode);
    }
}
