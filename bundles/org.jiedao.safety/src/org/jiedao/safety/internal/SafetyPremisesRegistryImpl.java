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
import org.jiedao.safety.PremisesOrder;
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
            String category = p.category;
            String name = p.name;
            boolean recount = !before.equals(unit.path()) || changes.category() != null && !category.equals(changes.category().key());
            if (recount) {
                Counts.premises(em, p, -1);
            }
            PremisesWrites.update(p, changes, unit, personal);
            if (!before.equals(p.getUnitPath())) {
                moveRecords(em, p);
            }
            if (recount) {
                Counts.premises(em, p, 1);
            }
            if (!category.equals(p.category) || !name.equals(p.name)) {
                // the orders' copies of the premises' name and category follow it
                for (SafetyOrderEntity o : em.createQuery("select o from SafetyOrder o where o.premisesId = :p", SafetyOrderEntity.class)
                        .setParameter("p", p.getId()).getResultList()) {
                    o.premisesName = p.name;
                    o.premisesCategory = p.category;
                }
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
        return count(unit, category, text, null, null);
    }

    @Override
    public int count(String unit, PremisesCategory category, String text, String code, String name) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        return support.persistence.read(em -> query(em, "select count(p)", u, category, text, code, name, null, Long.class).getSingleResult()).intValue();
    }

    @Override
    public List<Premises> page(String unit, PremisesCategory category, String text, int offset, int limit) {
        return page(unit, category, text, null, null, PremisesOrder.CODE, offset, limit);
    }

    @Override
    public List<Premises> page(String unit, PremisesCategory category, String text, String code, String name, PremisesOrder order, int offset,
            int limit) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        Map<String, String> names = support.unitNames();
        PremisesOrder by = order == null ? PremisesOrder.CODE : order;
        if (limit == Integer.MAX_VALUE && offset <= 0) { // the whole list (the CLI's): the rows in one query
            return support.persistence.read(em -> query(em, "select p", u, category, text, code, name, by, SafetyPremisesEntity.class).getResultList()
                    .stream().map(p -> view(p, names, false)).toList());
        }
        return support.persistence.read(em -> {
            // first the page's codes alone — answered from the index of the order (code with the unit path; name, code, unit path)
            // read in order, where selecting whole rows made Derby read and sort the district — then those premises by code
            TypedQuery<String> q = query(em, "select p.code", u, category, text, code, name, order == null ? PremisesOrder.CODE : order, String.class);
            q.setFirstResult(Math.max(0, offset));
            if (limit < Integer.MAX_VALUE) {
                q.setMaxResults(Math.max(0, limit));
            }
            List<String> codes = q.getResultList();
            Map<String, SafetyPremisesEntity> byCode = new java.util.HashMap<>();
            for (int i = 0; i < codes.size(); i += 500) {
                em.createQuery("select p from SafetyPremises p where p.code in :codes", SafetyPremisesEntity.class)
                        .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList().forEach(p -> byCode.put(p.code, p));
            }
            return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).map(p -> view(p, names, false)).toList();
        });
    }

    /**
     * The premises of a unit, category and texts in an order (no "? is null" for an absent filter: Derby refuses an untyped
     * parameter there). The orders are the indexes' (code with the unit path; name, code), so the first screen of a district
     * reads an index in order instead of sorting the district.
     */
    private static <T> TypedQuery<T> query(EntityManager em, String select, OrgUnit u, PremisesCategory category, String text, String code, String name,
            PremisesOrder order, Class<T> type) {
        String q = lower(text);
        String c = lower(code);
        String n = lower(name);
        String jpql = select + " from SafetyPremises p where 1 = 1" + (u == null ? "" : " and p.unitPath like :path")
                + (category == null ? "" : " and p.category = :cat") + (q.isEmpty() ? "" : " and (lower(p.code) like :q or lower(p.name) like :q)")
                + (c.isEmpty() ? "" : " and lower(p.code) like :c") + (n.isEmpty() ? "" : " and lower(p.name) like :n")
                + (order == null ? "" : switch (order) {
                    case CODE -> " order by p.code";
                    case CODE_DESCENDING -> " order by p.code desc";
                    case NAME -> " order by p.name, p.code";
                    case NAME_DESCENDING -> " order by p.name desc, p.code desc";
                });
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
        if (!c.isEmpty()) {
            query.setParameter("c", "%" + c + "%");
        }
        if (!n.isEmpty()) {
            query.setParameter("n", "%" + n + "%");
        }
        return query;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
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
