package org.jiedao.incubation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.Application;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.Ranking;
import org.jiedao.incubation.Records.Round;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.incubation.StableMatching;
import org.jiedao.incubation.StableMatching.Assignment;
import org.jiedao.incubation.StableMatching.Explanation;
import org.jiedao.incubation.StableMatching.Step;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link IncubationSelection}: rounds stored per street, matched by {@link StableMatching}. */
@Component(service = IncubationSelection.class)
public final class SelectionImpl implements IncubationSelection {

    @Reference
    IncubationSupport support;

    @Override
    public long createRound(String name, String street) {
        OrgUnit unit = support.street(street);
        support.unit(unit.code()); // in the user's scope
        return support.persistence().transaction(em -> {
            String n = IncubationSupport.text(name, Messages.Field_round, 60, true);
            if (!em.createNativeQuery("select 1 from INCUBATION_ROUND where NAME = ?").setParameter(1, n).getResultList().isEmpty()) {
                throw new IncubationException(NLS.bind(Messages.Refused_roundTaken, n));
            }
            RoundEntity r = new RoundEntity();
            r.setName(n);
            r.setStatus(RoundStatus.OPEN.name());
            r.setUnit(unit);
            em.persist(r);
            em.flush();
            return r.getId();
        });
    }

    @Override
    public List<Round> rounds() {
        return support.persistence().read(em -> em.createQuery("select r from IncubationRound r order by r.name", RoundEntity.class).getResultList()
                .stream().map(r -> new Round(r.getId(), r.getName(), r.getUnitCode(), RoundStatus.valueOf(r.getStatus()), r.getConfirmedOn(),
                        count(em, "IncubationApplication", r), count(em, "IncubationRanking", r)))
                .toList());
    }

    private static int count(EntityManager em, String entity, RoundEntity r) {
        return em.createQuery("select count(x) from " + entity + " x where x.roundId = :r", Long.class).setParameter("r", r.getId()).getSingleResult()
                .intValue();
    }

    @Override
    public void apply(String round, String project, String community, int projectRank) {
        OrgUnit c = support.community(community);
        support.persistence().transaction(em -> Writes.application(em, IncubationSupport.round(em, round), IncubationSupport.project(em, project), c,
                projectRank));
    }

    @Override
    public void rank(String round, String community, String project, int communityRank, int places) {
        OrgUnit c = support.community(community);
        support.persistence().transaction(em -> Writes.ranking(em, IncubationSupport.round(em, round), IncubationSupport.project(em, project), c,
                communityRank, places));
    }

    /** The round's input, loaded once. */
    record Input(RoundEntity round, StableMatching matching, Map<Long, String> codes, Map<String, Long> ids) {
    }

    static Input load(EntityManager em, RoundEntity round, int defaultPlaces) {
        StableMatching m = new StableMatching(defaultPlaces);
        Map<Long, String> codes = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        // applications in the order they were made (the tie-break "earlier application")
        List<Object[]> apps = em.createQuery("select a.projectId, a.unitCode, a.projectRank, a.id, p.code, p.excellent from IncubationApplication a, "
                + "IncubationProject p where a.roundId = :r and p.id = a.projectId order by a.id", Object[].class).setParameter("r", round.getId())
                .getResultList();
        for (Object[] a : apps) {
            String code = (String) a[4];
            codes.put((Long) a[0], code);
            ids.put(code, (Long) a[0]);
            m.project(code, (Boolean) a[5]);
        }
        for (Object[] a : apps) {
            m.apply((String) a[4], (String) a[1], (Integer) a[2], (Long) a[3]);
        }
        for (Object[] k : em.createQuery("select k.projectId, k.unitCode, k.communityRank, k.places from IncubationRanking k where k.roundId = :r",
                Object[].class).setParameter("r", round.getId()).getResultList()) {
            String code = codes.get((Long) k[0]);
            if (code != null) {
                m.rank((String) k[1], code, (Integer) k[2]);
                m.places((String) k[1], (Integer) k[3]);
            }
        }
        return new Input(round, m, codes, ids);
    }

    @Override
    public List<MatchRow> run(String round) {
        int places = defaultPlaces();
        return support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            if (RoundStatus.valueOf(r.getStatus()) == RoundStatus.CONFIRMED) {
                throw new IncubationException(NLS.bind(Messages.Refused_roundConfirmed, r.getName()));
            }
            Input in = load(em, r, places);
            List<Assignment> result = in.matching().run();
            em.createQuery("delete from IncubationMatch m where m.roundId = :r").setParameter("r", r.getId()).executeUpdate();
            List<MatchRow> rows = new ArrayList<>(result.size());
            for (Assignment a : result) {
                MatchEntity m = new MatchEntity();
                m.setRoundId(r.getId());
                m.setProjectId(in.ids().get(a.project()));
                m.setCommunity(a.community());
                m.setProjectRank(a.projectRank());
                m.setCommunityRank(a.communityRank());
                m.setUnitOf(r);
                em.persist(m);
                rows.add(new MatchRow(r.getName(), a.project(), a.community(), a.projectRank(), a.communityRank()));
            }
            r.setStatus(RoundStatus.RUN.name());
            return sorted(rows);
        });
    }

    private static List<MatchRow> sorted(List<MatchRow> rows) {
        List<MatchRow> s = new ArrayList<>(rows);
        s.sort(java.util.Comparator.comparing(MatchRow::project));
        return s;
    }

    @Override
    public void review(String round) {
        support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            if (RoundStatus.valueOf(r.getStatus()) != RoundStatus.RUN) {
                throw new IncubationException(NLS.bind(Messages.Refused_notRun, r.getName()));
            }
            r.setStatus(RoundStatus.REVIEWED.name());
            return null;
        });
    }

    @Override
    public void confirm(String round, LocalDate on) {
        support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            if (RoundStatus.valueOf(r.getStatus()) != RoundStatus.REVIEWED) {
                throw new IncubationException(NLS.bind(Messages.Refused_notReviewed, r.getName()));
            }
            Map<String, String> names = support.names();
            ProjectCounts counts = new ProjectCounts();
            for (MatchEntity m : em.createQuery("select m from IncubationMatch m where m.roundId = :r and m.community is not null", MatchEntity.class)
                    .setParameter("r", r.getId()).getResultList()) {
                List<StationEntity> open = em.createQuery("select s from IncubationStation s where s.unitCode = :c and s.openedOn <= :d and "
                        + "(s.closedOn is null or s.closedOn >= :d)", StationEntity.class).setParameter("c", m.getCommunity()).setParameter("d", on)
                        .getResultList();
                if (open.isEmpty()) {
                    throw new IncubationException(NLS.bind(Messages.Refused_noStation, names.getOrDefault(m.getCommunity(), m.getCommunity()), on));
                }
                ProjectEntity p = em.find(ProjectEntity.class, m.getProjectId());
                counts.remove(p);
                p.setUnitOf(open.get(0));
                p.setStatus(ProjectStatus.RESIDENT.name());
                p.setEntryDate(on);
                p.setExitDate(null);
                counts.add(p);
            }
            counts.write(em);
            r.setStatus(RoundStatus.CONFIRMED.name());
            r.setConfirmedOn(on);
            return null;
        });
    }

    @Override
    public List<MatchRow> result(String round) {
        return support.persistence().read(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            return resultOf(em, r);
        });
    }

    public static List<MatchRow> resultOf(EntityManager em, RoundEntity r) {
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("select a.projectId, p.code from IncubationApplication a, IncubationProject p where a.roundId = :r and p.id = a.projectId",
                Object[].class).setParameter("r", r.getId()).getResultList().forEach(o -> codes.put((Long) o[0], (String) o[1]));
        List<MatchRow> rows = new ArrayList<>();
        for (MatchEntity m : em.createQuery("select m from IncubationMatch m where m.roundId = :r", MatchEntity.class).setParameter("r", r.getId())
                .getResultList()) {
            String code = codes.get(m.getProjectId());
            if (code == null) {
                ProjectEntity p = em.find(ProjectEntity.class, m.getProjectId());
                code = p == null ? String.valueOf(m.getProjectId()) : p.getCode();
            }
            rows.add(new MatchRow(r.getName(), code, m.getCommunity(), m.getProjectRank(), m.getCommunityRank()));
        }
        return sorted(rows);
    }

    @Override
    public Optional<Explanation> explain(String round, String project) {
        int places = defaultPlaces();
        return support.persistence().read(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            Input in = load(em, r, places);
            String code = project == null ? "" : project.strip();
            if (!in.ids().containsKey(code)) {
                throw new IncubationException(NLS.bind(Messages.Refused_didNotApply, code, r.getName()));
            }
            return in.matching().run().stream().filter(a -> a.project().equals(code)).findFirst().map(Assignment::explanation);
        });
    }

    @Override
    public String explainText(String round, String project) {
        Explanation e = explain(round, project).orElseThrow();
        return text(e, support.names());
    }

    /** @return the explanation in the user's language, one line per application */
    public static String text(Explanation e, Map<String, String> names) {
        StringBuilder b = new StringBuilder();
        b.append(e.matched() ? NLS.bind(Messages.Explain_matched, e.project(), names.getOrDefault(e.community(), e.community()))
                : NLS.bind(Messages.Explain_unmatched, e.project()));
        for (Step s : e.steps()) {
            String c = names.getOrDefault(s.community(), s.community());
            String rank = s.communityRank() == null ? Messages.Explain_notRanked : NLS.bind(Messages.Explain_ranked, s.communityRank());
            String outcome = switch (s.outcome()) {
            case MATCHED -> Messages.Explain_outcomeMatched;
            case NOT_RANKED -> Messages.Explain_outcomeNotRanked;
            case NO_PLACES -> Messages.Explain_outcomeNoPlaces;
            case TAKEN -> NLS.bind(Messages.Explain_outcomeTaken, s.places(), String.join(", ", s.takenBy()));
            case LESS_PREFERRED -> Messages.Explain_outcomeLess;
            };
            b.append('\n').append(NLS.bind(Messages.Explain_step, new Object[] { s.projectRank(), c, rank, outcome }));
        }
        return b.toString();
    }

    @Override
    public int defaultPlaces() {
        return support.setting(IncubationSupport.DEFAULT_PLACES);
    }

    @Override
    public List<Application> applications(String round) {
        Map<String, String> names = support.names();
        return support.persistence().read(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            List<Application> rows = new ArrayList<>();
            for (Object[] a : em.createQuery("select p.code, a.unitCode, a.projectRank from IncubationApplication a, IncubationProject p "
                    + "where a.roundId = :r and p.id = a.projectId order by p.code, a.projectRank", Object[].class).setParameter("r", r.getId())
                    .getResultList()) {
                String c = (String) a[1];
                rows.add(new Application(r.getName(), (String) a[0], c, names.getOrDefault(c, c), (Integer) a[2]));
            }
            return rows;
        });
    }

    @Override
    public List<Ranking> rankings(String round) {
        Map<String, String> names = support.names();
        return support.persistence().read(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            List<Ranking> rows = new ArrayList<>();
            for (Object[] k : em.createQuery("select k.unitCode, p.code, k.communityRank, k.places from IncubationRanking k, IncubationProject p "
                    + "where k.roundId = :r and p.id = k.projectId order by k.unitCode, k.communityRank, p.code", Object[].class)
                    .setParameter("r", r.getId()).getResultList()) {
                String c = (String) k[0];
                rows.add(new Ranking(r.getName(), c, names.getOrDefault(c, c), (String) k[1], (Integer) k[2], (Integer) k[3]));
            }
            return rows;
        });
    }

    @Override
    public void withdraw(String round, String project, String community) {
        OrgUnit c = support.community(community);
        support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            ProjectEntity p = IncubationSupport.project(em, project);
            Writes.changing(r);
            List<ApplicationEntity> mine = em.createQuery("select a from IncubationApplication a where a.roundId = :r and a.projectId = :p "
                    + "order by a.projectRank", ApplicationEntity.class).setParameter("r", r.getId()).setParameter("p", p.getId()).getResultList();
            ApplicationEntity gone = mine.stream().filter(a -> a.getUnitCode().equals(c.code())).findFirst()
                    .orElseThrow(() -> new IncubationException(NLS.bind(Messages.Refused_notApplied, p.getCode(), c.name())));
            em.remove(gone);
            for (RankingEntity k : em.createQuery("select k from IncubationRanking k where k.roundId = :r and k.projectId = :p and k.unitCode = :c",
                    RankingEntity.class).setParameter("r", r.getId()).setParameter("p", p.getId()).setParameter("c", c.code()).getResultList()) {
                em.remove(k);
            }
            em.flush(); // the rank is free before the later choices move up
            for (ApplicationEntity a : mine) {
                if (a.getProjectRank() > gone.getProjectRank()) {
                    a.setProjectRank(a.getProjectRank() - 1);
                }
            }
            return null;
        });
    }

    @Override
    public void unrank(String round, String community, String project) {
        OrgUnit c = support.community(community);
        support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            ProjectEntity p = IncubationSupport.project(em, project);
            Writes.changing(r);
            List<RankingEntity> found = em.createQuery("select k from IncubationRanking k where k.roundId = :r and k.projectId = :p and "
                    + "k.unitCode = :c", RankingEntity.class).setParameter("r", r.getId()).setParameter("p", p.getId()).setParameter("c", c.code())
                    .getResultList();
            if (found.isEmpty()) {
                throw new IncubationException(NLS.bind(Messages.Refused_notRanked, c.name(), p.getCode()));
            }
            found.forEach(em::remove);
            return null;
        });
    }

    @Override
    public void reorder(String round, String project, List<String> communities) {
        List<String> codes = communities.stream().map(c -> support.community(c).code()).toList();
        support.persistence().transaction(em -> {
            RoundEntity r = IncubationSupport.round(em, round);
            ProjectEntity p = IncubationSupport.project(em, project);
            Writes.changing(r);
            List<ApplicationEntity> mine = em.createQuery("select a from IncubationApplication a where a.roundId = :r and a.projectId = :p",
                    ApplicationEntity.class).setParameter("r", r.getId()).setParameter("p", p.getId()).getResultList();
            java.util.Set<String> applied = new java.util.HashSet<>();
            mine.forEach(a -> applied.add(a.getUnitCode()));
            if (!applied.equals(new java.util.HashSet<>(codes)) || codes.size() != mine.size()) {
                throw new IncubationException(NLS.bind(Messages.Refused_reorder, p.getCode(), mine.size()));
            }
            for (ApplicationEntity a : mine) {
                a.setProjectRank(codes.indexOf(a.getUnitCode()) + 1);
            }
            return null;
        });
    }
}
