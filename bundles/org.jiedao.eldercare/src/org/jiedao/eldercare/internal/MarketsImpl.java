package org.jiedao.eldercare.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.Markets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Markets} on the platform's persistence (scoping is the platform's). */
@Component(service = Markets.class)
public final class MarketsImpl implements Markets {

    static final int PLACE_LENGTH = 100;
    static final int NAME_LENGTH = 50;
    static final int PROVIDER_LENGTH = 100;

    @Reference
    EldercareSupport support;

    @Override
    public long hold(String community, LocalDate heldOn, String place, int visitors, List<Stall> stalls) {
        OrgUnit unit = support.unit(community);
        return support.persistence().transaction(em -> hold(em, unit, heldOn, place, visitors, stalls, LocalDate.now()).getId());
    }

    /** Records a market in the caller's transaction with every check (shared by the service, the import and the demo data). */
    public static MarketRow hold(EntityManager em, OrgUnit unit, LocalDate heldOn, String place, int visitors, List<Stall> stalls, LocalDate today) {
        if (heldOn == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_heldOn));
        }
        if (heldOn.isAfter(today)) {
            throw new EldercareException(NLS.bind(Messages.Refused_marketFuture, heldOn));
        }
        if (visitors < 0) {
            throw new EldercareException(NLS.bind(Messages.Refused_negative, Messages.Field_visitors, visitors));
        }
        if (stalls == null || stalls.isEmpty()) {
            throw new EldercareException(Messages.Refused_marketNoStall);
        }
        Set<String> names = new HashSet<>();
        for (Stall s : stalls) {
            String name = EldercareSupport.blankToNull(s.name());
            if (name == null) {
                throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_stall));
            }
            Elders.length(Messages.Field_stall, name, NAME_LENGTH);
            Elders.length(Messages.Field_provider, EldercareSupport.blankToNull(s.provider()), PROVIDER_LENGTH);
            if (!names.add(name)) {
                throw new EldercareException(NLS.bind(Messages.Refused_stallTwice, name));
            }
            if (s.served() < 0) {
                throw new EldercareException(NLS.bind(Messages.Refused_negative, Messages.Field_stall + " " + name, s.served()));
            }
            if (s.served() > visitors) {
                throw new EldercareException(NLS.bind(Messages.Refused_stallServed, new Object[] { name, s.served(), visitors }));
            }
        }
        int month = heldOn.getYear() * 100 + heldOn.getMonthValue();
        List<MarketRow> same = em.createQuery("select m from EldercareMarket m where m.unitCode = :u and m.monthKey = :k", MarketRow.class)
                .setParameter("u", unit.code()).setParameter("k", month).getResultList();
        if (!same.isEmpty()) {
            throw new EldercareException(NLS.bind(Messages.Refused_marketTwice, new Object[] { unit.name(), YearMonth.from(heldOn), same.get(0).heldOn }));
        }
        MarketRow m = new MarketRow();
        m.heldOn = heldOn;
        m.monthKey = month;
        m.place = Elders.length(Messages.Field_place, EldercareSupport.blankToNull(place), PLACE_LENGTH);
        m.visitors = visitors;
        m.setUnit(unit);
        em.persist(m);
        em.flush();
        int sort = 0;
        for (Stall s : stalls) {
            MarketStallRow r = new MarketStallRow();
            r.marketId = m.getId();
            r.name = s.name().strip();
            r.provider = EldercareSupport.blankToNull(s.provider());
            r.served = s.served();
            r.sort = sort++;
            r.setUnitOf(m);
            em.persist(r);
        }
        return m;
    }

    @Override
    public List<Market> list(String community, int year) {
        String code = support.unitCode(community);
        Map<String, String> names = support.unitNames();
        return support.persistence().read(em -> {
            StringBuilder jpql = new StringBuilder("select m from EldercareMarket m where 1 = 1");
            if (code != null) {
                jpql.append(" and m.unitCode = :u");
            }
            if (year > 0) {
                jpql.append(" and m.monthKey between :from and :to");
            }
            jpql.append(" order by m.heldOn desc, m.id desc");
            TypedQuery<MarketRow> q = em.createQuery(jpql.toString(), MarketRow.class);
            if (code != null) {
                q.setParameter("u", code);
            }
            if (year > 0) {
                q.setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12);
            }
            Map<Long, MarketRow> markets = new LinkedHashMap<>();
            q.getResultList().forEach(m -> markets.put(m.getId(), m));
            Map<Long, List<Stall>> stalls = new LinkedHashMap<>();
            if (!markets.isEmpty()) {
                List<Long> ids = new ArrayList<>(markets.keySet());
                for (int from = 0; from < ids.size(); from += 500) {
                    em.createQuery("select s from EldercareMarketStall s where s.marketId in :ids order by s.marketId, s.sort", MarketStallRow.class)
                            .setParameter("ids", ids.subList(from, Math.min(from + 500, ids.size()))).getResultList()
                            .forEach(s -> stalls.computeIfAbsent(s.marketId, k -> new ArrayList<>()).add(new Stall(s.name, s.provider, s.served)));
                }
            }
            List<Market> out = new ArrayList<>();
            for (MarketRow m : markets.values()) {
                out.add(new Market(m.getId(), m.getUnitCode(), names.getOrDefault(m.getUnitCode(), m.getUnitCode()), m.heldOn, m.place, m.visitors,
                        List.copyOf(stalls.getOrDefault(m.getId(), List.of()))));
            }
            return out;
        });
    }

    @Override
    public List<MonthlyFigure> monthly(YearMonth until, int months) {
        YearMonth first = until.minusMonths(Math.max(1, months) - 1L);
        return support.persistence().read(em -> {
            Map<Integer, long[]> figures = new LinkedHashMap<>();
            for (YearMonth m = first; !m.isAfter(until); m = m.plusMonths(1)) {
                figures.put(m.getYear() * 100 + m.getMonthValue(), new long[3]);
            }
            int from = first.getYear() * 100 + first.getMonthValue();
            int to = until.getYear() * 100 + until.getMonthValue();
            for (Object[] r : em.createQuery("select m.monthKey, count(m), sum(m.visitors) from EldercareMarket m where m.monthKey between :f and :t"
                    + " group by m.monthKey", Object[].class).setParameter("f", from).setParameter("t", to).getResultList()) {
                long[] f = figures.get(((Number) r[0]).intValue());
                f[0] = ((Number) r[1]).longValue();
                f[1] = r[2] == null ? 0 : ((Number) r[2]).longValue();
            }
            for (Object[] r : em.createQuery("select m.monthKey, sum(s.served) from EldercareMarket m, EldercareMarketStall s where s.marketId = m.id"
                    + " and m.monthKey between :f and :t group by m.monthKey", Object[].class).setParameter("f", from).setParameter("t", to)
                    .getResultList()) {
                figures.get(((Number) r[0]).intValue())[2] = r[1] == null ? 0 : ((Number) r[1]).longValue();
            }
            List<MonthlyFigure> out = new ArrayList<>();
            figures.forEach((k, f) -> out.add(new MonthlyFigure(YearMonth.of(k / 100, k % 100), (int) f[0], f[1], f[2])));
            return out;
        });
    }
}
