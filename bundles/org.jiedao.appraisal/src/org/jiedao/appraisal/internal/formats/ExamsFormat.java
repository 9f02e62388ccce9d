package org.jiedao.appraisal.internal.formats;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.internal.model.ExamEntity;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/** {@code appraisal-exams}: a cadre's exam score (0–100) of a year; a new row replaces a recorded score. */
public final class ExamsFormat implements ImportableFormat {

    static final Column<BigDecimal> SCORE = Column.decimal("score", "考试成绩", 2, BigDecimal.ZERO, new BigDecimal("100")).required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(YearRows.YEAR, YearRows.CADRE, SCORE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        YearRows rows = new YearRows(context, persistence, units);
        // the recorded exams of each year met, read once (a query per row would also flush the rows written so far, each time)
        Map<Integer, Map<String, ExamEntity>> recorded = new HashMap<>();
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
                Map<String, ExamEntity> ofYear = recorded.computeIfAbsent(year, y -> {
                    YearRows.ensureYear(em, y);
                    Map<String, ExamEntity> exams = new HashMap<>();
                    em.createQuery("select e from ExamEntity e where e.year = :y", ExamEntity.class).setParameter("y", y)
                            .getResultStream().forEach(e -> exams.put(e.getCadreId(), e));
                    return exams;
                });
                ExamEntity exam = ofYear.get(cadre);
                if (exam == null) {
                    exam = new ExamEntity(year, cadre);
                    exam.setUnit(rows.unitOf(em, cadre));
                    exam.setScore(record.get(SCORE));
                    em.persist(exam);
                    ofYear.put(cadre, exam);
                } else {
                    exam.setScore(record.get(SCORE));
                }
            }
        };
    }
}
