package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.jiedao.safety.Contest;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.ContestTeam;
import org.jiedao.safety.EventKind;
import org.jiedao.safety.Participant;
import org.jiedao.safety.SafetyEvent;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.TeamStanding;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SafetyEvents} on the platform's persistence (scoping is the platform's). */
@Component(service = SafetyEvents.class)
public final class SafetyEventsImpl implements SafetyEvents {

    @Reference
    SafetySupport support;

    @Override
    public long createEvent(String code, EventKind kind, String title, LocalDate heldOn, String community, String place, String organisers,
            Integer attendance, String note) {
        var unit = support.unit(community);
        return support.persistence.transaction(
                em -> ContestWrites.createEvent(em, code, kind, title, heldOn, unit, place, organisers, attendance, note, null).getId());
    }

    @Override
    public void addParticipant(String eventCode, String organisation, String kind, Integer attendees) {
        support.persistence.transaction(em -> {
            SafetyEventEntity e = ContestWrites.event(em, eventCode);
            if (e == null) {
                throw Refuse.because(Messages.Refused_noEvent, eventCode);
            }
            ContestWrites.addParticipant(em, e, organisation, kind, attendees);
            return null;
        });
    }

    @Override
    public List<SafetyEvent> events() {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> em
                .createQuery("select e from SafetyEvent e order by e.heldOn desc, e.id desc", SafetyEventEntity.class).getResultList().stream()
                .map(e -> view(em, e, names)).toList());
    }

    @Override
    public Optional<SafetyEvent> event(String code) {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> Optional.ofNullable(ContestWrites.event(em, code)).map(e -> view(em, e, names)));
    }

    private static SafetyEvent view(EntityManager em, SafetyEventEntity e, Map<String, String> names) {
        List<Participant> participants = em
                .createQuery("select p from SafetyParticipant p where p.eventId = :e order by p.id", SafetyParticipantEntity.class)
                .setParameter("e", e.getId()).getResultList().stream().map(p -> new Participant(p.organisation, p.orgKind, p.attendees)).toList();
        return new SafetyEvent(e.getId(), e.code, EventKind.parse(e.kind).get(), e.title, e.heldOn, e.getUnitCode(),
                names.getOrDefault(e.getUnitCode(), e.getUnitCode()), e.place, e.organisers, e.attendance, e.note, participants);
    }

    @Override
    public long createContest(String code, String title, LocalDate heldOn, String community, ContestRules rules) {
        var unit = support.unit(community);
        return support.persistence.transaction(em -> ContestWrites
                .createEvent(em, code, EventKind.CONTEST, title, heldOn, unit, null, null, null, null, rules).getId());
    }

    @Override
    public void addTeam(String contestCode, String team, String organisation) {
        support.persistence.transaction(em -> ContestWrites.addTeam(em, ContestWrites.contest(em, contestCode), team, organisation));
    }

    @Override
    public Optional<Contest> contest(String code) {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            SafetyEventEntity e = ContestWrites.event(em, code);
            return e == null || !EventKind.CONTEST.key().equals(e.kind) ? Optional.empty() : Optional.of(contestView(em, e, names));
        });
    }

    @Override
    public List<Contest> contests() {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> em
                .createQuery("select e from SafetyEvent e where e.kind = :k order by e.heldOn desc, e.id desc", SafetyEventEntity.class)
                .setParameter("k", EventKind.CONTEST.key()).getResultList().stream().map(e -> contestView(em, e, names)).toList());
    }

    static Contest contestView(EntityManager em, SafetyEventEntity e, Map<String, String> names) {
        return new Contest(e.getId(), e.code, e.title, e.heldOn, e.getUnitCode(), names.getOrDefault(e.getUnitCode(), e.getUnitCode()),
                ContestWrites.rules(e), ContestWrites.teams(em, e.getId()).stream().map(t -> new ContestTeam(t.name, t.organisation)).toList());
    }

    @Override
    public void recordAnswer(String contestCode, ContestAnswer answer) {
        support.persistence.transaction(em -> {
            ContestWrites.putAnswer(em, ContestWrites.contest(em, contestCode), answer);
            return null;
        });
    }

    @Override
    public void clearAnswer(String contestCode, String team, int round, int question) {
        support.persistence.transaction(em -> {
            SafetyEventEntity contest = ContestWrites.contest(em, contestCode);
            em.createQuery("select a from SafetyAnswer a, SafetyTeam t where a.teamId = t.id and a.eventId = :e and t.name = :n"
                    + " and a.round = :r and a.question = :q", SafetyAnswerEntity.class).setParameter("e", contest.getId()).setParameter("n", team)
                    .setParameter("r", round).setParameter("q", question).getResultList().forEach(em::remove);
            return null;
        });
    }

    @Override
    public List<ContestAnswer> answers(String contestCode) {
        return support.persistence.read(em -> ContestWrites.answers(em, ContestWrites.contest(em, contestCode)));
    }

    @Override
    public List<TeamStanding> ranking(String contestCode) {
        return support.persistence.read(em -> {
            SafetyEventEntity contest = ContestWrites.contest(em, contestCode);
            List<String> teams = ContestWrites.teams(em, contest.getId()).stream().map(t -> t.name).toList();
            return ContestScoring.rank(teams, ContestWrites.answers(em, contest));
        });
    }
}
