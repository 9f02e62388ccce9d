package org.jiedao.incubation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the module's services share: the platform services, unit lookups, settings and the common checks. */
@Component(service = IncubationSupport.class)
public final class IncubationSupport {

    /** Permission to see founders' names and phones unmasked (the projects' handlers). */
    public static final String PERSONAL = "org.jiedao.incubation.personal";
    public static final String ELIGIBILITY_YEARS = "desk.eligibility.years";
    public static final String DEFAULT_PLACES = "selection.default.places";
    public static final String PLAN_YEARS = "coverage.plan.years";
    static final Map<String, Integer> DEFAULTS = Map.of(ELIGIBILITY_YEARS, 2, DEFAULT_PLACES, 1, PLAN_YEARS, 2);

    @Reference
    PersistenceService persistence;
    @Reference
    OrgUnitService units;
    @Reference
    SecurityService security;
    @Reference
    PersonalDataLog personalData;

    public PersistenceService persistence() {
        return persistence;
    }

    public OrgUnitService units() {
        return units;
    }

    /** @return the unit a user names for a record, in their scope (refusal in the module's exception) */
    public OrgUnit unit(String codeOrName) {
        return units.findInScope(codeOrName); // an unknown unit, or one outside the scope: the platform's OrgUnitException (CLI exit 3)
    }

    /** @return the community a user names, refused when the unit is not a community */
    public OrgUnit community(String codeOrName) {
        OrgUnit unit = unit(codeOrName);
        if (unit.level() != OrgLevel.COMMUNITY) {
            throw new IncubationException(NLS.bind(Messages.Refused_notCommunity, codeOrName));
        }
        return unit;
    }

    /** @return the street a user names, refused when the unit is not a street */
    public OrgUnit street(String codeOrName) {
        Optional<OrgUnit> unit = units.findByCodeOrName(codeOrName == null ? "" : codeOrName.strip());
        if (unit.isEmpty() || unit.get().level() != OrgLevel.STREET) {
            throw new IncubationException(NLS.bind(Messages.Refused_notStreet, codeOrName));
        }
        return unit.get();
    }

    /** @return unit code → name */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** @return whether the signed-in user may see the founders' personal data of the unit */
    public boolean personalVisible(String unitCode) {
        return security.currentUser().isEmpty() || security.isPermitted(PERSONAL, unitCode);
    }

    /**
     * Logs that the signed-in user was given founders' (or residents') personal data in clear.
     *
     * @param unitCode the records' unit, null for several
     */
    public void logRead(String kind, String key, String unitCode, PersonalDataLog.Purpose purpose, long records) {
        if (records > 0) {
            personalData.recordRead("org.jiedao.incubation", kind, key, unitCode, purpose, records);
        }
    }

    public SecurityService security() {
        return security;
    }

    /** @return a setting (its DOMAIN.md default when never set) */
    public int setting(String key) {
        return persistence.read(em -> setting(em, key));
    }

    static int setting(EntityManager em, String key) {
        List<SettingEntity> found = em.createQuery("select s from IncubationSetting s where s.key = :k", SettingEntity.class).setParameter("k", key)
                .getResultList();
        return found.isEmpty() ? DEFAULTS.get(key) : found.get(0).getValue();
    }

    public void setSetting(String key, int value) {
        persistence.transaction(em -> {
            List<SettingEntity> found = em.createQuery("select s from IncubationSetting s where s.key = :k", SettingEntity.class)
                    .setParameter("k", key).getResultList();
            if (found.isEmpty()) {
                em.persist(new SettingEntity(key, value));
            } else {
                found.get(0).setValue(value);
            }
            return null;
        });
    }

    /** @return the project with the code, in the user's scope */
    public static ProjectEntity project(EntityManager em, String code) {
        List<ProjectEntity> found = em.createQuery("select p from IncubationProject p where p.code = :c", ProjectEntity.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultList();
        if (found.isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_noProject, code));
        }
        return found.get(0);
    }

    /** @return the incubator with the name, in the user's scope */
    public static IncubatorEntity incubator(EntityManager em, String name) {
        List<IncubatorEntity> found = em.createQuery("select i from IncubationIncubator i where i.name = :n", IncubatorEntity.class)
                .setParameter("n", name == null ? "" : name.strip()).getResultList();
        if (found.isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_noIncubator, name));
        }
        return found.get(0);
    }

    /** @return the round with the name, in the user's scope */
    public static RoundEntity round(EntityManager em, String name) {
        List<RoundEntity> found = em.createQuery("select r from IncubationRound r where r.name = :n", RoundEntity.class)
                .setParameter("n", name == null ? "" : name.strip()).getResultList();
        if (found.isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_noRound, name));
        }
        return found.get(0);
    }

    /** @return the text stripped, refused when blank (required) or too long; null for a blank optional text */
    public static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IncubationException(NLS.bind(Messages.Refused_required, field));
            }
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new IncubationException(NLS.bind(Messages.Refused_tooLong, new Object[] { field, max, t.length() }));
        }
        return t;
    }

    /** Refuses a negative count. */
    public static int count(int value, String field) {
        if (value < 0) {
            throw new IncubationException(NLS.bind(Messages.Refused_negative, field, value));
        }
        return value;
    }

    /** @return yuan with scale 2, refused when negative or with more than 2 decimals */
    public static BigDecimal yuan(BigDecimal value, String field) {
        if (value == null) {
            throw new IncubationException(NLS.bind(Messages.Refused_required, field));
        }
        if (value.signum() < 0) {
            throw new IncubationException(NLS.bind(Messages.Refused_negative, field, value.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IncubationException(NLS.bind(Messages.Refused_yuan, value.toPlainString()));
        }
        return value.setScale(2);
    }
}
