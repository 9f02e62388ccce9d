package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.PetitionWorkflow;
import org.jiedao.petitions.Urgency;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The steps of a petition, each checked against its status and the version the user saw, tallied and written to its history. */
@Component(service = PetitionWorkflow.class)
public final class PetitionWorkflowImpl implements PetitionWorkflow {

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;
    @Reference
    OrgUnitService units;
    @Reference
    PetitionSupport support;

    @Override
    public PetitionSummary assign(long id, long version, String unitOrUser) {
        String to = required(unitOrUser, Messages.Field_assignee, 100);
        String[] assignee = resolveAssignee(to);
        return step(id, version, PetitionAction.ASSIGNED, EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED),
                PetitionStatus.ASSIGNED, assignee[2], p -> p.setAssignee(assignee[0], assignee[1], assignee[2]));
    }

    @Override
    public PetitionSummary start(long id, long version) {
        return step(id, version, PetitionAction.STARTED, EnumSet.of(PetitionStatus.ASSIGNED), PetitionStatus.IN_PROGRESS, "", p -> {
        });
    }

    @Override
    public PetitionSummary reply(long id, long version, String text) {
        String reply = required(text, Messages.Field_reply, 4000);
        return step(id, version, PetitionAction.REPLIED, EnumSet.of(PetitionStatus.IN_PROGRESS), PetitionStatus.REPLIED, reply,
                p -> p.setReply(reply, LocalDate.now()));
    }

    @Override
    public PetitionSummary close(long id, long version, int satisfaction, String followUp) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new PetitionException(NLS.bind(Messages.Refused_satisfaction, satisfaction));
        }
        String note = optional(followUp, Messages.Field_followUp, 2000);
        String detail = NLS.bind(Messages.Detail_satisfaction, satisfaction) + (note == null ? "" : " " + note);
        return step(id, version, PetitionAction.CLOSED, EnumSet.of(PetitionStatus.REPLIED), PetitionStatus.CLOSED, detail,
                p -> p.setClosed(satisfaction, note, LocalDate.now()));
    }

    @Override
    public PetitionSummary reject(long id, long version, String reason) {
        String why = required(reason, Messages.Field_reason, 2000);
        return step(id, version, PetitionAction.REJECTED, NOT_FINISHED, PetitionStatus.REJECTED, why, p -> p.setReason(why));
    }

    @Override
    public PetitionSummary merge(long id, long version, long intoId, String reason) {
        if (intoId == id) {
            throw new PetitionException(NLS.bind(Messages.Refused_mergeSelf, id));
        }
        String why = optional(reason, Messages.Field_reason, 2000);
        String detail = why == null ? NLS.bind(Messages.Detail_duplicateOf, intoId) : why;
        return step(id, version, PetitionAction.MERGED, NOT_FINISHED, PetitionStatus.MERGED, detail, p -> {
            Petition target = persistence.read(em -> em.find(Petition.class, intoId));
            if (target == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, intoId));
            }
            if (target.getStatus() == PetitionStatus.MERGED || target.getStatus() == PetitionStatus.REJECTED) {
                throw new PetitionException(NLS.bind(Messages.Refused_mergeTarget, new Object[] { intoId, name(target.getStatus()),
                        target.getMergedInto() == null ? "" : " " + NLS.bind(Messages.Refused_mergeTargetHint, target.getMergedInto()) }));
            }
            p.setMergedInto(intoId);
            p.setReason(detail);
        });
    }

    @Override
    public PetitionSummary reopen(long id, long version, String reason) {
        String why = required(reason, Messages.Field_reason, 2000);
        Deadlines deadlines = support.deadlines();
        return step(id, version, PetitionAction.REOPENED, EnumSet.of(PetitionStatus.CLOSED), PetitionStatus.IN_PROGRESS, why, p -> {
            p.setReason(why);
            p.setClosed(null, null, null);
            p.setDueOn(LocalDate.now().plusDays(deadlines.daysFor(Urgency.parse(p.getUrgency()).orElse(Urgency.NORMAL))));
        });
    }

    private PetitionSummary step(long id, long version, PetitionAction action, Set<PetitionStatus> allowed, PetitionStatus to, String detail,
            Consumer<Petition> change) {
        Deadlines deadlines = support.deadlines();
        Map<String, String> names = support.unitNames();
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, id);
            if (p == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, id));
            }
            if (version != CURRENT && p.getVersion() != version) {
                throw new ConcurrentChangeException("Petition", id, null);
            }
            if (!allowed.contains(p.getStatus())) {
                String may = allowed.stream().map(PetitionSupport::name).collect(Collectors.joining(Messages.Refused_or));
                throw new PetitionException(NLS.bind(Messages.Refused_transition,
                        new Object[] { id, name(p.getStatus()), name(action), may }));
            }
            PetitionStatus from = p.getStatus();
            Integer fromSatisfaction = p.getSatisfaction();
            change.accept(p);
            p.setStatus(to);
            OrgUnit unit = units.find(p.getUnitCode()).orElseThrow(() -> new PetitionException(NLS.bind(Messages.Refused_unit, p.getUnitCode())));
            support.tally(em, unit, from, fromSatisfaction, to, p.getSatisfaction());
            support.recordStep(em, p, unit, action, from, detail);
            em.flush();
            return support.summary(p, names, deadlines);
        });
    }

    /** @return kind, code, display name of a unit (code or name) or a user (sign-in name) */
    private String[] resolveAssignee(String to) {
        Optional<OrgUnit> unit = units.findByCodeOrName(to);
        if (unit.isPresent()) {
            return new String[] { "UNIT", unit.get().code(), unit.get().name() };
        }
        Optional<UserAccount> user = security.find(to);
        if (user.isPresent()) {
            return new String[] { "USER", user.get().username(), user.get().displayName() };
        }
        throw new PetitionException(NLS.bind(Messages.Refused_assignee, to));
    }
}
