package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.EventKind;

/** Events, contests, teams and answers written in the caller's transaction, with their checks: shared by the service, the imports and the demo data. */
public final class ContestWrites {

    private ContestWrites() {
    }

    /** @return the new event (a contest gets the rules given, or the defaults) */
    public static SafetyEventEntity createEvent(EntityManager em, String code, EventKind kind, String title, LocalDate heldOn, OrgUnit unit,
            String place, String organisers, Integer attendance, String note, ContestRules rules) {
        String c = Refuse.length(Refuse.required(code, Messages.Field_code), 40, Messages.Field_code);
        if (event(em, c) != null) {
            throw Refuse.because(Messages.Refused_eventExists, c);
        }
        if (kind == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_kind);
        }
        if (heldOn == null) {
            throw Refuse.because(Messages.Refused_required, Messages.Field_date);
        }
        if (attendance != null && attendance < 0) {
            throw Refuse.because(Messages.Refused_negative, Messages.Field_attendance, attendance);
        }
        SafetyEventEntity e = new SafetyEventEntity();
        e.code = c;
        e.kind = kind.key();
        e.title = Refuse.length(Refuse.required(title, Messages.Field_title), 200, Messages.Field_title);
        e.heldOn = heldOn;
        e.place = Refuse.optional(place, 200, Messages.Field_place);
        e.organisers = Refuse.optional(organisers, 500, Messages.Field_organisers);
        e.attendance = attendance;
        e.note = Refuse.optional(note, 1000, Messages.Field_note);
        if (kind == EventKind.CONTEST) {
            ContestRules r = rules == null ? ContestRules.DEFAULT : rules;
            e.mustValue = r.mustValue();
            e.riskValues = r.riskValuesText();
        }
        e.setUnit(unit);
        em.persist(e);
        em.flush();
        return e;
    }

    /** Adds an organisation taking part in an event (beside it, in its unit). */
    public static SafetyParticipantEntity addParticipant(EntityManager em, SafetyEventEntity event, String organisation, String kind, Integer attendees) {
        if (attendees != null && attendees < 0) {
            throw Refuse.because(Messages.Refused_negative, Messages.Field_attendance, attendees);
        }
        SafetyParticipantEntity p = new SafetyParticipantEntity();
        p.eventId = event.getId();
        p.organisation = Refuse.length(Refuse.required(organisation, Messages.Field_organisation), 200, Messages.Field_organisation);
        p.orgKind = Refuse.optional(kind, 40, Messages.Field_kind);
        p.attendees = attendees;
        p.setUnitOf(event);
        em.persist(p);
        return p;
    }

    /** @return the event with this code the user may see, or null */
    public static SafetyEventEntity event(EntityManager em, String code) {
        List<SafetyEventEntity> found = em.createQuery("select e from SafetyEvent e where e.code = :c", SafetyEventEntity.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return the contest with this code, refused when there is none (or the event is not a contest) */
    public static SafetyEventEntity contest(EntityManager em, String code) {
        SafetyEventEntity e = event(em, code);
        if (e == null || !EventKind.CONTEST.key().equals(e.kind)) {
            throw Refuse.because(Messages.Refused_noContest, code);
        }
        return e;
    }

    public static ContestRules rules(SafetyEventEntity contest) {
        List<Integer> values = new ArrayList<>();
        for (String v : contest.riskValues.split(",")) {
            values.add(Integer.parseInt(v.strip()));
        }
        return new ContestRules(contest.mustValue, values);
    }

    /** Parses {@code 10,20,30}; refused unless positive, ascending values. */
    public static List<Integer> parseRiskValues(String text) {
        List<Integer> values = new ArrayList<>();
        try {
            for (String v : text.split("[,，、]")) {
                values.add(Integer.parseInt(v.strip()));
            }
            new ContestRules(10, values);
        } catch (RuntimeException e) {
            throw Refuse.because(Messages.Refused_riskValues, text);
        }
        return values;
    }

    public static List<SafetyTeamEntity> teams(EntityManager em, long eventId) {
        return em.createQuery("select t from SafetyTeam t where t.eventId = :e order by t.position, t.id", SafetyTeamEntity.class)
                .setParameter("e", eventId).getResultList();
    }

    public static SafetyTeamEntity addTeam(EntityManager em, SafetyEventEntity contest, String name, String organisation) {
        String n = Refuse.length(Refuse.required(name, Messages.Field_team), 100, Messages.Field_team);
        List<SafetyTeamEntity> teams = teams(em, contest.getId());
        if (teams.stream().anyMatch(t -> t.name.equals(n))) {
            throw Refuse.because(Messages.Refused_teamExists, n, contest.code);
        }
        SafetyTeamEntity t = new SafetyTeamEntity();
        t.eventId = contest.getId();
        t.name = n;
        t.organisation = Refuse.optional(organisation, 200, Messages.Field_organisation);
        t.position = teams.size() + 1;
        t.setUnitOf(contest);
        em.persist(t);
        em.flush();
        return t;
    }


    /**
     * What is wrong with an answer for a contest with these rules, or null: the team is not in the
     * contest, the round or question is not a positive number, a risk value is not offered, a
     * must-answer value is not the contest's, seconds are negative.
     */
    public static String problem(ContestRules rules, List<String> teams, ContestAnswer a) {
        if (!teams.contains(a.team())) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Refused_teamNotInContest, a.team(), String.join("、", teams));
        }
        if (a.round() < 1 || a.question() < 1) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Refused_questionNumber, a.round(), a.question());
        }
        if (a.kind() == AnswerKind.RISK && !rules.offers(a.value())) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Refused_riskNotOffered, a.value(), rules.riskValuesText());
        }
        if (a.kind() == AnswerKind.MUST && a.value() != rules.mustValue()) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Refused_mustValue, a.value(), rules.mustValue());
        }
        if (a.seconds() < 0) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Refused_negative, Messages.Field_seconds, a.seconds());
        }
        return null;
    }

    /** Enters an answer, replacing the team's earlier one to the same question. */
    public static void putAnswer(EntityManager em, SafetyEventEntity contest, ContestAnswer a) {
        List<SafetyTeamEntity> teams = teams(em, contest.getId());
        String problem = problem(rules(contest), teams.stream().map(t -> t.name).toList(), a);
        if (problem != null) {
            throw Refuse.because(problem);
        }
        List<String> otherKinds = em.createQuery("select distinct a.kind from SafetyAnswer a where a.eventId = :e and a.round = :r and a.question = :q",
                String.class).setParameter("e", contest.getId()).setParameter("r", a.round()).setParameter("q", a.question()).getResultList();
        for (String k : otherKinds) {
            if (!k.equals(a.kind().key())) {
                throw Refuse.because(Messages.Refused_kindMismatch, a.round(), a.question(), AnswerKind.parse(k).get().chinese());
            }
        }
        SafetyTeamEntity team = teams.stream().filter(t -> t.name.equals(a.team())).findFirst().get();
        List<SafetyAnswerEntity> old = em.createQuery(
                "select a from SafetyAnswer a where a.teamId = :t and a.round = :r and a.question = :q", SafetyAnswerEntity.class)
                .setParameter("t", team.getId()).setParameter("r", a.round()).setParameter("q", a.question()).getResultList();
        SafetyAnswerEntity e = old.isEmpty() ? new SafetyAnswerEntity() : old.get(0);
        e.eventId = contest.getId();
        e.teamId = team.getId();
        e.round = a.round();
        e.question = a.question();
        e.kind = a.kind().key();
        e.pointValue = a.value();
        e.correct = a.correct();
        e.seconds = a.seconds();
        if (old.isEmpty()) {
            e.setUnitOf(contest);
            em.persist(e);
        }
    }

    /** @return the contest's answers by round, question and team order */
    public static List<ContestAnswer> answers(EntityManager em, SafetyEventEntity contest) {
        List<SafetyTeamEntity> teams = teams(em, contest.getId());
        java.util.Map<Long, SafetyTeamEntity> byId = new java.util.HashMap<>();
        teams.forEach(t -> byId.put(t.getId(), t));
        List<SafetyAnswerEntity> rows = em.createQuery("select a from SafetyAnswer a where a.eventId = :e", SafetyAnswerEntity.class)
                .setParameter("e", contest.getId()).getResultList();
        rows.sort(java.util.Comparator.<SafetyAnswerEntity> comparingInt(a -> a.round).thenComparingInt(a -> a.question)
                .thenComparingInt(a -> byId.get(a.teamId).position));
        return rows.stream().map(a -> new ContestAnswer(a.round, a.question, byId.get(a.teamId).name, AnswerKind.parse(a.kind).get(), a.pointValue,
                a.correct, a.seconds)).toList();
    }
}
