package org.jiedao.appraisal.internal.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.internal.model.GradeEntity;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/**
 * {@code appraisal-history}: grades of years before the system (they count towards cumulative D
 * years). A year published in the system keeps its own grades: such rows are refused.
 */
public final class HistoryFormat implements ImportableFormat {

    static final Column<Grade> GRADE = Column.choice("grade", "等次", Grade.class).required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(YearRows.YEAR, YearRows.CADRE, GRADE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        YearRows rows = new YearRows(context, persistence, units);
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                rows.check(record, problems);
                rows.once(record, problems, YearRows.CADRE, record.get(YearRows.YEAR), record.get(YearRows.CADRE));
            }

            @Override
            public java.util.Optional<org.jiedao.core.org.OrgUnit> unit(Record record) {
                return rows.unit(record); // the cadre's unit: the import permission must hold there
            }

            @Override
            public void write(Record record, EntityManager em) {
                int year = record.get(YearRows.YEAR).intValue();
                String cadre = record.get(YearRows.CADRE);
                GradeEntity grade = em.createQuery("select g from GradeEntity g where g.year = :y and g.cadreId = :c", GradeEntity.class)
                        .setParameter("y", year).setParameter("c", cadre).getResultStream().findFirst().orElse(null);
                if (grade == null) {
                    grade = new GradeEntity(year, cadre, record.get(GRADE), GradeEntity.Source.IMPORTED);
                    grade.setUnit(rows.unitOf(em, cadre));
                    em.persist(grade);
                } else if (grade.getSource() == GradeEntity.Source.IMPORTED) {
                    grade.setGrade(record.get(GRADE));
                } else {
                    throw new IllegalStateException(NLS.bind(rows.messages().Import_publishedGrade, cadre, year));
                }
            }
        };
    }
}
