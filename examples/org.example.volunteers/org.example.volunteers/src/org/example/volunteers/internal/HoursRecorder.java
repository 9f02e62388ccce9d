package org.example.volunteers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.ScopedEntity;

/**
 * Records that a volunteer served at an event, creating the event (same title, day and community)
 * and the volunteer (same name and phone, or same name in the community when there is no phone) the
 * first time they appear. Used by the import format and the demo data, inside their transaction.
 */
public final class HoursRecorder {

    private final EntityManager em;
    private final String recordedBy;

    public HoursRecorder(EntityManager em, String recordedBy) {
        this.em = em;
        this.recordedBy = recordedBy;
    }

    /** @return false if this volunteer's hours at this event are already recorded (nothing written) */
    public boolean record(LocalDate heldOn, String title, OrgUnit community, String place, String name, String phone, String organisation,
            BigDecimal hours, String task) {
        CommunityEvent event = event(heldOn, title, community, place);
        Volunteer volunteer = volunteer(name, phone, organisation, community);
        if (event.getId() != null && volunteer.getId() != null && alreadyRecorded(event, volunteer)) {
            return false;
        }
        ServiceHours entry = new ServiceHours(event, volunteer, hours, task, recordedBy);
        entry.setUnit(community);
        em.persist(entry);
        em.flush();
        return true;
    }

    /** @return whether this volunteer's hours at this event are in the database */
    public boolean isRecorded(LocalDate heldOn, String title, OrgUnit community, String name, String phone) {
        List<CommunityEvent> events = findEvents(heldOn, title, community);
        List<Volunteer> volunteers = findVolunteers(name, phone, community);
        return !events.isEmpty() && !volunteers.isEmpty() && alreadyRecorded(events.get(0), volunteers.get(0));
    }

    private boolean alreadyRecorded(CommunityEvent event, Volunteer volunteer) {
        return !em.createQuery("select h.id from VolunteerServiceHours h where h.event = :e and h.volunteer = :v", Long.class)
                .setParameter("e", event).setParameter("v", volunteer).setMaxResults(1).getResultList().isEmpty();
    }

    private CommunityEvent event(LocalDate heldOn, String title, OrgUnit community, String place) {
        return firstOrNew(findEvents(heldOn, title, community), () -> new CommunityEvent(title, heldOn, place), community);
    }

    /** The first of the rows found, else a new one in the community, written at once (its id is needed). */
    private <T extends ScopedEntity> T firstOrNew(List<T> found, Supplier<T> create, OrgUnit community) {
        if (!found.isEmpty()) {
            return found.get(0);
        }
        T row = create.get();
        row.setUnit(community);
        em.persist(row);
        em.flush();
        return row;
    }

    private List<CommunityEvent> findEvents(LocalDate heldOn, String title, OrgUnit community) {
        return em.createQuery("select e from VolunteerEvent e where e.heldOn = :d and e.title = :t and e.unitCode = :u order by e.id",
                CommunityEvent.class).setParameter("d", heldOn).setParameter("t", title).setParameter("u", community.code())
                .getResultList();
    }

    private Volunteer volunteer(String name, String phone, String organisation, OrgUnit community) {
        return firstOrNew(findVolunteers(name, phone, community), () -> new Volunteer(name, phone, organisation), community);
    }

    private List<Volunteer> findVolunteers(String name, String phone, OrgUnit community) {
        if (phone != null) {
            return em.createQuery("select v from Volunteer v where v.name = :n and v.phone = :p order by v.id", Volunteer.class)
                    .setParameter("n", name).setParameter("p", phone).getResultList();
        }
        return em.createQuery("select v from Volunteer v where v.name = :n and v.phone is null and v.unitCode = :u order by v.id",
                Volunteer.class).setParameter("n", name).setParameter("u", community.code()).getResultList();
    }
}
