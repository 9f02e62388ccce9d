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
            ElderCounts counts = new ElderCounts();
            ElderRow row = Elders.create(em, elder, unit, LocalDate.now(), null, counts);
            counts.apply(em);
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
        Map<String, String> names = new java.util.HashMap<>(); // of the page's communities only (not the whole organisation's)
        List<Elder> elders = support.persistence().read(em -> {
            // the ids of the page in the order of the index ELDERCARE_ELDER_PAGE (UNIT_PATH, ID, and the filters' columns), read along it
            // alone without sorting the registry (Derby is told to: with a filter it would otherwise sort every match), then the page's
            // rows (scoped again)
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
                String name = names.computeIfAbsent(e.getUnitCode(), c -> support.unitName(c));
                out.add(EldercareSupport.show(e, on, name, v));
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
        String prefix = prefix(query);
        if (prefix == null) {
            return 0; // a unit outside the scope
        }
        String category = query.category() == null || query.category().isBlank() ? null : query.category().strip();
        boolean ages = query.ageFrom() > 0 || query.ageTo() > 0;
        if (category != null && ages) {
            // a category and an age band together: counted along ELDERCARE_ELDER_PAGE alone (every column a filter names is in it)
            Sql where = where(query, on);
            return support.persistence().read(em -> ((Number) where.bind(em.createNativeQuery("SELECT COUNT(*) FROM ELDERCARE_ELDER "
                    + hint("ELDERCARE_ELDER_PAGE") + where.sql)).getSingleResult()).longValue());
        }
        String counted = query.livingAlone() ? "ALONE" : "ELDERS";
        if (!ages) {
            // the category rows of the kept counts: together every elder of a community
            return support.persistence().read(em -> {
                jakarta.persistence.Query q = em.createNativeQuery("SELECT SUM(" + counted + ") FROM ELDERCARE_ELDER_COUNT "
                        + hint("ELDERCARE_ELDER_COUNT_YEAR") + " WHERE BIRTH_YEAR = 0 AND UNIT_PATH LIKE ?1" + (category == null ? "" : " AND CATEGORY = ?2"))
                        .setParameter(1, prefix + "%");
                if (category != null) {
                    q.setParameter(2, category);
                }
                return number(q.getSingleResult());
            });
        }
        // born in (after, upTo]: the whole years between from the year rows of the kept counts, the elders of the years at the edges
        // from the registry (ELDERCARE_ELDER_BORN: the ages on any day, exact)
        Born born = Born.of(query, on);
        return support.persistence().read(em -> {
            long n = 0;
            if (born.firstWholeYear() <= born.lastWholeYear()) {
                n += number(em.createNativeQuery("SELECT SUM(" + counted + ") FROM ELDERCARE_ELDER_COUNT " + hint("ELDERCARE_ELDER_COUNT_YEAR")
                        + " WHERE BIRTH_YEAR BETWEEN ?1 AND ?2 AND UNIT_PATH LIKE ?3").setParameter(1, born.firstWholeYear())
                        .setParameter(2, born.lastWholeYear()).setParameter(3, prefix + "%").getSingleResult());
            }
            for (LocalDate[] edge : born.edges()) {
                n += number(em.createNativeQuery("SELECT COUNT(*) FROM ELDERCARE_ELDER " + hint("ELDERCARE_ELDER_BORN")
                        + " WHERE BIRTH_DATE > ?1 AND BIRTH_DATE <= ?2 AND UNIT_PATH LIKE ?3" + (query.livingAlone() ? " AND LIVING_ALONE = TRUE" : ""))
                        .setParameter(1, java.sql.Date.valueOf(edge[0])).setParameter(2, java.sql.Date.valueOf(edge[1])).setParameter(3, prefix + "%")
                        .getSingleResult());
            }
            return n;
        });
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /**
     * The birth dates of an age band on a day: after {@code after} (exclusive, null: no limit) up to {@code upTo} (inclusive, null: no
     * limit), as whole years of birth and at most two spans at the edges (within one year each).
     */
    record Born(LocalDate after, LocalDate upTo) {

        static Born of(ElderQuery query, LocalDate on) {
            return new Born(query.ageTo() > 0 ? on.minusYears(query.ageTo() + 1L) : null, query.ageFrom() > 0 ? on.minusYears(query.ageFrom()) : null);
        }

        int firstWholeYear() {
            return after == null ? 1 : after.getYear() + 1;
        }

        int lastWholeYear() {
            return upTo == null ? 9999 : upTo.getYear() - 1;
        }

        /** @return the spans (after, upTo] of the years at the edges, not in the whole years */
        List<LocalDate[]> edges() {
            List<LocalDate[]> out = new ArrayList<>();
            if (upTo != null) {
                LocalDate yearBefore = LocalDate.of(upTo.getYear() - 1, 12, 31);
                LocalDate from = after != null && after.isAfter(yearBefore) ? after : yearBefore;
                if (from.isBefore(upTo)) {
                    out.add(new LocalDate[] { from, upTo });
                }
            }
            if (after != null && (upTo == null || after.getYear() < upTo.getYear())) {
                LocalDate yearEnd = LocalDate.of(after.getYear(), 12, 31);
                if (after.isBefore(yearEnd)) {
                    out.add(new LocalDate[] { after, yearEnd });
                }
            }
            return out;
        }
    }

    /**
     * Derby's optimizer override naming the index to read (an SQL comment to other databases): the registry's queries are
     * written for an index, and Derby's estimates for a LIKE on the unit path would often pick another plan.
     */
    private String hint(String index) {
        return support.persistence().database().kind() == org.jiedao.core.persistence.DatabaseKind.DERBY_EMBEDDED
                ? "--DERBY-PROPERTIES index=" + index + "\n" : "";
    }

    /** The conditions of a query in SQL, with the user's scope (as the persistence layer applies it to JPQL), on the columns of ELDERCARE_ELDER_PAGE. */
    private record Sql(String sql, List<Object> parameters) {
        <Q extends jakarta.persistence.Query> Q bind(Q q) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setParameter(i + 1, parameters.get(i));
            }
            return q;
        }
    }

    /** @return one range of the unit path: the user's scope, or the community (or street) asked for within it; null: a unit outside the scope */
    private String prefix(ElderQuery query) {
        String scope = support.security().currentScope().pathPrefix();
        if (query.community() != null && !query.community().isBlank()) {
            String unit = support.unitPath(query.community());
            return unit.startsWith(scope) ? unit : scope.startsWith(unit) ? scope : null;
        }
        return scope;
    }

    private Sql where(ElderQuery query, LocalDate on) {
        String prefix = prefix(query);
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
            ElderCounts counts = new ElderCounts();
            Elders.update(em, row, elder, unit, LocalDate.now(), categories, counts);
            counts.apply(em);
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
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, String> codes = new java.util.HashMap<>();
        Map<String, String> communityOf = new java.util.HashMap<>();
        support.units().forEach(u -> {
            names.put(u.code(), u.name());
            codes.put(u.path(), u.code());
            // a grid's elders count in its community
            communityOf.put(u.code(), u.level() == org.jiedao.core.org.OrgLevel.GRID ? u.parentCode().orElse(u.code()) : u.code());
        });
        LocalDate born60 = on.minusYears(60);
        LocalDate born80 = on.minusYears(80);
        // the user's scope, or the community asked for within it (a grid leader asking for her community: her grid)
        String prefix = prefix(new ElderQuery(code, 0, 0, null, false, on));
        if (prefix == null) {
            return code == null ? List.of() : List.of(new AgeingStats(year, on, code, names.getOrDefault(code, code), null, 0, 0, null, 0));
        }
        return support.persistence().read(em -> {
            Map<String, long[]> figures = new TreeMap<>();
            // 60+, 80+ and 60+ living alone of each community: the whole years of birth from the kept counts' year rows, the
            // elders born in the years at the edges (up to the 60th and the 80th birthday) from the registry's ELDERCARE_ELDER_BORN;
            // in SQL with the user's scope, as the registry's count
            String within = prefix + "%";
            String unitIs = " AND UNIT_PATH LIKE ?3";
            for (Object o : em.createNativeQuery("SELECT UNIT_PATH, SUM(ELDERS), SUM(CASE WHEN BIRTH_YEAR < ?1 THEN ELDERS ELSE 0 END), SUM(ALONE)"
                    + " FROM ELDERCARE_ELDER_COUNT " + hint("ELDERCARE_ELDER_COUNT_YEAR") + " WHERE BIRTH_YEAR BETWEEN 1 AND ?2" + unitIs + " GROUP BY UNIT_PATH")
                    .setParameter(1, born80.getYear()).setParameter(2, born60.getYear() - 1).setParameter(3, within).getResultList()) {
                Object[] r = (Object[]) o;
                String c = communityOf.get(codes.get((String) r[0]));
                if (c == null) {
                    continue; // a unit gone from the organisation
                }
                long[] f = figures.computeIfAbsent(c, k -> new long[3]);
                f[0] += number(r[1]);
                f[1] += number(r[2]);
                f[2] += number(r[3]);
            }
            for (int edge = 0; edge < 2; edge++) {
                LocalDate upTo = edge == 0 ? born60 : born80;
                for (Object o : em.createNativeQuery("SELECT UNIT_PATH, COUNT(*), SUM(CASE WHEN LIVING_ALONE THEN 1 ELSE 0 END) FROM ELDERCARE_ELDER "
                        + hint("ELDERCARE_ELDER_BORN") + " WHERE BIRTH_DATE > ?1 AND BIRTH_DATE <= ?2" + unitIs + " GROUP BY UNIT_PATH")
                        .setParameter(1, java.sql.Date.valueOf(LocalDate.of(upTo.getYear() - 1, 12, 31))).setParameter(2, java.sql.Date.valueOf(upTo))
                        .setParameter(3, within).getResultList()) {
                    Object[] r = (Object[]) o;
                    String c = communityOf.get(codes.get((String) r[0]));
                    if (c == null) {
                        continue; // a unit gone from the organisation
                    }
                    long[] f = figures.computeIfAbsent(c, k -> new long[3]);
                    if (edge == 0) {
                        f[0] += number(r[1]);
                        f[2] += number(r[2]);
                    } else {
                        f[1] += number(r[1]);
                    }
                }
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
