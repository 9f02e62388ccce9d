package org.jiedao.eldercare.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.ResidentIdNumber;

/** Pairs and visits in the caller's transaction, with the rules: shared by the service, the import and the demo data. */
public final class Pairs {

    private Pairs() {
    }

    public static PairRow pair(EntityManager em, ElderRow younger, ElderRow older, LocalDate since) {
        if (since == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        check(em, younger, older, since);
        PairRow p = new PairRow();
        p.youngerId = younger.getId();
        p.olderId = older.getId();
        p.since = since;
        p.setUnitOf(older);
        em.persist(p);
        return p;
    }

    /** The pair rules: same community, the ages on {@code since}, the older elder unpaired, the younger one looking after fewer than 2. */
    public static void check(EntityManager em, ElderRow younger, ElderRow older, LocalDate since) {
        org.jiedao.eldercare.EldercareSettings.Rules rules = SettingsRow.rules(em);
        if (younger.getId().equals(older.getId()) || !younger.getUnitCode().equals(older.getUnitCode())) {
            throw new EldercareException(NLS.bind(Messages.Refused_pairCommunity, younger.getId(), older.getId()));
        }
        int ya = ResidentIdNumber.ageOn(younger.birthDate, since);
        if (ya < rules.youngerFrom() || ya > rules.youngerTo()) {
            throw new EldercareException(NLS.bind(Messages.Refused_youngerAge,
                    new Object[] { younger.getId(), ya, since, rules.youngerFrom(), rules.youngerTo() }));
        }
        int oa = ResidentIdNumber.ageOn(older.birthDate, since);
        if (oa < rules.olderFrom()) {
            throw new EldercareException(NLS.bind(Messages.Refused_olderAge, new Object[] { older.getId(), oa, since, rules.olderFrom() }));
        }
        List<PairRow> active = em.createQuery("select p from EldercarePair p where p.endedOn is null and (p.youngerId = :y or p.olderId = :o)",
                PairRow.class).setParameter("y", younger.getId()).setParameter("o", older.getId()).getResultList();
        if (active.stream().anyMatch(p -> p.olderId == older.getId())) {
            throw new EldercareException(NLS.bind(Messages.Refused_olderPaired, older.getId()));
        }
        if (active.stream().filter(p -> p.youngerId == younger.getId()).count() >= rules.maxPerYounger()) {
            throw new EldercareException(NLS.bind(Messages.Refused_youngerFull, younger.getId(), rules.maxPerYounger()));
        }
    }

    /** @return the pairs a younger elder runs */
    public static long running(EntityManager em, long youngerId) {
        return em.createQuery("select count(p) from EldercarePair p where p.endedOn is null and p.youngerId = :y", Long.class)
                .setParameter("y", youngerId).getSingleResult();
    }

    public static VisitRow visit(EntityManager em, long youngerId, long olderId, LocalDate on, String note) {
        if (on == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        if (on.isAfter(LocalDate.now())) {
            throw new EldercareException(NLS.bind(Messages.Refused_future, on));
        }
        PairRow p = runningPair(em, youngerId, olderId, on);
        VisitRow v = new VisitRow();
        v.pairId = p.getId();
        v.olderId = olderId;
        v.day = on;
        v.note = Elders.length(Messages.Field_note, EldercareSupport.blankToNull(note), 500);
        v.setUnitOf(p);
        em.persist(v);
        return v;
    }

    /** @return the pair of the two running on {@code on}, or a refusal */
    public static PairRow runningPair(EntityManager em, long youngerId, long olderId, LocalDate on) {
        return em.createQuery("select p from EldercarePair p where p.youngerId = :y and p.olderId = :o and p.since <= :d"
                + " and (p.endedOn is null or p.endedOn >= :d)", PairRow.class).setParameter("y", youngerId).setParameter("o", olderId)
                .setParameter("d", on).getResultList().stream().findFirst()
                .orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_noPair, new Object[] { youngerId, olderId, on })));
    }

    /** Whether {@code y} is a better younger elder for {@code o} than {@code best} at the same reason: fewer pairs, nearer floor, lower id. */
    static boolean better(ElderRow y, ElderRow best, ElderRow o, Map<Long, Integer> load) {
        int ly = load.getOrDefault(y.getId(), 0);
        int lb = load.getOrDefault(best.getId(), 0);
        if (ly != lb) {
            return ly < lb;
        }
        int dy = distance(y.floor, o.floor);
        int db = distance(best.floor, o.floor);
        if (dy != db) {
            return dy < db;
        }
        return y.getId() < best.getId();
    }

    private static int distance(String a, String b) {
        try {
            return Math.abs(Integer.parseInt(a.strip()) - Integer.parseInt(b.strip()));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE / 2;
        }
    }
}
