package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.internal.ElderCounts;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.internal.Elders;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.FileProblems;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/** {@code eldercare-elders}: the registry, one elder a row; exports mask personal data without the permission. */
public final class EldersFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> ID_NUMBER = Column.text("id_number", "身份证号码", 18).required();
    static final Column<String> NAME = Column.text("name", "姓名", 32).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> BUILDING = Column.text("building", "楼栋", 16);
    static final Column<String> UNIT = Column.text("unit", "单元", 16);
    static final Column<String> FLOOR = Column.text("floor", "楼层", 16);
    static final Column<String> PHONE = Column.text("phone", "电话", 20);
    static final Column<Boolean> LIVING_ALONE = Column.bool("living_alone", "独居");
    static final Column<String> CATEGORY = Column.text("category", "类别", 32);
    static final Column<String> NEEDS = Column.text("needs", "需求", 500);
    static final Column<String> CONTACT_NAME = Column.text("contact_name", "紧急联系人", 32);
    static final Column<String> CONTACT_PHONE = Column.text("contact_phone", "紧急联系人电话", 20);

    /** ID numbers looked up in one query. */
    static final int LOOKUP_CHUNK = 1000;
    /** The lookup of {@link #LOOKUP_CHUNK} ID keys. */
    static final String LOOKUP = "SELECT ID_KEY, ID, UNIT_PATH FROM ELDERCARE_ELDER WHERE ID_KEY IN ("
            + java.util.stream.IntStream.rangeClosed(1, LOOKUP_CHUNK).mapToObj(i -> "?" + i).collect(Collectors.joining(",")) + ")";

    @Inject
    private PersistenceService persistence;
    @Inject
    private ElderRegistry registry;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(ID_NUMBER, NAME, COMMUNITY, BUILDING, UNIT, FLOOR, PHONE, LIVING_ALONE, CATEGORY, NEEDS, CONTACT_NAME, CONTACT_PHONE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        List<String> categories = registry.categories();
        Map<String, Integer> rows = new HashMap<>();
        LocalDate today = LocalDate.now();
        ElderCounts kept = new ElderCounts();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                String number = Lookups.number(record, ID_NUMBER, problems);
                if (number != null) {
                    Integer before = rows.putIfAbsent(number, record.row());
                    if (before != null) {
                        problems.reject(ID_NUMBER, NLS.bind(Messages.Import_twice, new Object[] { number, before, record.row() }));
                        return;
                    }
                }
                String category = record.get(CATEGORY);
                if (category != null && !categories.contains(category.strip())) {
                    problems.reject(CATEGORY, NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_category, category, String.join(", ", categories)));
                }
            }

            @Override
            public void validateEnd(FileProblems problems) {
                // the numbers registered already, looked up a thousand at a time (not a query per row)
                DataScope scope = security.currentScope();
                List<Map.Entry<String, Integer>> numbers = new ArrayList<>(rows.entrySet());
                for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
                    Map<String, Map.Entry<String, Integer>> byKey = new HashMap<>();
                    for (Map.Entry<String, Integer> n : numbers.subList(from, Math.min(from + LOOKUP_CHUNK, numbers.size()))) {
                        byKey.put(EldercareSupport.idKey(n.getKey()), n);
                    }
                    // one statement for every chunk (compiled once: a statement of a thousand literals took Derby ~45 ms to compile),
                    // the last chunk filled up with its first key
                    List<String> keys = new ArrayList<>(byKey.keySet());
                    while (keys.size() < LOOKUP_CHUNK) {
                        keys.add(keys.get(0));
                    }
                    List<?> found = persistence.read(em -> {
                        jakarta.persistence.Query q = em.createNativeQuery(LOOKUP);
                        for (int i = 0; i < keys.size(); i++) {
                            q.setParameter(i + 1, keys.get(i));
                        }
                        return q.getResultList();
                    });
                    for (Object o : found) {
                        Object[] r = (Object[]) o;
                        Map.Entry<String, Integer> n = byKey.get((String) r[0]);
                        // named when the user sees the record, else only said to be elsewhere
                        problems.reject(n.getValue(), ID_NUMBER, scope.covers((String) r[2])
                                ? NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_registered, n.getKey(), ((Number) r[1]).longValue())
                                : NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_registeredElsewhere, n.getKey()));
                    }
                }
            }

            @Override
            public void write(Record record, EntityManager em) {
                Elders.create(em, new NewElder(record.get(ID_NUMBER), record.get(NAME), record.get(COMMUNITY).code(), record.get(BUILDING),
                        record.get(UNIT), record.get(FLOOR), record.get(PHONE), Boolean.TRUE.equals(record.get(LIVING_ALONE)), record.get(CATEGORY),
                        record.get(NEEDS), record.get(CONTACT_NAME), record.get(CONTACT_PHONE)), record.get(COMMUNITY), today, categories,
                        false, kept); // registered numbers were refused by validateEnd (and the unique index ELDERCARE_ELDER_KEY holds)
            }

            @Override
            public void finish(EntityManager em) {
                kept.apply(em); // the kept counts of the imported elders, in the import's transaction
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("community", Messages.Export_filterCommunity));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        String community = context.filter("community").map(c -> {
            try {
                return context.orgUnit(c).code();
            } catch (org.jiedao.exchange.InvalidValueException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }).orElse(null);
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        Map<String, Boolean> visible = new HashMap<>();
        Map<String, Long> unmasked = new HashMap<>();
        LocalDate today = LocalDate.now();
        persistence.read(em -> {
            var q = em.createQuery("select e from EldercareElder e" + (community == null ? "" : " where e.unitCode = :u") + " order by e.unitCode, e.id",
                    ElderRow.class);
            if (community != null) {
                q.setParameter("u", community);
            }
            q.getResultStream().forEach(row -> {
                // masked in each community unless the user holds the personal-data permission there
                boolean v = visible.computeIfAbsent(row.getUnitCode(), u -> security.isPermitted(ElderRegistry.PERSONAL_PERMISSION, u));
                Elder e = EldercareSupport.show(row, today, names.getOrDefault(row.getUnitCode(), row.getUnitCode()), v);
                if (v) {
                    unmasked.merge(row.getUnitCode(), 1L, Long::sum);
                }
                sink.write(e.idNumber(), e.name(), e.communityName(), blank(e.building()), blank(e.stair()), blank(e.floor()), blank(e.phone()),
                        e.livingAlone(), blank(e.category()), blank(e.needs()), blank(e.contactName()), blank(e.contactPhone()));
            });
            return null;
        });
        unmasked.forEach((unit, n) -> log.recordRead(EldercareSupport.MODULE, "elder", null, unit, PersonalDataLog.Purpose.EXPORT, n));
    }

    static String blank(String s) {
        return EldercareSupport.blankToNull(s);
    }
}
