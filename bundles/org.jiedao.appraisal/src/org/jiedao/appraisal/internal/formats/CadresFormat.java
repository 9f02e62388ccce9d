package org.jiedao.appraisal.internal.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.internal.Messages;
import org.jiedao.appraisal.internal.model.CadreEntity;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/**
 * {@code cadres}: id, name, unit (code or name) and position. A row with a recorded id updates
 * that cadre (name, unit, position); the same id twice in a file is an error.
 */
public final class CadresFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> ID = Column.text("cadre_id", "干部编号", 32).required();
    static final Column<String> NAME = Column.text("name", "姓名", 100).required();
    static final Column<OrgUnit> UNIT = Column.orgUnit("unit", "单位").required();
    static final Column<String> POSITION = Column.text("position", "职务", 100);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(ID, NAME, UNIT, POSITION);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Map<String, Integer> seen = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                Integer first = seen.putIfAbsent(record.get(ID), record.row());
                if (first != null) {
                    problems.reject(ID, NLS.bind(Messages.get(context.locale()).Import_duplicateRow, record.get(ID), first));
                }
            }

            /** The cadres recorded before this import, read once: a query per row would also flush the rows written so far. */
            private Map<String, CadreEntity> recorded;

            @Override
            public void write(Record record, EntityManager em) {
                if (recorded == null) {
                    recorded = new HashMap<>();
                    em.createQuery("select c from CadreEntity c", CadreEntity.class).getResultStream()
                            .forEach(c -> recorded.put(c.getCadreId(), c));
                }
                CadreEntity cadre = recorded.get(record.get(ID));
                if (cadre == null) {
                    cadre = new CadreEntity(record.get(ID), record.get(NAME), record.get(POSITION));
                    cadre.setUnit(record.get(UNIT));
                    em.persist(cadre);
                } else {
                    cadre.setName(record.get(NAME));
                    cadre.setPosition(record.get(POSITION));
                    cadre.setUnit(record.get(UNIT));
                }
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        persistence.read(em -> {
            em.createQuery("select c from CadreEntity c order by c.cadreId", CadreEntity.class).getResultStream()
                    .forEach(c -> sink.write(c.getCadreId(), c.getName(), c.getUnitCode(), c.getPosition()));
            return null;
        });
    }
}
