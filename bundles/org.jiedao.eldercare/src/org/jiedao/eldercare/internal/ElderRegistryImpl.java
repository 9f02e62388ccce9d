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
import org.jiedao.core.persistence.ConcurrentChangeException;
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
        return list(query, 0, limit);
    }

    @Override
    public List<Elder> list(ElderQuery query, int offset, int limit) {
        LocalDate on = query.on() == null ? LocalDate.now() : query.on();
        Sql where = where(query, on);
        Map<String, String> names = support.unitNames();
        List<Elder> elders = support.persistence().read(em -> {
            // the ids of the page in the order of the index ELDERCARE_ELDER_PAGE (UNIT_PATH, ID), read along it without sorting the
            // registry (Derby is told to: with a filter it would otherwise sort every match), then the page's rows (scoped again)
            StringBuilder sql = new StringBuilder("SELECT ID FROM ELDERCARE_ELDER ").append(hint("ELDERCARE_ELDER_PAGE")).append(where.sql)
                    .append(" ORDER BY UNIT_PATH, ID");
            if (offset > 0 || limit > 0) {
                sql.append(" OFFSET ").append(Math.max(0, offset)).append(" ROWS");
            }
            if (limit > 0) {
                sql.append(" FETCH NEXT ").append(limit).append(" ROWS ONLY");
            }
            List<Long> ids = new ArrayList<>();
            for (Object id : where.bind(em.createNativeQuery(sql.toString())).getResultList()) {
                ids.add(((Number) id).longValue());
            }
            Map<Long, ElderRow> rows = new java.util.HashMap<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                em.createQuery("select e from EldercareElder e where e.id in :ids", ElderRow.class)
                        .setParameter("ids", ids.subList(from, Math.min(from + 1000, ids.size()))).getResultList().forEach(e -> rows.put(e.getId(), e));
            }
            List<Elder> out = new ArrayList<>();
            Map<String, Boolean> visible = new TreeMap<>();
            for (Long id : ids) {
                ElderRow e = rows.get(id);
                if (e == null) {
                    continue; // gone since, or outside the scope
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
    public long count(ElderQuery query) {
        LocalDate on = query.on() == null ? LocalDate.now() : query.on();
        Sql where = where(query, on);
        // a count of the index ELDERCARE_ELDER_FILTER alone: every column a filter names is in it
        return support.persistence().read(em -> ((Number) where.bind(em.createNativeQuery("SELECT COUNT(*) FROM ELDERCARE_ELDER "
                + hint("ELDERCARE_ELDER_FILTER") + where.sql)).getSingleResult()).longValue());
    }

    /**
     * Derby's optimizer override naming the index to read (an SQL comment to other databases): the registry's queries are
     * written for an index, and Derby's estimates for a LIKE on the unit path would often pick another plan.
     */
    private String hint(String index) {
        return support.persistence().database().kind() == org.jiedao.core.persistence.DatabaseKind.DERBY_EMBEDDED
                ? "--DERBY-PROPERTIES index=" + index + "\n" : "";
    }

    /** The conditions of a query in SQL, with the user's scope (as the persistence layer applies it to JPQL), on the columns of ELDERCARE_ELDER_FILTER. */
    private record Sql(String sql, List<Object> parameters) {
        <Q extends jakarta.persistence.Query> Q bind(Q q) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setParameter(i + 1, parameters.get(i));
            }
            return q;
        }
    }

    private Sql where(ElderQuery query, LocalDate on) {
        // one range of the unit path: the user's scope, or the community (or street) asked for within it
        String scope = support.security().currentScope().pathPrefix();
        String prefix = scope;
        if (query.community() != null && !query.community().isBlank()) {
            String unit = support.unitPath(query.community());
            prefix = unit.startsWith(scope) ? unit : scope.startsWith(unit) ? scope : null;
        }
        StringBuilder sql = new StringBuilder(" WHERE UNIT_PATH LIKE ?1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(prefix == null ? "" : prefix + "%"); // a unit outside the scope: nothing (no path is empty)
        if (query.ageFrom() > 0) {
            parameters.add(java.sql.Date.valueOf(on.minusYears(query.ageFrom())));
            sql.append(" AND BIRTH_DATE <= ?").append(parameters.size());
        }
        if (query.ageTo() > 0) {
            parameters.add(java.sql.Date.valueOf(on.minusYears(query.ageTo() + 1L)));
            sql.append(" AND BIRTH_DATE > ?").append(parameters.size());
        }
        if (query.livingAlone()) {
            sql.append(" AND LIVING_ALONE = TRUE");
        }
        if (query.category() != null && !query.category().isBlank()) {
            parameters.add(query.category().strip());
            sql.append(" AND CATEGORY = ?").append(parameters.size());
        }
        return new Sql(sql.toString(), parameters);
    }

    @Override
    public Elder update(long id, long version, NewElder elder) {
        OrgUnit unit = support.unit(elder.community());
        List<String> categories = categories();
        Map<String, String> names = support.unitNames();
        Elder saved = support.persistence().transaction(em -> {
            ElderRow row = EldercareSupport.elder(em, id);
            if (!support.personalVisible(row.getUnitCode()) || !support.personalVisible(unit.code())) {
                throw new EldercareException(NLS.bind(Messages.Refused_updateMasked, id));
            }
            if (row.getVersion() != version) {
                throw new ConcurrentChangeException("EldercareElder", id, null);
            }
            Elders.update(em, row, elder, unit, LocalDate.now(), categories);
            em.flush();
            return support.show(row, LocalDate.now(), names);
        });
        return logged(Optional.of(saved)).orElseThrow();
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
        String path = code == null ? null : support.unitOf(code).path();
        Map<String, String> names = support.unitNames();
        Map<String, String> codes = support.unitCodesByPath();
        LocalDate born60 = on.minusYears(60);
        LocalDate born80 = on.minusYears(80);
        return support.persistence().read(em -> {
            Map<String, long[]> figures = new TreeMap<>();
            // one grouped pass over the index ELDERCARE_ELDER_FILTER (UNIT_PATH, BIRTH_DATE, LIVING_ALONE, ...) alone, in its order (no sort):
            // 60+, 80+, 60+ living alone of each community; in SQL with the user's scope, as the registry's count
            String scope = support.security().currentScope().pathPrefix();
            jakarta.persistence.Query q = em.createNativeQuery("SELECT UNIT_PATH, COUNT(*), SUM(CASE WHEN BIRTH_DATE <= ?1 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN LIVING_ALONE THEN 1 ELSE 0 END) FROM ELDERCARE_ELDER " + hint("ELDERCARE_ELDER_FILTER")
                    + " WHERE UNIT_PATH LIKE ?2 AND BIRTH_DATE <= ?3" + (code == null ? "" : " AND UNIT_PATH = ?4") + " GROUP BY UNIT_PATH")
                    .setParameter(1, java.sql.Date.valueOf(born80)).setParameter(2, scope + "%").setParameter(3, java.sql.Date.valueOf(born60));
            if (code != null) {
                q.setParameter(4, path);
            }
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                String c = codes.get((String) r[0]);
                if (c == null) {
                    continue; // a unit gone from the organisation
                }
                long[] f = figures.computeIfAbsent(c, k -> new long[3]);
                f[0] += ((Number) r[1]).longValue();
                f[1] += r[2] == null ? 0 : ((Number) r[2]).longValue();
                f[2] += r[3] == null ? 0 : ((Number) r[3]).longValue();
            }
            Map<String, Integer> population = new TreeMap<>();
            TypedQuery<PopulationRow> p = em.createQuery("select p from EldercarePopulation p where p.year = :y"
                    + (code == null ? "" : " and p.unitCode = :unit"), PopulationRow.class).setParameter("y", year);
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
