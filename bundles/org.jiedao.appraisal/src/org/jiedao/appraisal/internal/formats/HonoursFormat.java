package org.jiedao.appraisal.internal.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.internal.model.HonourEntity;
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

    @Override
    public List<Column<?>> columns() {
        return List.of(YearRows.YEAR, YearRows.CADRE, LEVEL, TITLE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        YearRows.requireAdmin(context);
        YearRows rows = new YearRows(context);
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                rows.check(record, problems);
                rows.once(record, problems, TITLE, record.get(YearRows.YEAR), record.get(YearRows.CADRE), record.get(LEVEL),
                        record.get(TITLE));
            }

            @Override
            public void write(Record record, EntityManager em) {
                int year = record.get(YearRows.YEAR).intValue();
                String cadre = record.get(YearRows.CADRE);
                YearRows.ensureYear(em, year);
                boolean recorded = em.createQuery("select count(h) from HonourEntity h where h.year = :y and h.cadreId = :c "
                        + "and h.level = :l and h.title = :t", Long.class).setParameter("y", year).setParameter("c", cadre)
                        .setParameter("l", record.get(LEVEL)).setParameter("t", record.get(TITLE)).getSingleResult() > 0;
                if (!recorded) {
                    HonourEntity honour = new HonourEntity(year, cadre, record.get(LEVEL), record.get(TITLE));
                    honour.setUnit(rows.unitOf(em, cadre));
                    em.persist(honour);
                }
            }
        };
    }
}
