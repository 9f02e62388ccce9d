package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jiedao.core.persistence.ScopedEntity;

/** Keeps {@link SafetyCountEntity} in the caller's transaction: every write of an inspection or an order's status calls it. */
public final class Counts {

    private Counts() {
    }

    /** @return the month key {@code yyyymm} of a day */
    public static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** An inspection of a premises of this category held on this day, in the unit of {@code record}. */
    public static void inspection(EntityManager em, ScopedEntity record, LocalDate on, String category, int delta) {
        add(em, record, month(on), category, delta, 0);
    }

    /** An order opened ({@code +1}) or no longer open ({@code -1}). */
    public static void openOrder(EntityManager em, SafetyOrderEntity o, int delta) {
        add(em, o, month(o.issuedOn), o.premisesCategory, 0, delta);
    }

    static void add(EntityManager em, ScopedEntity record, int month, String category, long inspections, long openOrders) {
        List<SafetyCountEntity> found = em.createQuery("select c from SafetyCount c where c.unitCode = :u and c.month = :m and c.category = :c",
                SafetyCountEntity.class).setParameter("u", record.getUnitCode()).setParameter("m", month).setParameter("c", category)
                .getResultList();
        SafetyCountEntity c;
        if (found.isEmpty()) {
            c = new SafetyCountEntity();
            c.month = month;
            c.category = category;
            c.setUnitOf(record);
            em.persist(c);
        } else {
            c = found.get(0);
        }
        c.inspections += inspections;
        c.openOrders += openOrders;
    }

    /**
     * A premises' contribution to the counts taken away ({@code -1}) before its unit or category changes and added back
     * ({@code +1}) after: its inspections by month and its open orders by month of issue.
     */
    public static void premises(EntityManager em, SafetyPremisesEntity p, int sign) {
        for (Object[] r : em.createQuery("select i.inspectedOn, count(i) from SafetyInspection i where i.premisesId = :p group by i.inspectedOn",
                Object[].class).setParameter("p", p.getId()).getResultList()) {
            add(em, p, month((LocalDate) r[0]), p.category, sign * ((Number) r[1]).longValue(), 0);
        }
        for (Object[] r : em.createQuery("select o.issuedOn, count(o) from SafetyOrder o where o.premisesId = :p and o.status = :open group by o.issuedOn",
                Object[].class).setParameter("p", p.getId()).setParameter("open", org.jiedao.safety.OrderStatus.OPEN.key()).getResultList()) {
            add(em, p, month((LocalDate) r[0]), p.category, 0, sign * ((Number) r[1]).longValue());
        }
    }
}
