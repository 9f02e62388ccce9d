package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.security.Role;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Renovations}: the workflow with its refusals, the history of every step, subsidies in decimals. */
@Component(service = Renovations.class)
public final class RenovationsImpl implements Renovations {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Reference
    EldercareSupport support;

    @Override
    public long apply(long elderId, LocalDate on, String note) {
        return support.persistence().transaction(em -> {
            RenovationRow r = RenovationSteps.apply(em, EldercareSupport.elder(em, elderId), on, note, support.user());
            em.flush();
            return r.getId();
        });
    }

    @Override
    public Renovation assess(long id, LocalDate on, Map<String, Integer> items) {
        return step(id, on, (em, r) -> RenovationSteps.assess(em, r, on, items, support.user()));
    }

    @Override
    public Renovation approve(long id, LocalDate on, Set<String> itemCodes, BigDecimal subsidy) {
        if (!support.security().currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
            throw new EldercareException(Messages.Refused_approver);
        }
        return step(id, on, (em, r) -> RenovationSteps.approve(em, r, on, itemCodes, subsidy, support.user()));
    }

    @Override
    public Renovation install(long id, LocalDate on) {
        return step(id, on, (em, r) -> RenovationSteps.move(em, r, on, RenovationStatus.APPROVED, RenovationStatus.INSTALLED, null, null,
                support.user()));
    }

    @Override
    public Renovation accept(long id, LocalDate on) {
        return step(id, on, (em, r) -> RenovationSteps.move(em, r, on, RenovationStatus.INSTALLED, RenovationStatus.ACCEPTED, null, null,
                support.user()));
    }

    @Override
    public Renovation reject(long id, LocalDate on, String reason) {
        return step(id, on, (em, r) -> RenovationSteps.reject(em, r, on, reason, support.user()));
    }

    interface Step {
        void run(EntityManager em, RenovationRow r);
    }

    private Renovation step(long id, LocalDate on, Step step) {
        support.persistence().transaction(em -> {
            step.run(em, row(em, id));
            return null;
        });
        return find(id, on).orElseThrow();
    }

    static RenovationRow row(EntityManager em, long id) {
        List<RenovationRow> r = em.createQuery("select r from EldercareRenovation r where r.id = :id", RenovationRow.class).setParameter("id", id)
                .getResultList();
        if (r.isEmpty()) {
            throw new EldercareException(NLS.bind(Messages.Refused_renovation, id));
        }
        return r.get(0);
    }

    @Override
    public Optional<Renovation> find(long id, LocalDate today) {
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            List<RenovationRow> r = em.createQuery("select r from EldercareRenovation r where r.id = :id", RenovationRow.class)
                    .setParameter("id", id).getResultList();
            return r.stream().findFirst().map(x -> show(em, x, today, names, true));
        });
    }

    @Override
    public List<Renovation> list(RenovationStatus status, boolean overdueOnly, LocalDate today) {
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            String jpql = "select r from EldercareRenovation r" + (status == null ? "" : " where r.status = :s") + " order by r.appliedOn, r.id";
            TypedQuery<RenovationRow> q = em.createQuery(jpql, RenovationRow.class);
            if (status != null) {
                q.setParameter("s", status.name());
            }
            List<Renovation> out = new ArrayList<>();
            for (RenovationRow r : q.getResultList()) {
                if (!overdueOnly || RenovationSteps.overdue(r, today)) {
                    out.add(show(em, r, today, names, false));
                }
            }
            return out;
        });
    }

    private Renovation show(EntityManager em, RenovationRow r, LocalDate today, Map<String, String> names, boolean details) {
        ElderRow elder = em.createQuery("select e from EldercareElder e where e.id = :id", ElderRow.class).setParameter("id", r.elderId)
                .getResultList().stream().findFirst().orElse(null);
        String elderName = elder == null ? "" : support.personalVisible(r.getUnitCode()) ? elder.name : Personal.name(elder.name);
        List<Renovation.Item> items = RenovationSteps.items(em, r.getId()).stream()
                .map(i -> new Renovation.Item(i.code, i.name, i.unitPrice, i.quantity, i.approved)).toList();
        RenovationStatus status = RenovationStatus.valueOf(r.status);
        boolean approvedOnly = status == RenovationStatus.APPROVED || status == RenovationStatus.INSTALLED || status == RenovationStatus.ACCEPTED;
        BigDecimal total = items.stream().filter(i -> !approvedOnly || i.approved()).map(Renovation.Item::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        List<Renovation.Step> history = List.of();
        if (details) {
            history = em.createQuery("select s from EldercareRenovationStep s where s.renovationId = :id order by s.atUtc, s.id",
                    RenovationStepRow.class).setParameter("id", r.getId()).getResultList().stream()
                    .map(s -> new Renovation.Step(s.atUtc.toInstant(ZoneOffset.UTC), s.on, s.from == null ? null : RenovationStatus.valueOf(s.from),
                            RenovationStatus.valueOf(s.to), s.by, EldercareSupport.nz(s.detail)))
                    .toList();
        }
        return new Renovation(r.getId(), r.getVersion(), r.elderId, elderName, r.getUnitCode(), names.getOrDefault(r.getUnitCode(), r.getUnitCode()),
                r.appliedOn, status, r.dueOn, RenovationSteps.overdue(r, today), total, r.subsidy, EldercareSupport.nz(r.reason), items, history);
    }

    @Override
    public BigDecimal subsidyFor(long elderId, int year, BigDecimal amount) {
        return support.persistence().read(em -> RenovationSteps.subsidyFor(em, EldercareSupport.elder(em, elderId), year, amount));
    }

    @Override
    public void setCatalogueItem(String code, String name, BigDecimal unitPrice) {
        settings();
        support.persistence().transaction(em -> {
            RenovationSteps.catalogueItem(em, code, name, unitPrice);
            return null;
        });
    }

    @Override
    public List<CatalogueItem> catalogue() {
        return support.persistence().read(em -> em.createQuery("select c from EldercareCatalogue c order by c.code", CatalogueRow.class)
                .getResultList().stream().map(c -> new CatalogueItem(c.code, c.name, c.unitPrice)).toList());
    }

    @Override
    public void setSubsidyRule(int year, String category, BigDecimal ratePercent, BigDecimal cap) {
        settings();
        support.persistence().transaction(em -> {
            RenovationSteps.rule(em, year, category, ratePercent, cap);
            return null;
        });
    }

    @Override
    public List<SubsidyRule> policy(int year) {
        return support.persistence().read(em -> em.createQuery("select p from EldercarePolicy p where p.year = :y order by p.category", PolicyRow.class)
                .setParameter("y", year).getResultList().stream().map(p -> new SubsidyRule(p.year, p.category, p.rate, p.cap)).toList());
    }

    private void settings() {
        if (!support.security().currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
            throw new EldercareException(Messages.Refused_settings);
        }
    }

    /** Unused marker so the helper's types stay referenced. */
    static Instant now() {
        return LocalDateTime.now(ZoneOffset.UTC).toInstant(ZoneOffset.UTC);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    static Map<String, Integer> ordered(Map<String, Integer> m) {
        return new LinkedHashMap<>(m);
    }
}
