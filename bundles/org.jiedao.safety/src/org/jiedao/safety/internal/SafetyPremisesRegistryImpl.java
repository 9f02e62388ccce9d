package org.jiedao.safety.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.privacy.Masks;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SafetyPremisesRegistry} on the platform's persistence (scoping is the platform's; masking here). */
@Component(service = SafetyPremisesRegistry.class)
public final class SafetyPremisesRegistryImpl implements SafetyPremisesRegistry {

    @Reference
    SafetySupport support;

    @Override
    public long register(NewPremises premises) {
        OrgUnit unit = support.unit(premises.unit());
        return support.persistence.transaction(em -> {
            SafetyPremisesEntity p = PremisesWrites.create(em, premises, unit);
            em.flush();
            return p.getId();
        });
    }

    @Override
    public Premises update(String code, long version, NewPremises changes) {
        OrgUnit unit = support.unit(changes.unit());
        Map<String, String> names = support.unitNames();
        Premises saved = support.persistence.transaction(em -> {
            SafetyPremisesEntity p = PremisesWrites.require(em, code);
            if (p.getVersion() != version) {
                throw new ConcurrentChangeException("SafetyPremises", code, null);
            }
            boolean personal = support.unmasked(p.getUnitCode()) && support.unmasked(unit.code());
            String before = p.getUnitPath();
            PremisesWrites.update(p, changes, unit, personal);
            if (!before.equals(p.getUnitPath())) {
                moveRecords(em, p);
            }
            em.flush();
            return view(p, names, true);
        });
        if (support.unmasked(saved.unitCode())) {
            support.logRead(saved.code(), saved.unitCode(), PersonalDataLog.Purpose.SHOW, 1);
        }
        return saved;
    }

    /** The premises' inspections, findings, photos and orders follow it into its new unit (they are scoped by it). */
    private static void moveRecords(EntityManager em, SafetyPremisesEntity p) {
        for (SafetyOrderEntity o : em.createQuery("select o from SafetyOrder o where o.premisesId = :p", SafetyOrderEntity.class)
                .setParameter("p", p.getId()).getResultList()) {
            o.setUnitOf(p);
        }
        for (SafetyInspectionEntity i : em.createQuery("select i from SafetyInspection i where i.premisesId = :p", SafetyInspectionEntity.class)
                .setParameter("p", p.getId()).getResultList()) {
            i.setUnitOf(p);
            for (SafetyFindingEntity f : em.createQuery("select f from SafetyFinding f where f.inspectionId = :i", SafetyFindingEntity.class)
                    .setParameter("i", i.getId()).getResultList()) {
                f.setUnitOf(p);
                for (SafetyPhotoEntity ph : em.createQuery("select x from SafetyPhoto x where x.findingId = :f", SafetyPhotoEntity.class)
                        .setParameter("f", f.getId()).getResultList()) {
                    ph.setUnitOf(p);
                }
            }
        }
    }

    @Override
    public List<Premises> list(String unit, PremisesCategory category) {
        return page(unit, category, null, 0, Integer.MAX_VALUE);
    }

    @Override
    public int count(String unit, PremisesCategory category, String text) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        return support.persistence.read(em -> query(em, "select count(p)", u, category, text, Long.class).getSingleResult()).intValue();
    }

    @Override
    public List<Premises> page(String unit, PremisesCategory category, String text, int offset, int limit) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            TypedQuery<SafetyPremisesEntity> q = query(em, "select p", u, category, text, SafetyPremisesEntity.class);
            q.setFirstResult(Math.max(0, offset));
            if (limit < Integer.MAX_VALUE) {
                q.setMaxResults(Math.max(0, limit));
            }
            return q.getResultList().stream().map(p -> view(p, names, false)).toList();
        });
    }

    /** The premises of a unit, category and text, by code (no "? is null" for an absent filter: Derby refuses an untyped parameter there). */
    private static <T> TypedQuery<T> query(EntityManager em, String select, OrgUnit u, PremisesCategory category, String text, Class<T> type) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        String jpql = select + " from SafetyPremises p where 1 = 1" + (u == null ? "" : " and p.unitPath like :path")
                + (category == null ? "" : " and p.category = :cat") + (q.isEmpty() ? "" : " and (lower(p.code) like :q or lower(p.name) like :q)")
                + (select.startsWith("select count") ? "" : " order by p.code");
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (u != null) {
            query.setParameter("path", u.path() + "%");
        }
        if (category != null) {
            query.setParameter("cat", category.key());
        }
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        return query;
    }

    @Override
    public Optional<Premises> find(String code) {
        Map<String, String> names = support.unitNames();
        Optional<Premises> found = support.persistence.read(em -> Optional.ofNullable(PremisesWrites.find(em, code)).map(p -> view(p, names, true)));
        found.filter(p -> support.unmasked(p.unitCode()) && (p.address() != null || p.owner() != null || p.manager() != null || p.phone() != null))
                .ifPresent(p -> support.logRead(p.code(), p.unitCode(), PersonalDataLog.Purpose.SHOW, 1));
        return found;
    }

    /** Lists are masked for everybody (as petitions' are); a premises opened is clear for a user with the permission (the read logged). */
    Premises view(SafetyPremisesEntity p, Map<String, String> names, boolean opened) {
        boolean clear = opened && support.unmasked(p.getUnitCode());
        return new Premises(p.getId(), p.getVersion(), p.code, p.name, PremisesCategory.parse(p.category).get(), p.getUnitCode(),
                names.getOrDefault(p.getUnitCode(), p.getUnitCode()), clear ? p.address : Masks.address(p.address),
                clear ? p.owner : Masks.name(p.owner), clear ? p.manager : Masks.name(p.manager),
                clear ? p.phone : Masks.phone(p.phone), p.rooms, p.occupants, p.chargingPoints);
    }
}
