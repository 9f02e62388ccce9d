package org.jiedao.safety.internal;

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
import org.jiedao.safety.SafetyEntry;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyService;

/** {@link SafetyService} on the platform's persistence and organisation services (scoping is the platform's). */
@Component(service = SafetyService.class)
public final class SafetyServiceImpl implements SafetyService {

    @Reference
    PersistenceService persistence;
    @Reference
    OrgUnitService units;

    @Override
    public long record(LocalDate day, String title, String note, String communityCode) {
        OrgUnit unit = unit(communityCode);
        return persistence.transaction(em -> {
            SafetyEntryEntity entry = SafetyEntries.create(em, day, title, note, unit);
            em.flush();
            return entry.getId();
        });
    }

    @Override
    public List<SafetyEntry> list(int limit) {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return persistence.read(em -> {
            TypedQuery<SafetyEntryEntity> q = em.createQuery("select e from SafetyEntry e order by e.day desc, e.id desc",
                    SafetyEntryEntity.class);
            if (limit > 0) {
                q.setMaxResults(limit);
            }
            return q.getResultList().stream().map(e -> new SafetyEntry(e.getId(), e.getVersion(), e.getDay(), e.getTitle(),
                    e.getNote() == null ? "" : e.getNote(), e.getUnitCode(), names.getOrDefault(e.getUnitCode(), e.getUnitCode()))).toList();
        });
    }

    @Override
    public long count() {
        return persistence.read(em -> em.createQuery("select count(e) from SafetyEntry e", Long.class).getSingleResult());
    }

    private OrgUnit unit(String codeOrName) {
        try {
            return units.findInScope(codeOrName);
        } catch (OrgUnitException e) {
            throw new SafetyException(e.getMessage());
        }
    }
}
