package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;

/** The renovation steps in the caller's transaction: shared by the service, the import and the demo data. */
public final class RenovationSteps {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RenovationSteps() {
    }

    public static RenovationRow apply(EntityManager em, ElderRow elder, LocalDate on, String note, String by) {
        required(on);
        RenovationRow r = new RenovationRow();
        r.elderId = elder.getId();
        r.appliedOn = on;
        r.stepOn = on;
        r.status = RenovationStatus.APPLIED.name();
        r.dueOn = on.plusDays(SettingsRow.rules(em).assessmentDays());
        r.note = Elders.length(Messages.Field_note, EldercareSupport.blankToNull(note), 500);
        r.setUnitOf(elder);
        em.persist(r);
        em.flush();
        history(em, r, on, null, RenovationStatus.APPLIED, by, r.note);
        return r;
    }

    public static void assess(EntityManager em, RenovationRow r, LocalDate on, Map<String, Integer> items, String by) {
        expect(r, on, RenovationStatus.APPLIED, RenovationStatus.ASSESSED);
        if (items == null || items.isEmpty()) {
            throw new EldercareException(Messages.Refused_noItems);
        }
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, Integer> i : items.entrySet()) {
            CatalogueRow c = catalogue(em, i.getKey());
            if (i.getValue() == null || i.getValue() < 1) {
                throw new EldercareException(NLS.bind(Messages.Refused_quantity, i.getKey(), i.getValue()));
            }
            RenovationItemRow item = new RenovationItemRow();
            item.renovationId = r.getId();
            item.code = c.code;
            item.name = c.name;
            item.unitPrice = c.unitPrice;
            item.quantity = i.getValue();
            item.setUnitOf(r);
            em.persist(item);
            detail.append(detail.length() == 0 ? "" : ", ").append(c.name).append(" × ").append(i.getValue());
        }
        move(em, r, on, RenovationStatus.APPLIED, RenovationStatus.ASSESSED, null, detail.toString(), by);
    }

    public static void approve(EntityManager em, RenovationRow r, LocalDate on, Set<String> codes, BigDecimal subsidy, String by) {
        expect(r, on, RenovationStatus.ASSESSED, RenovationStatus.APPROVED);
        List<RenovationItemRow> items = items(em, r.getId());
        Set<String> known = new TreeSet<>();
        items.forEach(i -> known.add(i.code));
        if (codes != null) {
            for (String c : codes) {
                if (!known.contains(c)) {
                    throw new EldercareException(NLS.bind(Messages.Refused_itemNotAssessed, c, String.join(", ", known)));
                }
            }
            if (codes.isEmpty()) {
                throw new EldercareException(Messages.Refused_noItems);
            }
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (RenovationItemRow i : items) {
            i.approved = codes == null || codes.contains(i.code);
            if (i.approved) {
                total = total.add(i.unitPrice.multiply(BigDecimal.valueOf(i.quantity)));
            }
        }
        BigDecimal most = subsidyFor(em, EldercareSupport.elder(em, r.elderId), r.appliedOn.getYear(), total);
        BigDecimal granted = most;
        if (subsidy != null) {
            if (subsidy.signum() < 0 || subsidy.scale() > 2 && subsidy.stripTrailingZeros().scale() > 2) {
                throw new EldercareException(NLS.bind(Messages.Refused_amount, subsidy.toPlainString()));
            }
            granted = subsidy.setScale(2, RoundingMode.UNNECESSARY);
            if (granted.compareTo(most) > 0) {
                throw new EldercareException(NLS.bind(Messages.Refused_aboveCap, granted.toPlainString(), most.toPlainString()));
            }
        }
        r.subsidy = granted;
        move(em, r, on, RenovationStatus.ASSESSED, RenovationStatus.APPROVED, null,
                NLS.bind(Messages.History_approved, total.toPlainString(), granted.toPlainString()), by);
    }

    public static void reject(EntityManager em, RenovationRow r, LocalDate on, String reason, String by) {
        String why = EldercareSupport.blankToNull(reason);
        if (why == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_reason));
        }
        RenovationStatus s = RenovationStatus.valueOf(r.status);
        if (s != RenovationStatus.APPLIED && s != RenovationStatus.ASSESSED && s != RenovationStatus.APPROVED) {
            throw new EldercareException(NLS.bind(Messages.Refused_rejectTooLate, r.getId(), s.displayName(java.util.Locale.getDefault())));
        }
        r.reason = Elders.length(Messages.Field_reason, why, 500);
        move(em, r, on, s, RenovationStatus.REJECTED, null, why, by);
    }

    public static void move(EntityManager em, RenovationRow r, LocalDate on, RenovationStatus from, RenovationStatus to, BigDecimal unused,
            String detail, String by) {
        expect(r, on, from, to);
        r.status = to.name();
        r.stepOn = on;
        r.dueOn = to == RenovationStatus.APPROVED ? on.plusDays(SettingsRow.rules(em).installationDays()) : null;
        history(em, r, on, from, to, by, detail);
    }

    private static void expect(RenovationRow r, LocalDate on, RenovationStatus from, RenovationStatus to) {
        required(on);
        RenovationStatus s = RenovationStatus.valueOf(r.status);
        if (s != from) {
            throw new EldercareException(NLS.bind(Messages.Refused_step,
                    new Object[] { r.getId(), s.displayName(java.util.Locale.getDefault()), to.displayName(java.util.Locale.getDefault()) }));
        }
        if (on.isBefore(r.stepOn)) {
            throw new EldercareException(NLS.bind(Messages.Refused_before, on, r.stepOn));
        }
    }

    private static void required(LocalDate on) {
        if (on == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        if (on.isAfter(LocalDate.now())) {
            throw new EldercareException(NLS.bind(Messages.Refused_future, on));
        }
    }

    static void history(EntityManager em, RenovationRow r, LocalDate on, RenovationStatus from, RenovationStatus to, String by, String detail) {
        RenovationStepRow s = new RenovationStepRow();
        s.renovationId = r.getId();
        s.atUtc = LocalDateTime.now(ZoneOffset.UTC);
        s.on = on;
        s.from = from == null ? null : from.name();
        s.to = to.name();
        s.by = by;
        s.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        s.setUnitOf(r);
        em.persist(s);
    }

    /** @return whether the running step's deadline has passed on {@code today} */
    public static boolean overdue(RenovationRow r, LocalDate today) {
        return r.dueOn != null && today.isAfter(r.dueOn);
    }

    static List<RenovationItemRow> items(EntityManager em, long id) {
        return em.createQuery("select i from EldercareRenovationItem i where i.renovationId = :id order by i.id", RenovationItemRow.class)
                .setParameter("id", id).getResultList();
    }

    static CatalogueRow catalogue(EntityManager em, String code) {
        List<CatalogueRow> c = em.createQuery("select c from EldercareCatalogue c where c.code = :c", CatalogueRow.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultList();
        if (c.isEmpty()) {
            throw new EldercareException(NLS.bind(Messages.Refused_catalogue, code));
        }
        return c.get(0);
    }

    /** The most the year's policy allows an elder for an amount: amount × rate of their category (or the others'), at most the cap. */
    public static BigDecimal subsidyFor(EntityManager em, ElderRow elder, int year, BigDecimal amount) {
        List<PolicyRow> rules = em.createQuery("select p from EldercarePolicy p where p.year = :y", PolicyRow.class).setParameter("y", year)
                .getResultList();
        PolicyRow rule = null;
        for (PolicyRow p : rules) {
            if (p.category.equals(elder.category)) {
                rule = p;
            }
        }
        if (rule == null) {
            rule = rules.stream().filter(p -> p.category.equals(Renovations.OTHERS)).findFirst().orElseThrow(() -> new EldercareException(
                    NLS.bind(Messages.Refused_noPolicy, year)));
        }
        BigDecimal byRate = amount.multiply(rule.rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return byRate.min(rule.cap.setScale(2));
    }

    public static void catalogueItem(EntityManager em, String code, String name, BigDecimal unitPrice) {
        String c = EldercareSupport.blankToNull(code);
        String n = EldercareSupport.blankToNull(name);
        if (c == null || n == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, c == null ? Messages.Field_code : Messages.Field_name));
        }
        BigDecimal price = money(unitPrice);
        List<CatalogueRow> rows = em.createQuery("select c from EldercareCatalogue c where c.code = :c", CatalogueRow.class).setParameter("c", c)
                .getResultList();
        CatalogueRow row = rows.isEmpty() ? new CatalogueRow() : rows.get(0);
        row.code = Elders.length(Messages.Field_code, c, 32);
        row.name = Elders.length(Messages.Field_name, n, 100);
        row.unitPrice = price;
        if (rows.isEmpty()) {
            em.persist(row);
        }
    }

    public static void rule(EntityManager em, int year, String category, BigDecimal ratePercent, BigDecimal cap) {
        String c = EldercareSupport.blankToNull(category);
        if (c == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_category));
        }
        if (ratePercent == null || ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new EldercareException(NLS.bind(Messages.Refused_rate, ratePercent));
        }
        BigDecimal capMoney = money(cap);
        List<PolicyRow> rows = em.createQuery("select p from EldercarePolicy p where p.year = :y and p.category = :c", PolicyRow.class)
                .setParameter("y", year).setParameter("c", c).getResultList();
        PolicyRow row = rows.isEmpty() ? new PolicyRow() : rows.get(0);
        row.year = year;
        row.category = c;
        row.rate = ratePercent.setScale(2, RoundingMode.HALF_UP);
        row.cap = capMoney;
        if (rows.isEmpty()) {
            em.persist(row);
        }
    }

    static BigDecimal money(BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new EldercareException(NLS.bind(Messages.Refused_amount, amount == null ? "" : amount.toPlainString()));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
