package org.jiedao.appraisal.internal.formats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.internal.model.HonourEntity;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/**
 * {@code appraisal-honours}: an honour of a year (district or street level, with its title). The
 * same honour twice in a file is an error; one already recorded is left as it is (imports repeat safely).
 */
public final class HonoursFormat implements ImportableFormat {

    static final Column<HonourLevel> LEVEL = Column.choice("level", "级别", HonourLevel.class).required();
    static final Column<String> TITLE = Column.text("title", "荣誉名称", 200).required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(YearRows.YEAR, YearRows.CADRE, LEVEL, TITLE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        YearRows rows = new YearRows(context, persistence, units);
        // the recorded honours (cadre, level, title) of each year met, read once (a query per row would also flush each time)
        Map<Integer, Set<List<Object>>> recorded = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                rows.check(record, problems);
                rows.once(record, problems, TITLE, record.get(YearRows.YEAR), record.get(YearRows.CADRE), record.get(LEVEL),
                        record.get(TITLE));
            }

            @Override
            public java.util.Optional<org.jiedao.core.org.OrgUnit> unit(Record record) {
                return rows.unit(record); // the cadre's unit: the import permission must hold there
            }

            @Override
            public void write(Record record, EntityManager em) {
                int year = record.get(YearRows.YEAR).intValue();
                String cadre = record.get(YearRows.CADRE);
                Set<List<Object>> ofYear = recorded.computeIfAbsent(year, y -> {
                    YearRows.ensureYear(em, y);
                    Set<List<Object>> honours = new HashSet<>();
                    em.createQuery("select h from HonourEntity h where h.year = :y", HonourEntity.class).setParameter("y", y)
                            .getResultStream().forEach(h -> honours.add(List.of(h.getCadreId(), h.getLevel(), h.getTitle())));
                    return honours;
                });
                if (ofYear.add(List.of(cadre, record.get(LEVEL), record.get(TITLE)))) {
                    HonourEntity honour = new HonourEntity(year, cadre, record.get(LEVEL), record.get(TITLE));
                    honour.setUnit(rows.unitOf(em, cadre));
                    em.persist(honour);
                }
            }
        };
    }
}
