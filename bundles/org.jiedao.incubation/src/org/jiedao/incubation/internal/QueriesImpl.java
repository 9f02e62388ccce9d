package org.jiedao.incubation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.Totals;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link IncubationQueries}: aggregates in the database, within the user's scope. */
@Component(service = IncubationQueries.class)
public final class QueriesImpl implements IncubationQueries {

    @Reference
    IncubationSupport support;

    @Override
    public List<Coverage> coverage(String street, LocalDate on) {
        List<OrgUnit> all = support.units().list();
        String scope = support.security().currentScope().pathPrefix();
        List<OrgUnit> streets = new ArrayList<>();
        if (street != null) {
            streets.add(support.street(street));
        } else {
            for (OrgUnit u : all) {
                if (u.level() == OrgLevel.STREET && (u.path().startsWith(scope) || scope.startsWith(u.path()))) {
                    streets.add(u);
                }
            }
        }
        return support.persistence().read(em -> {
            Set<String> covered = new HashSet<>(em.createQuery("select distinct s.unitCode from IncubationStation s where s.openedOn <= :d and "
                    + "(s.closedOn is null or s.closedOn >= :d)", String.class).setParameter("d", on).getResultList());
            Map<String, PlanEntity> plans = new HashMap<>();
            em.createQuery("select p from IncubationPlan p", PlanEntity.class).getResultList().forEach(p -> plans.put(p.getUnitCode(), p));
            List<Coverage> result = new ArrayList<>();
            for (OrgUnit s : streets) {
                int n = 0;
                int c = 0;
                List<String> missing = new ArrayList<>();
                for (OrgUnit u : all) {
                    if (u.level() == OrgLevel.COMMUNITY && u.path().startsWith(s.path())) {
                        n++;
                        if (covered.contains(u.code())) {
                            c++;
                        } else {
                            missing.add(u.name());
                        }
                    }
                }
                PlanEntity plan = plans.get(s.code());
                result.add(new Coverage(s.code(), s.name(), on, n, c, missing, plan == null ? null : plan.getStartDate(),
                        plan == null ? null : plan.getDeadline(), plan == null ? 0 : ChronoUnit.DAYS.between(on, plan.getDeadline())));
            }
            return result;
        });
    }

    @Override
    public void setPlan(String street, LocalDate start, LocalDate deadline) {
        OrgUnit s = support.street(street);
        support.unit(s.code());
        int years = support.setting(IncubationSupport.PLAN_YEARS);
        LocalDate d = deadline != null ? deadline : start.plusYears(years);
        if (d.isBefore(start)) {
            throw new IncubationException(org.eclipse.osgi.util.NLS.bind(Messages.Refused_endBeforeStart, d, start));
        }
        support.persistence().transaction(em -> {
            List<PlanEntity> found = em.createQuery("select p from IncubationPlan p where p.unitCode = :c", PlanEntity.class).setParameter("c", s.code())
                    .getResultList();
            PlanEntity p = found.isEmpty() ? new PlanEntity() : found.get(0);
            p.setStartDate(start);
            p.setDeadline(d);
            if (found.isEmpty()) {
                p.setUnit(s);
                em.persist(p);
            }
            return null;
        });
    }

    @Override
    public Totals totals(int year, String street) {
        String prefix = street == null ? "/" : support.units().findByCodeOrName(street.strip())
                .orElseThrow(() -> new IncubationException(org.eclipse.osgi.util.NLS.bind(Messages.Refused_notStreet, street))).path();
        return support.persistence().read(em -> totals(em, year, prefix));
    }

    static Totals totals(EntityManager em, int year, String prefix) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        // the whole installation ("/"): no condition on the path, which Derby would answer through the path's index, row by
        // row; the user's scope is the platform's in either case
        String like = "/".equals(prefix) ? null : prefix + "%";
        long stations = query(em, like, "select count(s) from IncubationStation s where s.unitPath like :p and s.openedOn <= :to and "
                + "(s.closedOn is null or s.closedOn >= :from)", Long.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        // resident in the year: entered by its end, not left before its start — from the kept counts per unit and year
        // (ProjectCountEntity): the entries of the year and before less the exits before it
        long projects = 0;
        for (Object[] c : query(em, like, "select c.year, sum(c.entered), sum(c.exited) from IncubationProjectCount c where c.unitPath like :p "
                + "and c.year <= :y group by c.year", Object[].class).setParameter("y", year).getResultList()) {
            projects += ((Number) c[1]).longValue() - ((Integer) c[0] < year ? ((Number) c[2]).longValue() : 0);
        }
        // the kept sums per unit and year (FigureSumEntity), not every project's figures
        Object[] f = query(em, like, "select sum(f.jobs), sum(f.turnover) from IncubationFigureSum f where f.unitPath like :p and f.year = :y",
                Object[].class).setParameter("y", year).getSingleResult();
        Object[] s = query(em, like, "select count(s.day), sum(s.attendance) from IncubationSession s where s.unitPath like :p and s.day between :from "
                + "and :to", Object[].class).setParameter("from", from).setParameter("to", to).getSingleResult();
        long consultations = query(em, like, "select count(c.day) from IncubationConsultation c where c.unitPath like :p and c.day between :from and :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
        Number graduates = query(em, like, "select sum(c.graduates) from IncubationCohort c where c.unitPath like :p and c.endDate between :from and :to",
                Number.class).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Totals(year, (int) stations, (int) projects, f[0] == null ? 0 : ((Number) f[0]).intValue(),
                f[1] == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) f[1]).setScale(2), ((Number) s[0]).intValue(),
                s[1] == null ? 0 : ((Number) s[1]).intValue(), (int) consultations, graduates == null ? 0 : graduates.intValue());
    }

    /** A query of {@link #totals}: its condition {@code x.unitPath like :p} is left out when {@code like} is null. */
    private static <T> jakarta.persistence.TypedQuery<T> query(EntityManager em, String like, String jpql, Class<T> type) {
        if (like == null) {
            return em.createQuery(jpql.replaceAll("\\w+\\.unitPath like :p and ", ""), type);
        }
        return em.createQuery(jpql, type).setParameter("p", like);
    }

    @Override
    public Map<Integer, Totals> byYear() {
        return support.persistence().read(em -> {
            Map<Integer, Totals> result = new TreeMap<>();
            for (Object[] row : em.createQuery("select f.year, sum(f.jobs), sum(f.turnover), sum(f.figures) from IncubationFigureSum f group by f.year "
                    + "having sum(f.figures) > 0 order by f.year", Object[].class).getResultList()) {
                int year = (Integer) row[0];
                result.put(year, new Totals(year, 0, ((Number) row[3]).intValue(), ((Number) row[1]).intValue(), ((BigDecimal) row[2]).setScale(2), 0,
                        0, 0, 0));
            }
            return result;
        });
    }

    @Override
    public Map<YearMonth, Integer> consultationsPerMonth(int year) {
        return support.persistence().read(em -> {
            Map<YearMonth, Integer> result = new TreeMap<>();
            for (int m = 1; m <= 12; m++) {
                result.put(YearMonth.of(year, m), 0);
            }
            for (LocalDate d : em.createQuery("select c.day from IncubationConsultation c where c.day between :from and :to", LocalDate.class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getResultList()) {
                result.merge(YearMonth.from(d), 1, Integer::sum);
            }
            return result;
        });
    }

    @Override
    public int[] desksInUse(LocalDate on) {
        return support.persistence().read(em -> {
            Number reserved = em.createQuery("select sum(i.reservedDesks) from IncubationIncubator i", Number.class).getSingleResult();
            long used = em.createQuery("select count(d) from IncubationDesk d where d.fromDate <= :d and d.toDate >= :d", Long.class)
                    .setParameter("d", on).getSingleResult();
            return new int[] { (int) used, reserved == null ? 0 : reserved.intValue() };
        });
    }

    @Override
    public int reportYear() {
        return support.persistence().read(em -> {
            Number last = em.createQuery("select max(s.year) from IncubationFigureSum s where s.figures > 0", Number.class).getSingleResult();
            return last == null ? LocalDate.now().getYear() : last.intValue();
        });
    }

    @Override
    public int siybGraduates(int year) {
        return support.persistence().read(em -> {
            Number graduates = em.createQuery("select sum(c.graduates) from IncubationCohort c where c.endDate between :from and :to", Number.class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getSingleResult();
            return graduates == null ? 0 : graduates.intValue();
        });
    }
}
