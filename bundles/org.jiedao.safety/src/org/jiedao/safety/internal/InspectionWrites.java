package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.jiedao.safety.CheckResult;
import org.jiedao.safety.Deadlines;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.Severity;

/**
 * Inspections, findings and rectification orders in the caller's transaction, with the rules of
 * DOMAIN.md §3: hazards issue an order with the deadline of the gravest one; a passed re-inspection
 * closes the order, a failed one marks it failed and issues the next order of the chain.
 */
public final class InspectionWrites {

    private InspectionWrites() {
    }

    /** @return the settings' deadlines, or the defaults */
    public static Deadlines deadlines(EntityManager em) {
        SafetySettingsRow s = em.find(SafetySettingsRow.class, 1L);
        return s == null ? Deadlines.DEFAULT : new Deadlines(s.generalDays, s.majorDays);
    }

    /**
     * Records an inspection against a template version; issues an order when an item is a hazard.
     *
     * @param templateVersion 0: the current version
     */
    public static SafetyInspectionEntity inspect(EntityManager em, SafetyPremisesEntity premises, LocalDate on, String inspector,
            int templateVersion, List<ItemAnswer> answers, String note) {
        if (on == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_date);
        }
        if (on.isAfter(LocalDate.now())) {
            throw Refuse.because(Messages.Refused_future, on);
        }
        PremisesCategory category = PremisesCategory.parse(premises.category).get();
        SafetyTemplateEntity template = TemplateWrites.version(em, category, templateVersion);
        if (template == null) {
            throw Refuse.because(Messages.Refused_noTemplateVersion, templateVersion, category.chinese(),
                    TemplateWrites.current(em, category).templateVersion);
        }
        List<SafetyTemplateItemEntity> items = TemplateWrites.items(em, template.getId());
        Map<Integer, SafetyTemplateItemEntity> byNumber = new HashMap<>();
        items.forEach(i -> byNumber.put(i.number, i));
        Map<Integer, ItemAnswer> given = new HashMap<>();
        for (ItemAnswer a : answers) {
            if (!byNumber.containsKey(a.item())) {
                throw Refuse.because(Messages.Refused_noItem, a.item(), template.templateVersion, items.size());
            }
            if (given.put(a.item(), a) != null) {
                throw Refuse.because(Messages.Refused_itemTwice, a.item());
            }
            check(a);
        }
        for (SafetyTemplateItemEntity i : items) {
            if (!given.containsKey(i.number)) {
                throw Refuse.because(Messages.Refused_itemMissing, i.number, i.text);
            }
        }
        SafetyInspectionEntity inspection = new SafetyInspectionEntity();
        inspection.premisesId = premises.getId();
        inspection.inspectedOn = on;
        inspection.inspector = Refuse.length(Refuse.required(inspector, Messages.Field_inspector), 100, Messages.Field_inspector);
        inspection.templateId = template.getId();
        inspection.note = Refuse.optional(note, 1000, Messages.Field_note);
        inspection.setUnitOf(premises);
        em.persist(inspection);
        Counts.inspection(em, premises, on, premises.category, 1);
        em.flush();
        Severity gravest = null;
        for (SafetyTemplateItemEntity i : items) {
            ItemAnswer a = given.get(i.number);
            SafetyFindingEntity f = new SafetyFindingEntity();
            f.inspectionId = inspection.getId();
            f.itemId = i.getId();
            f.itemNo = i.number;
            f.result = a.result().key();
            f.severity = a.severity() == null ? null : a.severity().key();
            f.note = Refuse.optional(a.note(), 1000, Messages.Field_note);
            f.setUnitOf(premises);
            em.persist(f);
            if (a.result() == CheckResult.HAZARD && (gravest == null || a.severity() == Severity.MAJOR)) {
                gravest = a.severity();
            }
        }
        if (gravest != null) {
            issue(em, premises, inspection.getId(), gravest, on, null, null, null);
        }
        em.flush();
        return inspection;
    }

    static void check(ItemAnswer a) {
        if (a.result() == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_result);
        }
        if (a.result() == CheckResult.HAZARD && a.severity() == null) {
            throw Refuse.because(Messages.Refused_severityMissing, a.item());
        }
        if (a.result() != CheckResult.HAZARD && a.severity() != null) {
            throw Refuse.because(Messages.Refused_severityNotHazard, a.item());
        }
    }

    /**
     * Issues an order. {@code code} null: the next code of the premises ({@code ZG-<premises>-<n>});
     * {@code deadline} null: by the deadlines in force.
     */
    public static SafetyOrderEntity issue(EntityManager em, SafetyPremisesEntity premises, Long inspectionId, Severity severity, LocalDate issuedOn,
            LocalDate deadline, String code, SafetyOrderEntity previous) {
        LocalDate due = deadline == null ? deadlines(em).deadline(severity, issuedOn) : deadline;
        if (due.isBefore(issuedOn)) {
            throw Refuse.because(Messages.Refused_deadlineBeforeIssue, due, issuedOn);
        }
        String c = code;
        if (c == null) {
            long n = em.createQuery("select count(o) from SafetyOrder o where o.premisesId = :p", Long.class).setParameter("p", premises.getId())
                    .getSingleResult();
            c = "ZG-" + premises.code + "-" + (n + 1);
        } else if (order(em, c) != null) {
            throw Refuse.because(Messages.Refused_orderExists, c);
        }
        SafetyOrderEntity o = new SafetyOrderEntity();
        o.code = c;
        o.premisesId = premises.getId();
        o.premisesCode = premises.code;
        o.premisesName = premises.name;
        o.premisesCategory = premises.category;
        o.inspectionId = inspectionId;
        o.severity = severity.key();
        o.issuedOn = issuedOn;
        o.deadline = due;
        o.status = OrderStatus.OPEN.key();
        o.previousId = previous == null ? null : previous.getId();
        if (previous != null) {
            o.previousCode = previous.code;
            previous.nextCode = c;
        }
        o.setUnitOf(premises);
        em.persist(o);
        Counts.openOrder(em, o, 1);
        em.flush();
        return o;
    }

    public static SafetyOrderEntity order(EntityManager em, String code) {
        List<SafetyOrderEntity> found = em.createQuery("select o from SafetyOrder o where o.code = :c", SafetyOrderEntity.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Re-inspects an open order.
     *
     * @return the next order after a failed re-inspection, else null
     */
    public static SafetyOrderEntity reinspect(EntityManager em, String orderCode, boolean passed, LocalDate on, String inspector, String note) {
        SafetyOrderEntity order = order(em, orderCode);
        if (order == null) {
            throw Refuse.because(Messages.Refused_noOrder, orderCode);
        }
        OrderStatus status = OrderStatus.parse(order.status).get();
        if (!status.isOpen()) {
            throw Refuse.because(Messages.Refused_orderNotOpen, order.code, status.chinese() + " / " + status.key());
        }
        if (on == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_date);
        }
        if (on.isBefore(order.issuedOn)) {
            throw Refuse.because(Messages.Refused_beforeIssue, on, order.issuedOn);
        }
        if (on.isAfter(LocalDate.now())) {
            throw Refuse.because(Messages.Refused_future, on);
        }
        SafetyPremisesEntity premises = em.find(SafetyPremisesEntity.class, order.premisesId);
        SafetyInspectionEntity inspection = new SafetyInspectionEntity();
        inspection.premisesId = order.premisesId;
        inspection.inspectedOn = on;
        inspection.inspector = Refuse.length(Refuse.required(inspector, Messages.Field_inspector), 100, Messages.Field_inspector);
        inspection.orderId = order.getId();
        inspection.note = Refuse.optional(note, 1000, Messages.Field_note);
        inspection.setUnitOf(premises);
        em.persist(inspection);
        Counts.inspection(em, premises, on, premises.category, 1);
        Counts.openOrder(em, order, -1);
        em.flush();
        order.reinspectionId = inspection.getId();
        order.closedOn = on;
        if (passed) {
            order.status = OrderStatus.CLOSED.key();
            return null;
        }
        order.status = OrderStatus.FAILED.key();
        return issue(em, premises, inspection.getId(), Severity.parse(order.severity).get(), on, null, null, order);
    }
}
