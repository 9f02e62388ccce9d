package org.jiedao.eldercare.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ServiceKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Bookings}: capacity per day and closed days. */
@Component(service = Bookings.class)
public final class BookingsImpl implements Bookings {

    @Reference
    EldercareSupport support;

    @Override
    public void defineService(String community, ServiceKind kind, int capacity, Set<DayOfWeek> closedWeekdays) {
        OrgUnit unit = support.unit(community);
        support.persistence().transaction(em -> {
            ServiceBookings.define(em, unit, kind, capacity, closedWeekdays);
            return null;
        });
    }

    @Override
    public List<Service> services(String community) {
        String code = support.unitCode(community);
        return support.persistence().read(em -> {
            var q = em.createQuery("select s from EldercareService s" + (code == null ? "" : " where s.unitCode = :u")
                    + " order by s.unitCode, s.kind", ServiceRow.class);
            if (code != null) {
                q.setParameter("u", code);
            }
            return q.getResultList().stream().map(s -> new Service(s.getUnitCode(), ServiceKind.valueOf(s.kind), s.capacity, ServiceBookings.weekdays(s))).toList();
        });
    }

    @Override
    public void closeDay(String community, ServiceKind kind, LocalDate day) {
        OrgUnit unit = support.unit(community);
        support.persistence().transaction(em -> {
            ServiceBookings.close(em, ServiceBookings.service(em, unit.code(), kind), day);
            return null;
        });
    }

    @Override
    public List<LocalDate> closedDays(String community, ServiceKind kind, java.time.YearMonth month) {
        String code = support.unitCode(community);
        return support.persistence().read(em -> em.createQuery("select c.day from EldercareClosedDay c, EldercareService s where c.serviceId = s.id"
                + " and s.unitCode = :u and s.kind = :k and c.day between :from and :to order by c.day", LocalDate.class).setParameter("u", code)
                .setParameter("k", kind.name()).setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList());
    }

    @Override
    public long book(ServiceKind kind, long elderId, LocalDate day) {
        return support.persistence().transaction(em -> {
            BookingRow b = ServiceBookings.book(em, kind, EldercareSupport.elder(em, elderId), day);
            em.flush();
            return b.getId();
        });
    }

    @Override
    public void setAttended(long bookingId, boolean attended) {
        support.persistence().transaction(em -> {
            booking(em, bookingId).attended = attended;
            return null;
        });
    }

    @Override
    public void cancel(long bookingId) {
        support.persistence().transaction(em -> {
            em.remove(booking(em, bookingId));
            return null;
        });
    }

    private static BookingRow booking(EntityManager em, long id) {
        return em.createQuery("select b from EldercareBooking b where b.id = :id", BookingRow.class).setParameter("id", id).getResultList().stream()
                .findFirst().orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_booking, id)));
    }

    @Override
    public List<Booking> bookings(String community, ServiceKind kind, LocalDate day) {
        OrgUnit unit = support.unit(community);
        return support.persistence().read(em -> {
            ServiceRow s = ServiceBookings.service(em, unit.code(), kind);
            boolean visible = support.personalVisible(unit.code());
            List<Booking> out = new ArrayList<>();
            for (Object[] r : em.createQuery("select b, e from EldercareBooking b, EldercareElder e where e.id = b.elderId and b.serviceId = :s"
                    + " and b.day = :d order by b.id", Object[].class).setParameter("s", s.getId()).setParameter("d", day).getResultList()) {
                BookingRow b = (BookingRow) r[0];
                ElderRow e = (ElderRow) r[1];
                out.add(new Booking(b.getId(), kind, e.getId(), visible ? e.name : Personal.name(e.name), b.day, b.attended));
            }
            return out;
        });
    }

    @Override
    public List<MonthlyUse> monthly(String community, YearMonth month) {
        String code = support.unitCode(community);
        return support.persistence().read(em -> {
            List<MonthlyUse> out = new ArrayList<>();
            for (ServiceKind kind : ServiceKind.values()) {
                var q = em.createQuery("select b.attended, count(b) from EldercareBooking b, EldercareService s where s.id = b.serviceId"
                        + " and s.kind = :k and b.day between :a and :z" + (code == null ? "" : " and s.unitCode = :u") + " group by b.attended",
                        Object[].class).setParameter("k", kind.name()).setParameter("a", month.atDay(1)).setParameter("z", month.atEndOfMonth());
                if (code != null) {
                    q.setParameter("u", code);
                }
                long n = 0;
                long a = 0;
                for (Object[] r : q.getResultList()) {
                    n += ((Number) r[1]).longValue();
                    if (Boolean.TRUE.equals(r[0])) {
                        a += ((Number) r[1]).longValue();
                    }
                }
                out.add(new MonthlyUse(kind, month, n, a));
            }
            return out;
        });
    }

    static String weekdayList(Set<DayOfWeek> days) {
        return days == null || days.isEmpty() ? null
                : days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> none() {
        return EnumSet.noneOf(DayOfWeek.class);
    }
}
