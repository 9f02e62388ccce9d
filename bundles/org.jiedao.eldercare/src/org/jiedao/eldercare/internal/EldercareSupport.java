package org.jiedao.eldercare.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.Sex;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the module's services share: units, the signed-in user, elders read and shown (masked without the permission). */
@Component(service = EldercareSupport.class)
public final class EldercareSupport {

    @Reference
    PersistenceService persistence;
    @Reference
    OrgUnitService units;
    @Reference
    SecurityService security;
    @Reference
    PersonalDataLog log;

    /** The module's id, as the personal-data log names it. */
    public static final String MODULE = "org.jiedao.eldercare";

    /**
     * Logs reads of unmasked personal data (outside a read-only transaction, whose rollback would drop them).
     *
     * @param visibleByUnit how many unmasked records of each community were given to the user
     */
    public void logReads(String kind, String key, Map<String, Long> visibleByUnit, PersonalDataLog.Purpose purpose) {
        visibleByUnit.forEach((unit, n) -> {
            if (n > 0) {
                log.recordRead(MODULE, kind, key, unit, purpose, n);
            }
        });
    }

    public PersonalDataLog log() {
        return log;
    }

    public PersistenceService persistence() {
        return persistence;
    }

    /** The community a user names for a record, in their scope. */
    public OrgUnit unit(String codeOrName) {
        try {
            return units.findInScope(codeOrName);
        } catch (OrgUnitException e) {
            throw new EldercareException(e.getMessage());
        }
    }

    /** @return the code of a unit named by code or name (any the installation knows), for filters */
    public String unitCode(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return units.findByCodeOrName(codeOrName.strip()).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_unit, codeOrName)))
                .code();
    }

    /** @return the path of a unit named by code or name (any the installation knows), for filters by community or street */
    public String unitPath(String codeOrName) {
        return units.findByCodeOrName(codeOrName.strip()).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_unit, codeOrName)))
                .path();
    }

    /** @return the code of each unit by its path */
    public Map<String, String> unitCodesByPath() {
        Map<String, String> codes = new HashMap<>();
        units.list().forEach(u -> codes.put(u.path(), u.code()));
        return codes;
    }

    public OrgUnit unitOf(String code) {
        return units.find(code).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_unit, code)));
    }

    /** @return every unit of the organisation */
    public java.util.List<OrgUnit> units() {
        return units.list();
    }

    /** @return the name of a unit (its code when the organisation no longer has it) */
    public String unitName(String code) {
        return units.find(code).map(OrgUnit::name).orElse(code);
    }

    public Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    public String user() {
        return security.currentUser().map(u -> u.username()).orElse("system");
    }

    public boolean personalVisible(String unitCode) {
        return security.isPermitted(ElderRegistry.PERSONAL_PERMISSION, unitCode);
    }

    public SecurityService security() {
        return security;
    }

    /** The lookup key of an ID number (the column ID_KEY): its SHA-256, hex. */
    public static String idKey(String number) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the elder with this id the user may see (the query is scoped), or a refusal */
    public static ElderRow elder(EntityManager em, long id) {
        List<ElderRow> found = em.createQuery("select e from EldercareElder e where e.id = :id", ElderRow.class).setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new EldercareException(NLS.bind(Messages.Refused_elder, id));
        }
        return found.get(0);
    }

    /** @return the elder with this ID number the user may see, or null */
    public static ElderRow elderByNumber(EntityManager em, String number) {
        List<ElderRow> found = em.createQuery("select e from EldercareElder e where e.idKey = :k", ElderRow.class)
                .setParameter("k", idKey(number)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return an elder as lists show them, masked unless {@code visible} */
    public static Elder show(ElderRow e, LocalDate on, String communityName, boolean visible) {
        return new Elder(e.getId(), e.getVersion(), visible ? e.idNumber : Personal.idNumber(e.idNumber), visible ? e.name : Personal.name(e.name),
                Sex.valueOf(e.sex), e.birthDate, ResidentIdNumber.ageOn(e.birthDate, on), e.getUnitCode(), communityName,
                visible ? nz(e.building) : Personal.part(e.building), visible ? nz(e.stair) : Personal.part(e.stair),
                visible ? nz(e.floor) : Personal.part(e.floor), visible ? nz(e.phone) : Personal.phone(e.phone), e.livingAlone, nz(e.category),
                nz(e.needs), visible ? nz(e.contactName) : Personal.name(e.contactName), visible ? nz(e.contactPhone) : Personal.phone(e.contactPhone),
                visible);
    }

    /** @param visible the permission of each community asked so far (asked once per community of a list, not per elder) */
    public Elder show(ElderRow e, LocalDate on, Map<String, String> names, Map<String, Boolean> visible) {
        return show(e, on, names.getOrDefault(e.getUnitCode(), e.getUnitCode()), visible.computeIfAbsent(e.getUnitCode(), this::personalVisible));
    }

    public Elder show(ElderRow e, LocalDate on, Map<String, String> names) {
        return show(e, on, names.getOrDefault(e.getUnitCode(), e.getUnitCode()), personalVisible(e.getUnitCode()));
    }


    /** The unit of a stored record as an {@code OrgUnit} (code and path), for an import row's permission check. */
    public static OrgUnit sameUnit(org.jiedao.core.persistence.ScopedEntity e) {
        return new OrgUnit(e.getUnitCode(), e.getUnitCode(), org.jiedao.core.org.OrgLevel.COMMUNITY, java.util.Optional.empty(), e.getUnitPath());
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
