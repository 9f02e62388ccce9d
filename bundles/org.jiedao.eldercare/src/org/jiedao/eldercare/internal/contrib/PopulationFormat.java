package org.jiedao.eldercare.internal.contrib;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.internal.Elders;
import org.jiedao.eldercare.internal.PopulationRow;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;

/** {@code eldercare-population}: the registered population of a community in a year (for the ageing share). */
public final class PopulationFormat implements ImportableFormat, ExportableFormat {

    static final Column<Long> YEAR = Column.integer("year", "年份", 1900, 2200).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<Long> POPULATION = Column.integer("population", "人口", 1, 100_000_000).required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(YEAR, COMMUNITY, POPULATION);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            @Override
            public void write(Record record, EntityManager em) {
                Elders.setPopulation(em, record.get(COMMUNITY), record.get(YEAR).intValue(), record.get(POPULATION).intValue());
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        Map<String, String> names = new java.util.HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        persistence.read(em -> {
            for (PopulationRow p : em.createQuery("select p from EldercarePopulation p order by p.year, p.unitCode", PopulationRow.class)
                    .getResultList()) {
                sink.write((long) p.year(), names.getOrDefault(p.getUnitCode(), p.getUnitCode()), (long) p.population());
            }
            return null;
        });
    }
}
