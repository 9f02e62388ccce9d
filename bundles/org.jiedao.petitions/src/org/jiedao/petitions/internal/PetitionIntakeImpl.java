package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionIntake;
import org.jiedao.petitions.PetitionStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registering petitions: by hand, from an opening, from an import (many in one transaction). */
@Component(service = PetitionIntake.class)
public final class PetitionIntakeImpl implements PetitionIntake {

    @Reference
    PersistenceService persistence;
    @Reference
    PetitionSupport support;

    @Override
    public long register(NewPetition n) {
        String content = required(n.content(), Messages.Field_content, 4000);
        String petitioner = optional(n.petitioner(), Messages.Field_petitioner, 50);
        String phone = optional(n.phone(), Messages.Field_phone, 30);
        if (phone != null && !phone.matches("[0-9+\\- ()]+")) {
            throw new PetitionException(NLS.bind(Messages.Refused_phone, phone));
        }
        String category = optional(n.category(), Messages.Field_category, 50);
        return persistence.transaction(em -> {
            // what registering looks up is read once per transaction: a query inside an import's transaction would
            // first flush everything written so far, for every row (quadratic)
            Lookups known = lookups.computeIfAbsent(em, k -> new Lookups(support.categories(), support.deadlines()));
            if (category != null && !known.categories().contains(category)) {
                throw new PetitionException(NLS.bind(Messages.Refused_category, category, String.join("、", known.categories())));
            }
            String code = n.communityCode() == null ? "" : n.communityCode().strip();
            OrgUnit unit = known.units().get(code);
            if (unit == null) {
                unit = support.unit(n.communityCode());
                known.units().put(code, unit);
            }
            Deadlines deadlines = known.deadlines();
            if (n.openingId() != null && em.find(MailboxOpeningRecord.class, n.openingId()) == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noOpening, n.openingId()));
            }
            Petition p = new Petition(n.receivedOn(), n.channel(), n.kind(), category, n.urgency().text(), petitioner, phone, content,
                    n.receivedOn().plusDays(deadlines.daysFor(n.urgency())), n.openingId(), support.who(), now());
            p.setUnit(unit);
            em.persist(p); // the id comes from the preallocated table sequence: no flush, so imports write in batches
            support.tally(em, unit, null, null, PetitionStatus.REGISTERED, null);
            support.recordStep(em, p, unit, PetitionAction.REGISTERED, null, "");
            return p.getId();
        });
    }

    /** What {@link #register} looks up, per transaction (keyed by its EntityManager). */
    private final Map<EntityManager, Lookups> lookups = Collections.synchronizedMap(new WeakHashMap<>());

    private record Lookups(List<String> categories, Deadlines deadlines, Map<String, OrgUnit> units) {
        Lookups(List<String> categories, Deadlines deadlines) {
            this(categories, deadlines, new HashMap<>());
        }
    }
}
