package org.jiedao.eldercare.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ServiceKind;

/** Services and bookings in the caller's transaction: shared by the service, the import and the demo data. */
public final class ServiceBookings {

    private ServiceBookings() {
    }

    public static ServiceRow define(EntityManager em, OrgUnit unit, ServiceKind kind, int capacity, Set<DayOfWeek> closed) {
        if (kind == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_service));
        }
        if (capacity < 1) {
            throw new EldercareException(NLS.bind(Messages.Refused_capacity, capacity));
        }
        List<ServiceRow> rows = em.createQuery("select s from EldercareService s where s.unitCode = :u and s.kind = :k", ServiceRow.class)
                .setParameter("u", unit.code()).setParameter("k", kind.name()).getResultList();
        ServiceRow s = rows.isEmpty() ? new ServiceRow() : rows.get(0);
        s.kind = kind.name();
        s.capacity = capacity;
        s.closedWeekdays = BookingsImpl.weekdayList(closed);
        if (rows.isEmpty()) {
            s.setUnit(unit);
            em.persist(s);
            em.flush();
        }
        return s;
    }

    public static ServiceRow service(EntityManager em, String unitCode, ServiceKind kind) {
        return em.createQuery("select s from EldercareService s where s.unitCode = :u and s.kind = :k", ServiceRow.class)
                .setParameter("u", unitCode).setParameter("k", kind.name()).getResultList().stream().findFirst()
                .orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_noService, kind.displayName(java.util.Locale.getDefault()),
                        unitCode)));
    }

    static Set<DayOfWeek> weekdays(ServiceRow s) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (s.closedWeekdays != null) {
            for (String d : s.closedWeekdays.split(",")) {
                if (!d.isBlank()) {
                    days.add(DayOfWeek.of(Integer.parseInt(d.strip())));
                }
            }
        }
        return days;
    }

    public static void close(EntityManager em, ServiceRow s, LocalDate day) {
        if (day == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        if (!closed(em, s, day)) {
            ClosedDayRow c = new ClosedDayRow();
            c.serviceId = s.getId();
            c.day = day;
            c.setUnitOf(s);
            em.persist(c);
        }
    }

    static boolean closed(EntityManager em, ServiceRow s, LocalDate day) {
        return weekdays(s).contains(day.getDayOfWeek()) || em.createQuery(
                "select count(c) from EldercareClosedDay c where c.serviceId = :s and c.day = :d", Long.class).setParameter("s", s.getId())
                .setParameter("d", day).getSingleResult() > 0;
    }

    /** Refuses a closed day and a second booking of the elder that day. */
    public static void checkBooking(EntityManager em, ServiceRow s, ElderRow elder, LocalDate day) {
        String service = org.jiedao.eldercare.ServiceKind.valueOf(s.kind).displayName(java.util.Locale.getDefault());
        if (closed(em, s, day)) {
            throw new EldercareException(NLS.bind(Messages.Refused_closed, service, day));
        }
        if (em.createQuery("select count(b) from EldercareBooking b where b.serviceId = :s and b.day = :d and b.elderId = :e", Long.class)
                .setParameter("s", s.getId()).setParameter("d", day).setParameter("e", elder.getId()).getSingleResult() > 0) {
            throw new EldercareException(NLS.bind(Messages.Refused_bookedAlready, new Object[] { elder.getId(), service, day }));
        }
    }

    /** @return the bookings of a service on a day */
    public static long booked(EntityManager em, ServiceRow s, LocalDate day) {
        return em.createQuery("select count(b) from EldercareBooking b where b.serviceId = :s and b.day = :d", Long.class)
                .setParameter("s", s.getId()).setParameter("d", day).getSingleResult();
    }

    /** Books without the checks: for generated demo data that keeps within capacity and off closed days by construction. */
    public static BookingRow bookUnchecked(EntityManager em, ServiceRow s, ElderRow elder, LocalDate day) {
        BookingRow b = new BookingRow();
        b.serviceId = s.getId();
        b.elderId = elder.getId();
        b.day = day;
        b.setUnitOf(s);
        em.persist(b);
        return b;
    }

    /** Books a place: in the elder's community's service, within capacity, not on a closed day, once a day. */
    public static BookingRow book(EntityManager em, ServiceKind kind, ElderRow elder, LocalDate day) {
        if (day == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        ServiceRow s = service(em, elder.getUnitCode(), kind);
        checkBooking(em, s, elder, day);
        if (booked(em, s, day) >= s.capacity) {
            throw new EldercareException(NLS.bind(Messages.Refused_full,
                    new Object[] { kind.displayName(java.util.Locale.getDefault()), day, s.capacity }));
        }
        BookingRow b = new BookingRow();
        b.serviceId = s.getId();
        b.elderId = elder.getId();
        b.day = day;
        b.setUnitOf(s);
        em.persist(b);
        return b;
    }
}
