package org.jiedao.eldercare.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.ResidentIdNumber;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MutualAid}: the pair rules, suggestions by stairwell, building and community, visits. */
@Component(service = MutualAid.class)
public final class MutualAidImpl implements MutualAid {

    @Reference
    EldercareSupport support;

    @Override
    public long pair(long youngerId, long olderId, LocalDate since) {
        return support.persistence().transaction(em -> {
            PairRow p = Pairs.pair(em, EldercareSupport.elder(em, youngerId), EldercareSupport.elder(em, olderId), since);
            em.flush();
            return p.getId();
        });
    }

    @Override
    public void endPair(long pairId, LocalDate on) {
        support.persistence().transaction(em -> {
            PairRow p = em.createQuery("select p from EldercarePair p where p.id = :id and p.endedOn is null", PairRow.class)
                    .setParameter("id", pairId).getResultList().stream().findFirst()
                    .orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_pair, pairId)));
            if (on == null || on.isBefore(p.since)) {
                throw new EldercareException(NLS.bind(Messages.Refused_before, on, p.since));
            }
            p.endedOn = on;
            return null;
        });
    }

    @Override
    public List<Pair> pairs(String community) {
        String code = support.unitCode(community);
        String path = code == null ? null : support.unitOf(code).path();
        Map<String, String> names = support.unitNames();
        LocalDate today = LocalDate.now();
        return support.persistence().read(em -> {
            Map<Long, ElderRow> elders = elders(em, path);
            List<Pair> out = new ArrayList<>();
            Map<String, Boolean> visible = new HashMap<>();
            for (PairRow p : active(em, code)) {
                ElderRow y = elders.get(p.youngerId);
                ElderRow o = elders.get(p.olderId);
                if (y != null && o != null) {
                    out.add(new Pair(p.getId(), support.show(y, today, names, visible), support.show(o, today, names, visible), p.since));
                }
            }
            return out;
        });
    }

    @Override
    public void logVisit(long youngerId, long olderId, LocalDate on, String note) {
        support.persistence().transaction(em -> {
            Pairs.visit(em, youngerId, olderId, on, note);
            return null;
        });
    }

    @Override
    public List<Suggestion> suggest(String community, LocalDate on) {
        String code = support.unitCode(community);
        String path = code == null ? null : support.unitOf(code).path();
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            org.jiedao.eldercare.EldercareSettings.Rules rules = SettingsRow.rules(em);
            Map<Long, ElderRow> elders = elders(em, path);
            Map<Long, Integer> load = new HashMap<>();
            Set<Long> pairedOlder = new HashSet<>();
            for (PairRow p : active(em, code)) {
                load.merge(p.youngerId, 1, Integer::sum);
                pairedOlder.add(p.olderId);
            }
            Map<String, List<ElderRow>> youngerByCommunity = new HashMap<>();
            List<ElderRow> older = new ArrayList<>();
            for (ElderRow e : elders.values()) {
                int age = ResidentIdNumber.ageOn(e.birthDate, on);
                if (age >= rules.youngerFrom() && age <= rules.youngerTo() && load.getOrDefault(e.getId(), 0) < rules.maxPerYounger()) {
                    youngerByCommunity.computeIfAbsent(e.getUnitCode(), k -> new ArrayList<>()).add(e);
                } else if (age >= rules.olderFrom() && !pairedOlder.contains(e.getId())) {
                    older.add(e);
                }
            }
            // those living alone first, then the oldest
            older.sort(Comparator.comparing((ElderRow e) -> !e.livingAlone).thenComparing(e -> e.birthDate).thenComparing(ElderRow::getId));
            List<Suggestion> out = new ArrayList<>();
            Map<String, Boolean> visible = new HashMap<>();
            for (ElderRow o : older) {
                ElderRow best = null;
                Reason bestReason = null;
                for (ElderRow y : youngerByCommunity.getOrDefault(o.getUnitCode(), List.of())) {
                    if (load.getOrDefault(y.getId(), 0) >= rules.maxPerYounger()) {
                        continue;
                    }
                    Reason r = reason(y, o);
                    if (best == null || r.ordinal() < bestReason.ordinal()
                            || r == bestReason && Pairs.better(y, best, o, load)) {
                        best = y;
                        bestReason = r;
                    }
                }
                if (best != null) {
                    load.merge(best.getId(), 1, Integer::sum);
                    // the permission asked once per community, not per elder shown
                    boolean v = visible.computeIfAbsent(o.getUnitCode(), support::personalVisible);
                    String communityName = names.getOrDefault(o.getUnitCode(), o.getUnitCode());
                    Elder ys = EldercareSupport.show(best, on, communityName, v);
                    Elder os = EldercareSupport.show(o, on, communityName, v);
                    String why = switch (bestReason) {
                        case SAME_STAIRWELL -> NLS.bind(Messages.Suggest_stairwell, Elder.address(o.building, o.stair, null));
                        case SAME_BUILDING -> NLS.bind(Messages.Suggest_building, Elder.address(o.building, null, null));
                        case SAME_COMMUNITY -> NLS.bind(Messages.Suggest_community, names.getOrDefault(o.getUnitCode(), o.getUnitCode()));
                    };
                    out.add(new Suggestion(ys, os, bestReason, why));
                }
            }
            return out;
        });
    }

    static Reason reason(ElderRow y, ElderRow o) {
        boolean building = o.building != null && o.building.equals(y.building);
        if (building && o.stair != null && o.stair.equals(y.stair)) {
            return Reason.SAME_STAIRWELL;
        }
        return building ? Reason.SAME_BUILDING : Reason.SAME_COMMUNITY;
    }

    @Override
    public List<Elder> unvisited(int days, LocalDate on) {
        if (days < 1) {
            throw new EldercareException(NLS.bind(Messages.Refused_days, days));
        }
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            Set<Long> visited = new HashSet<>(em.createQuery("select distinct v.olderId from EldercareVisit v where v.day > :from and v.day <= :on",
                    Long.class).setParameter("from", on.minusDays(days)).setParameter("on", on).getResultList());
            List<Elder> out = new ArrayList<>();
            Map<String, Boolean> visible = new HashMap<>();
            for (ElderRow e : em.createQuery("select e from EldercareElder e where e.birthDate <= :b order by e.unitCode, e.id", ElderRow.class)
                    .setParameter("b", on.minusYears(SettingsRow.rules(em).olderFrom())).getResultList()) {
                if (e.livingAlone && !visited.contains(e.getId())) {
                    out.add(support.show(e, on, names, visible));
                }
            }
            return out;
        });
    }

    @Override
    public List<Elder> unpaired(String community, LocalDate on) {
        String code = support.unitCode(community);
        String path = code == null ? null : support.unitOf(code).path();
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            int olderFrom = SettingsRow.rules(em).olderFrom();
            Set<Long> paired = new HashSet<>();
            active(em, code).forEach(p -> paired.add(p.olderId));
            List<Elder> out = new ArrayList<>();
            Map<String, Boolean> visible = new HashMap<>();
            for (ElderRow e : elders(em, path).values()) {
                if (ResidentIdNumber.ageOn(e.birthDate, on) >= olderFrom && !paired.contains(e.getId())) {
                    out.add(support.show(e, on, names, visible));
                }
            }
            return out;
        });
    }

    /** @param path the community's unit path (null: every community in scope), read along the index on UNIT_PATH */
    static Map<Long, ElderRow> elders(EntityManager em, String path) {
        TypedQuery<ElderRow> q = em.createQuery("select e from EldercareElder e" + (path == null ? "" : " where e.unitPath like :p") + " order by e.id",
                ElderRow.class);
        if (path != null) {
            q.setParameter("p", path + "%");
        }
        Map<Long, ElderRow> out = new java.util.LinkedHashMap<>();
        q.getResultList().forEach(e -> out.put(e.getId(), e));
        return out;
    }

    static List<PairRow> active(EntityManager em, String code) {
        TypedQuery<PairRow> q = em.createQuery("select p from EldercarePair p where p.endedOn is null" + (code == null ? "" : " and p.unitCode = :u")
                + " order by p.id", PairRow.class);
        if (code != null) {
            q.setParameter("u", code);
        }
        return q.getResultList();
    }
}
