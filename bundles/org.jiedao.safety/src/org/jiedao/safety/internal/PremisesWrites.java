package org.jiedao.safety.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.safety.NewPremises;

/** Registering a premises in the caller's transaction, with its checks: shared by the service, the import and the demo data. */
public final class PremisesWrites {

    private PremisesWrites() {
    }

    /** @param unit the community or grid, found by the caller in the user's scope */
    public static SafetyPremisesEntity create(EntityManager em, NewPremises p, OrgUnit unit) {
        String code = Refuse.length(Refuse.required(p.code(), Messages.Field_code), 40, Messages.Field_code);
        if (find(em, code) != null || codeTaken(em, code)) {
            throw Refuse.because(Messages.Refused_premisesExists, code);
        }
        if (p.category() == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_category);
        }
        if (unit.level() != OrgLevel.COMMUNITY && unit.level() != OrgLevel.GRID) {
            throw Refuse.because(Messages.Refused_notCommunity, unit.name());
        }
        for (Integer n : new Integer[] { p.rooms(), p.occupants(), p.chargingPoints() }) {
            if (n != null && n < 0) {
                throw Refuse.because(Messages.Refused_negative, Messages.Field_count, n);
            }
        }
        SafetyPremisesEntity e = new SafetyPremisesEntity();
        e.code = code;
        e.name = Refuse.length(Refuse.required(p.name(), Messages.Field_name), 200, Messages.Field_name);
        e.category = p.category().key();
        e.address = Refuse.optional(p.address(), 400, Messages.Field_address);
        e.owner = Refuse.optional(p.owner(), 200, Messages.Field_owner);
        e.manager = Refuse.optional(p.manager(), 200, Messages.Field_manager);
        e.phone = Refuse.optional(p.phone(), 200, Messages.Field_phone);
        e.rooms = p.rooms();
        e.occupants = p.occupants();
        e.chargingPoints = p.chargingPoints();
        e.setUnit(unit);
        em.persist(e);
        return e;
    }

    /**
     * Changes a premises in the caller's transaction with the checks of {@link #create} (its code stays).
     *
     * @param unit     the community or grid, found by the caller in the user's scope
     * @param personal whether the personal fields are changed too (the user sees them unmasked)
     */
    public static SafetyPremisesEntity update(SafetyPremisesEntity e, NewPremises p, OrgUnit unit, boolean personal) {
        if (p.category() == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_category);
        }
        if (unit.level() != OrgLevel.COMMUNITY && unit.level() != OrgLevel.GRID) {
            throw Refuse.because(Messages.Refused_notCommunity, unit.name());
        }
        for (Integer n : new Integer[] { p.rooms(), p.occupants(), p.chargingPoints() }) {
            if (n != null && n < 0) {
                throw Refuse.because(Messages.Refused_negative, Messages.Field_count, n);
            }
        }
        e.name = Refuse.length(Refuse.required(p.name(), Messages.Field_name), 200, Messages.Field_name);
        e.category = p.category().key();
        if (personal) {
            e.address = Refuse.optional(p.address(), 400, Messages.Field_address);
            e.owner = Refuse.optional(p.owner(), 200, Messages.Field_owner);
            e.manager = Refuse.optional(p.manager(), 200, Messages.Field_manager);
            e.phone = Refuse.optional(p.phone(), 200, Messages.Field_phone);
        }
        e.rooms = p.rooms();
        e.occupants = p.occupants();
        e.chargingPoints = p.chargingPoints();
        e.setUnit(unit);
        return e;
    }

    /** @return the premises with this code the user may see, or null */
    public static SafetyPremisesEntity find(EntityManager em, String code) {
        List<SafetyPremisesEntity> found = em.createQuery("select p from SafetyPremises p where p.code = :c", SafetyPremisesEntity.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A code taken outside the user's scope is taken too (the codes are unique in the installation). */
    private static boolean codeTaken(EntityManager em, String code) {
        Object n = em.createNativeQuery("SELECT COUNT(*) FROM SAFETY_PREMISES WHERE CODE = ?").setParameter(1, code).getSingleResult();
        return ((Number) n).longValue() > 0;
    }

    /** @return the premises with this code, refused when the user sees none */
    public static SafetyPremisesEntity require(EntityManager em, String code) {
        SafetyPremisesEntity p = find(em, code);
        if (p == null) {
            throw Refuse.because(Messages.Refused_noPremises, code);
        }
        return p;
    }
}
