package org.jiedao.safety.internal;

import java.util.HashMap;
import java.util.Map;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the safety services share (an internal service of this bundle): the unit and user at hand, unit names, the personal-data rule. */
@Component(service = SafetySupport.class)
public final class SafetySupport {

    /** The permission to see premises' personal fields unmasked (declared in plugin.xml). */
    public static final String PERSONAL_PERMISSION = "org.jiedao.safety.personal";

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;
    @Reference
    OrgUnitService units;

    /** @return the unit the user names, in their scope; refused with the platform's bilingual message */
    OrgUnit unit(String codeOrName) {
        try {
            return units.findInScope(codeOrName);
        } catch (OrgUnitException e) {
            throw Refuse.because(e.getMessage());
        }
    }

    Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** @return the signed-in user's display name, or their user name */
    String userName() {
        return security.currentUser().map(UserAccount::displayName).orElse("");
    }

    /** Template and deadline settings are the street's: street officers and district administrators only. */
    void requireStreetOfficer() {
        if (!security.currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
            throw Refuse.because(Messages.Refused_streetOnly);
        }
    }

    /** @return whether the user sees the personal fields of a record of {@code unitCode} unmasked */
    boolean unmasked(String unitCode) {
        return security.isPermitted(PERSONAL_PERMISSION, unitCode);
    }

    /** Masks a name: the first character kept (张**). To be replaced by org.jiedao.core.privacy.Masks once on main. */
    public static String maskName(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1) + "*".repeat(Math.max(1, s.length() - 1));
    }

    /** Masks a phone: the first 3 and last 4 digits kept (138****5678). */
    public static String maskPhone(String s) {
        if (s == null || s.length() < 8) {
            return s == null ? null : "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** Masks an address: the first 6 characters kept. */
    public static String maskAddress(String s) {
        if (s == null || s.length() <= 6) {
            return s;
        }
        return s.substring(0, 6) + "****";
    }
}
