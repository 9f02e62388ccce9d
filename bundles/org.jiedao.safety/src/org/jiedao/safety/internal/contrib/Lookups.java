package org.jiedao.safety.internal.contrib;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.ValueContext;
import org.jiedao.safety.EventKind;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;

/** Look-ups the formats' row checks share (each in its own read, joining the import's transaction when there is one). */
final class Lookups {

    private Lookups() {
    }

    /** @return the contest with this code the user sees, or null */
    static SafetyEventEntity contest(PersistenceService persistence, String code) {
        return persistence.read(em -> {
            SafetyEventEntity e = ContestWrites.event(em, code);
            return e != null && EventKind.CONTEST.key().equals(e.kind) ? e : null;
        });
    }

    static List<String> teams(PersistenceService persistence, SafetyEventEntity contest) {
        return persistence.read(em -> ContestWrites.teams(em, contest.getId()).stream().map(t -> t.name).toList());
    }

    /** @return the unit of a record for the import permission, or null (then the platform's default applies) */
    static OrgUnit unitOf(PersistenceService persistence, ValueContext context, org.jiedao.core.persistence.ScopedEntity record) {
        if (record == null) {
            return null;
        }
        try {
            return context.orgUnit(record.getUnitCode());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** @return the contests the user sees (only the one with this code when given; refused when there is none), by date */
    static List<SafetyEventEntity> contests(EntityManager em, String only) {
        if (only != null) {
            SafetyEventEntity c = ContestWrites.event(em, only);
            if (c == null || !EventKind.CONTEST.key().equals(c.kind)) {
                throw new InvalidFilterException("contest", NLS.bind(Messages.Refused_noContest, only));
            }
            return List.of(c);
        }
        return em.createQuery("select e from SafetyEvent e where e.kind = :k order by e.heldOn, e.code", SafetyEventEntity.class)
                .setParameter("k", EventKind.CONTEST.key()).getResultList();
    }
}
