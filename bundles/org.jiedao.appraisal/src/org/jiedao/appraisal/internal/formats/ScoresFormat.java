package org.jiedao.appraisal.internal.formats;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.internal.LevelSumKeeper;
import org.jiedao.appraisal.internal.model.ScoreEntity;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/**
 * {@code appraisal-scores}: one rater's scores of one cadre in one quarter. A rater may appear only
 * once per cadre and quarter in a file; a row for a rater already recorded replaces their scores
 * (a correction, audited). The kept level sums follow in the same transaction, once per sum at the end.
 */
public final class ScoresFormat implements ImportableFormat {

    static final Column<Long> QUARTER = Column.integer("quarter", "季度", 1, 4).required();
    static final Column<String> RATER = Column.text("rater_id", "测评人编号", 64).required();
    static final Column<RaterLevel> LEVEL = Column.choice("rater_level", "测评人层级", RaterLevel.class).required();
    static final Column<BigDecimal> DE = score("de", "德");
    static final Column<BigDecimal> NENG = score("neng", "能");
    static final Column<BigDecimal> QIN = score("qin", "勤");
    static final Column<BigDecimal> JI = score("ji", "绩");
    static final Column<BigDecimal> LIAN = score("lian", "廉");

    static Column<BigDecimal> score(String key, String chinese) {
        return Column.decimal(key, chinese, 2, BigDecimal.ZERO, new BigDecimal("100")).required();
    }

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(YearRows.YEAR, QUARTER, YearRows.CADRE, RATER, LEVEL, DE, NENG, QIN, JI, LIAN);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        YearRows rows = new YearRows(context, persistence, units);
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, java.util.Set<String>> existing = new HashMap<>();
        LevelSumKeeper sums = new LevelSumKeeper();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                rows.check(record, problems);
                String key = record.get(YearRows.YEAR) + "/" + record.get(QUARTER) + "/" + record.get(YearRows.CADRE) + "/"
                        + record.get(RATER);
                Integer first = seen.putIfAbsent(key, record.row());
                if (first != null) {
                    problems.reject(RATER, NLS.bind(rows.messages().Import_duplicateRater, new Object[] { record.get(RATER),
                            record.get(YearRows.CADRE), record.get(QUARTER), first }));
                }
            }

            @Override
            public java.util.Optional<org.jiedao.core.org.OrgUnit> unit(Record record) {
                return rows.unit(record); // the cadre's unit: the import permission must hold there
            }

            @Override
            public void write(Record record, EntityManager em) {
                int year = record.get(YearRows.YEAR).intValue();
                int quarter = record.get(QUARTER).intValue();
                String cadre = record.get(YearRows.CADRE);
                YearRows.ensureYear(em, year);
                // one query per year for the entries already recorded, not one per row
                java.util.Set<String> recorded = existing.computeIfAbsent(year, y -> {
                    java.util.Set<String> keys = new java.util.HashSet<>();
                    for (Object[] r : em.createQuery("select s.quarter, s.cadreId, s.raterId from ScoreEntity s where s.year = :y",
                            Object[].class).setParameter("y", y).getResultList()) {
                        keys.add(r[0] + "/" + r[1] + "/" + r[2]);
                    }
                    return keys;
                });
                ScoreEntity score = !recorded.contains(quarter + "/" + cadre + "/" + record.get(RATER)) ? null : em.createQuery("select s from ScoreEntity s where s.year = :y and s.quarter = :q "
                        + "and s.cadreId = :c and s.raterId = :r", ScoreEntity.class).setParameter("y", year).setParameter("q", quarter)
                        .setParameter("c", cadre).setParameter("r", record.get(RATER)).getResultStream().findFirst().orElse(null);
                if (score == null) {
                    score = new ScoreEntity(year, quarter, cadre, record.get(RATER));
                    score.setUnit(rows.unitOf(em, cadre));
                    score.set(record.get(LEVEL), record.get(DE), record.get(NENG), record.get(QIN), record.get(JI), record.get(LIAN));
                    em.persist(score);
                } else {
                    sums.remove(score);
                    score.set(record.get(LEVEL), record.get(DE), record.get(NENG), record.get(QIN), record.get(JI), record.get(LIAN));
                }
                sums.add(score);
            }

            @Override
            public void finish(EntityManager em) {
                sums.apply(em);
            }
        };
    }
}
