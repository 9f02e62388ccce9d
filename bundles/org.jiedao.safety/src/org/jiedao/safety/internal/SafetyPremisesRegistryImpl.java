package org.jiedao.safety.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.TypedQuery;

import org.jiedao.core.org.OrgUnit;
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
    public List<Premises> list(String unit, PremisesCategory category) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            // no "? is null" for an absent filter: Derby refuses an untyped parameter there
            String jpql = "select p from SafetyPremises p where 1 = 1" + (u == null ? "" : " and p.unitPath like :path")
                    + (category == null ? "" : " and p.category = :cat") + " order by p.code";
            TypedQuery<SafetyPremisesEntity> q = em.createQuery(jpql, SafetyPremisesEntity.class);
            if (u != null) {
                q.setParameter("path", u.path() + "%");
            }
            if (category != null) {
                q.setParameter("cat", category.key());
            }
            return q.getResultList().stream().map(p -> view(p, names)).toList();
        });
    }

    @Override
    public Optional<Premises> find(String code) {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> Optional.ofNullable(PremisesWrites.find(em, code)).map(p -> view(p, names)));
    }

    Premises view(SafetyPremisesEntity p, Map<String, String> names) {
        boolean clear = support.unmasked(p.getUnitCode());
        return new Premises(p.getId(), p.getVersion(), p.code, p.name, PremisesCategory.parse(p.category).get(), p.getUnitCode(),
                names.getOrDefault(p.getUnitCode(), p.getUnitCode()), clear ? p.address : SafetySupport.maskAddress(p.address),
                clear ? p.owner : SafetySupport.maskName(p.owner), clear ? p.manager : SafetySupport.maskName(p.manager),
                clear ? p.phone : SafetySupport.maskPhone(p.phone), p.rooms, p.occupants, p.chargingPoints);
    }
}
