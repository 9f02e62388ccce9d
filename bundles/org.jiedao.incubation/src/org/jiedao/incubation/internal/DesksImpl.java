package org.jiedao.incubation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.Records.DeskAllocation;
import org.jiedao.incubation.Records.DeskDay;
import org.jiedao.incubation.Records.DeskRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link IncubationDesks}: allocations checked day by day against the reservation. */
@Component(service = IncubationDesks.class)
public final class DesksImpl implements IncubationDesks {

    @Reference
    IncubationSupport support;

    @Override
    public long allocate(DeskRequest request) {
        return support.persistence().transaction(em -> {
            IncubatorEntity incubator = IncubationSupport.incubator(em, request.incubator());
            // lock the incubator's row: two officers allocating its last desk at once cannot both succeed
            em.lock(incubator, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            DeskEntity d = Writes.desk(em, incubator, request, IncubationSupport.setting(em, IncubationSupport.ELIGIBILITY_YEARS), null);
            em.flush();
            return d.getId();
        });
    }

    @Override
    public List<DeskAllocation> allocations(String incubator, LocalDate on) {
        return support.persistence().read(em -> {
            IncubatorEntity i = IncubationSupport.incubator(em, incubator);
            String jpql = "select d from IncubationDesk d where d.incubatorId = :i" + (on == null ? "" : " and d.fromDate <= :on and d.toDate >= :on")
                    + " order by d.fromDate, d.student";
            var q = em.createQuery(jpql, DeskEntity.class).setParameter("i", i.getId());
            if (on != null) {
                q.setParameter("on", on);
            }
            return q.getResultList().stream().map(d -> new DeskAllocation(d.getId(), i.getName(), d.getStudent(), d.getSchool(), d.getGraduationYear(),
                    d.getProjectCode() == null ? "" : d.getProjectCode(), d.getFromDate(), d.getToDate())).toList();
        });
    }

    @Override
    public List<DeskDay> occupancy(String incubator, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IncubationException(NLS.bind(Messages.Refused_toBeforeFrom, to, from));
        }
        return support.persistence().read(em -> {
            IncubatorEntity i = IncubationSupport.incubator(em, incubator);
            int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
            int[] used = new int[days + 1];
            for (DeskEntity d : em.createQuery("select d from IncubationDesk d where d.incubatorId = :i and d.fromDate <= :to and d.toDate >= :from",
                    DeskEntity.class).setParameter("i", i.getId()).setParameter("from", from).setParameter("to", to).getResultList()) {
                int s = (int) Math.max(0, d.getFromDate().toEpochDay() - from.toEpochDay());
                int e = (int) Math.min(days - 1, d.getToDate().toEpochDay() - from.toEpochDay());
                used[s]++;
                used[e + 1]--;
            }
            List<DeskDay> result = new ArrayList<>(days);
            int run = 0;
            for (int k = 0; k < days; k++) {
                run += used[k];
                result.add(new DeskDay(from.plusDays(k), run, i.getReservedDesks()));
            }
            return result;
        });
    }

    @Override
    public void release(long allocationId) {
        support.persistence().transaction(em -> {
            DeskEntity d = em.find(DeskEntity.class, allocationId);
            if (d == null) {
                throw new IncubationException(NLS.bind(Messages.Refused_noAllocation, allocationId));
            }
            em.remove(d);
            return null;
        });
    }

    @Override
    public int eligibilityYears() {
        return support.setting(IncubationSupport.ELIGIBILITY_YEARS);
    }

    @Override
    public void setEligibilityYears(int years) {
        if (years < 0 || years > 10) {
            throw new IncubationException(NLS.bind(Messages.Refused_eligibilityYears, years));
        }
        support.setSetting(IncubationSupport.ELIGIBILITY_YEARS, years);
    }
}
