package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.petitions.MailboxOpening;
import org.jiedao.petitions.MailboxOpenings;
import org.jiedao.petitions.PetitionException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The weekly openings of the communities' mailboxes. */
@Component(service = MailboxOpenings.class)
public final class MailboxOpeningsImpl implements MailboxOpenings {

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;
    @Reference
    OrgUnitService units;
    @Reference
    PetitionSupport support;

    @Override
    public long recordOpening(String communityCode, LocalDate openedOn, String openedBy, String witness, String note) {
        String by = required(openedBy, Messages.Field_openedBy, 100);
        String w = required(witness, Messages.Field_witness, 100);
        if (by.equals(w)) {
            throw new PetitionException(Messages.Refused_witnessSame);
        }
        if (openedOn == null || openedOn.isAfter(LocalDate.now())) {
            throw new PetitionException(NLS.bind(Messages.Refused_openingDate, openedOn));
        }
        OrgUnit unit = support.unit(communityCode);
        if (unit.level() != OrgLevel.COMMUNITY) {
            throw new PetitionException(NLS.bind(Messages.Refused_notCommunity, unit.name()));
        }
        String n = optional(note, Messages.Field_note, 1000);
        return persistence.transaction(em -> {
            MailboxOpeningRecord o = new MailboxOpeningRecord(openedOn, by, w, n, support.who(), now());
            o.setUnit(unit);
            em.persist(o);
            em.flush();
            return o.getId();
        });
    }

    @Override
    public List<MailboxOpening> openings(int limit) {
        Map<String, String> names = support.unitNames();
        return persistence.read(em -> {
            TypedQuery<MailboxOpeningRecord> q = em.createQuery("select o from MailboxOpening o order by o.openedOn desc, o.id desc",
                    MailboxOpeningRecord.class);
            if (limit > 0) {
                q.setMaxResults(limit);
            }
            List<MailboxOpeningRecord> list = q.getResultList();
            Map<Long, Long> items = new HashMap<>();
            if (!list.isEmpty()) {
                for (Object[] row : em.createQuery("select p.openingId, count(p) from Petition p where p.openingId in :ids group by p.openingId",
                        Object[].class).setParameter("ids", list.stream().map(MailboxOpeningRecord::getId).toList()).getResultList()) {
                    items.put((Long) row[0], ((Number) row[1]).longValue());
                }
            }
            return list.stream().map(o -> new MailboxOpening(o.getId(), o.getUnitCode(), names.getOrDefault(o.getUnitCode(), o.getUnitCode()),
                    o.getOpenedOn(), o.getOpenedBy(), o.getWitness(), items.getOrDefault(o.getId(), 0L), nz(o.getNote()))).toList();
        });
    }

    @Override
    public Map<String, String> mailboxesNotOpened(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        DataScope scope = security.currentScope();
        Set<String> opened = new HashSet<>(persistence.read(em -> em.createQuery(
                "select distinct o.unitCode from MailboxOpening o where o.openedOn between :from and :to", String.class)
                .setParameter("from", monday).setParameter("to", sunday).getResultList()));
        Map<String, String> result = new LinkedHashMap<>();
        for (OrgUnit unit : units.list()) {
            if (unit.level() == OrgLevel.COMMUNITY && scope.covers(unit.path()) && !opened.contains(unit.code())) {
                result.put(unit.code(), unit.name());
            }
        }
        return result;
    }
}
