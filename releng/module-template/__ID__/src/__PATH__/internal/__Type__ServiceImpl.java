package __ID__.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import __ID__.__Type__Entry;
import __ID__.__Type__Exception;
import __ID__.__Type__Service;

/** {@link __Type__Service} on the platform's persistence and organisation services (scoping is the platform's). */
@Component(service = __Type__Service.class)
public final class __Type__ServiceImpl implements __Type__Service {

    @Reference
    PersistenceService persistence;
    @Reference
    OrgUnitService units;

    @Override
    public long record(LocalDate day, String title, String note, String communityCode) {
        OrgUnit unit = unit(communityCode);
        return persistence.transaction(em -> {
            __Type__EntryEntity entry = __Type__Entries.create(em, day, title, note, unit);
            em.flush();
            return entry.getId();
        });
    }

    @Override
    public List<__Type__Entry> list(int limit) {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return persistence.read(em -> {
            TypedQuery<__Type__EntryEntity> q = em.createQuery("select e from __Type__Entry e order by e.day desc, e.id desc",
                    __Type__EntryEntity.class);
            if (limit > 0) {
                q.setMaxResults(limit);
            }
            return q.getResultList().stream().map(e -> new __Type__Entry(e.getId(), e.getVersion(), e.getDay(), e.getTitle(),
                    e.getNote() == null ? "" : e.getNote(), e.getUnitCode(), names.getOrDefault(e.getUnitCode(), e.getUnitCode()))).toList();
        });
    }

    @Override
    public long count() {
        return persistence.read(em -> em.createQuery("select count(e) from __Type__Entry e", Long.class).getSingleResult());
    }

    private OrgUnit unit(String codeOrName) {
        try {
            return units.findInScope(codeOrName);
        } catch (OrgUnitException e) {
            throw new __Type__Exception(e.getMessage());
        }
    }
}
