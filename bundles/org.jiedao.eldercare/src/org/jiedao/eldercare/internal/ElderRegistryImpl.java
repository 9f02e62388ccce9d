package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.Role;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ResidentIdNumber;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ElderRegistry} on the platform's persistence (scoping is the platform's). */
@Component(service = ElderRegistry.class)
public final class ElderRegistryImpl implements ElderRegistry {

    /** The categories a new installation starts with. */
    static final List<String> DEFAULT_CATEGORIES = List.of("特困", "低保", "失能", "独居", "空巢");

    @Reference
    EldercareSupport support;

    @Override
    public long register(NewElder elder) {
        OrgUnit unit = support.unit(elder.community());
        return support.persistence().transaction(em -> {
            ElderRow row = Elders.create(em, elder, unit, LocalDate.now(), null);
            em.flush();
            return row.getId();
        });
    }

    @Override
    public Optional<Elder> find(long id) {
        return logged(support.persistence().read(em -> {
            List<ElderRow> r = em.createQuery("select e from EldercareElder e where e.id = :id", ElderRow.class).setParameter("id", id)
                    .getResultList();
            return r.stream().findFirst().map(e -> support.show(e, LocalDate.now(), support.unitNames()));
        }));
    }

    /** Logs an elder shown unmasked. */
    private Optional<Elder> logged(Optional<Elder> elder) {
        elder.filter(Elder::personalVisible).ifPresent(e -> support.logReads("elder", String.valueOf(e.id()), Map.of(e.communityCode(), 1L),
                PersonalDataLog.Purpose.SHOW));
        return elder;
    }

    @Override
    public Optional<Elder> findByIdNumber(String idNumber) {
        String number = ResidentIdNumber.parse(idNumber).number();
        return logged(support.persistence().read(em -> Optional.ofNullable(EldercareSupport.elderByNumber(em, number))
                .map(e -> support.show(e, LocalDate.now(), support.unitNames()))));
    }

    @Override
    public List<Elder> list(ElderQuery query, int limit) {
        LocalDate on = query.on() == null ? LocalDate.now() : query.on();
        String community = support.unitCode(query.community());
        Map<String, String> names = support.unitNames();
        List<Elder> elders = support.persistence().read(em -> {
            StringBuilder jpql = new StringBuilder("select e from EldercareElder e where 1 = 1");
            if (community != null) {
                jpql.append(" and e.unitCode = :unit");
            }
            if (query.ageFrom() > 0) {
                jpql.append(" and e.birthDate <= :bornBy");
            }
            if (query.ageTo() > 0) {
                jpql.append(" and e.birthDate > :bornAfter");
            }
            if (query.category() != null && !query.category().isBlank()) {
                jpql.append(" and e.category = :category");
            }
            jpql.append(" order by e.unitCode, e.id");
            TypedQuery<ElderRow> q = em.createQuery(jpql.toString(), ElderRow.class);
            if (community != null) {
                q.setParameter("unit", community);
            }
            if (query.ageFrom() > 0) {
                q.setParameter("bornBy", on.minusYears(query.ageFrom()));
            }
            if (query.ageTo() > 0) {
                q.setParameter("bornAfter", on.minusYears(query.ageTo() + 1L));
            }
            if (query.category() != null && !query.category().isBlank()) {
                q.setParameter("category", query.category().strip());
            }
            if (limit > 0 && !query.livingAlone()) {
                q.setMaxResults(limit);
            }
            List<Elder> out = new ArrayList<>();
            Map<String, Boolean> visible = new TreeMap<>();
            for (ElderRow e : q.getResultList()) {
                // living alone is filtered here: Derby compares no BOOLEAN column with the literal EclipseLink writes
                if (query.livingAlone() && !e.livingAlone) {
                    continue;
                }
                if (limit > 0 && out.size() == limit) {
                    break;
                }
                boolean v = visible.computeIfAbsent(e.getUnitCode(), support::personalVisible);
                out.add(EldercareSupport.show(e, on, names.getOrDefault(e.getUnitCode(), e.getUnitCode()), v));
            }
            return out;
        });
        Map<String, Long> visible = new TreeMap<>();
        elders.stream().filter(Elder::personalVisible).forEach(e -> visible.merge(e.communityCode(), 1L, Long::sum));
        support.logReads("elder", null, visible, PersonalDataLog.Purpose.SHOW);
        return elders;
    }

    @Override
    public void setPopulation(String community, int year, int population) {
        OrgUnit unit = support.unit(community);
        if (population < 1) {
            throw new EldercareException(NLS.bind(Messages.Refused_population, population));
        }
        support.persistence().transaction(em -> {
            Elders.setPopulation(em, unit, year, population);
            return null;
        });
    }

    @Override
    public List<AgeingStats> stats(String community, int year, LocalDate on) {
        String code = support.unitCode(community);
        Map<String, String> names = support.unitNames();
        LocalDate born60 = on.minusYears(60);
        LocalDate born80 = on.minusYears(80);
        return support.persistence().read(em -> {
            Map<String, long[]> figures = new TreeMap<>();
            String where = code == null ? "" : " and e.unitCode = :unit";
            // grouped counts (Derby compares no BOOLEAN inside CASE): 60+ by living alone, then 80+
            TypedQuery<Object[]> q = em.createQuery("select e.unitCode, e.livingAlone, count(e) from EldercareElder e where e.birthDate <= :b60"
                    + where + " group by e.unitCode, e.livingAlone", Object[].class).setParameter("b60", born60);
            if (code != null) {
                q.setParameter("unit", code);
            }
            for (Object[] r : q.getResultList()) {
                long[] f = figures.computeIfAbsent((String) r[0], k -> new long[3]);
                long n = ((Number) r[2]).longValue();
                f[0] += n;
                if (Boolean.TRUE.equals(r[1])) {
                    f[2] += n;
                }
            }
            TypedQuery<Object[]> q80 = em.createQuery("select e.unitCode, count(e) from EldercareElder e where e.birthDate <= :b80" + where
                    + " group by e.unitCode", Object[].class).setParameter("b80", born80);
            if (code != null) {
                q80.setParameter("unit", code);
            }
            for (Object[] r : q80.getResultList()) {
                figures.computeIfAbsent((String) r[0], k -> new long[3])[1] = ((Number) r[1]).longValue();
            }
            Map<String, Integer> population = new TreeMap<>();
            TypedQuery<PopulationRow> p = em.createQuery("select p from EldercarePopulation p where p.year = :y" + where.replace("e.", "p."),
                    PopulationRow.class).setParameter("y", year);
            if (code != null) {
                p.setParameter("unit", code);
            }
            p.getResultList().forEach(r -> population.put(r.getUnitCode(), r.population));
            TreeSet<String> all = new TreeSet<>(figures.keySet());
            all.addAll(population.keySet());
            if (code != null) {
                all.add(code);
            }
            List<AgeingStats> out = new ArrayList<>();
            for (String c : all) {
                long[] f = figures.getOrDefault(c, new long[3]);
                Integer pop = population.get(c);
                BigDecimal share = pop == null ? null
                        : BigDecimal.valueOf(f[0]).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(pop), 1, RoundingMode.HALF_UP);
                out.add(new AgeingStats(year, on, c, names.getOrDefault(c, c), pop, f[0], f[1], share, f[2]));
            }
            return out;
        });
    }

    @Override
    public List<String> categories() {
        return support.persistence().read(ElderRegistryImpl::categories);
    }

    static List<String> categories(EntityManager em) {
        List<String> names = em.createQuery("select c.name from EldercareCategory c order by c.sort, c.name", String.class).getResultList();
        return names.isEmpty() ? DEFAULT_CATEGORIES : names;
    }

    @Override
    public void addCategory(String category) {
        if (!support.security().currentUserHas(Role.STREET_OFFICER, Role.DISTRICT_ADMIN)) {
            throw new EldercareException(Messages.Refused_settings);
        }
        String c = EldercareSupport.blankToNull(category);
        if (c == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_category));
        }
        support.persistence().transaction(em -> {
            List<String> existing = categories(em);
            if (existing.contains(c)) {
                return null;
            }
            if (em.createQuery("select count(c) from EldercareCategory c", Long.class).getSingleResult() == 0) {
                for (String d : DEFAULT_CATEGORIES) {
                    Elders.category(em, d, existing.indexOf(d));
                }
            }
            Elders.category(em, c, existing.size());
            return null;
        });
    }
}
