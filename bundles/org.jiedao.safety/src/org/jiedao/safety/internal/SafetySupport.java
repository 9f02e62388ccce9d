package org.jiedao.safety.internal;

import java.util.HashMap;
import java.util.Map;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
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
    @Reference
    PersonalDataLog personalData;

    /** The module's id, as the personal-data log names it. */
    public static final String MODULE = "org.jiedao.safety";

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

    /** Records that the user was given {@code records} premises' personal data in clear (see {@link PersonalDataLog}). */
    void logRead(String recordKey, String unitCode, PersonalDataLog.Purpose purpose, long records) {
        if (records > 0) {
            personalData.recordRead(MODULE, "premises", recordKey, unitCode, purpose, records);
        }
    }
}
