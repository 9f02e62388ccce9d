package org.jiedao.appraisal.internal.formats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.internal.Messages;
import org.jiedao.appraisal.internal.model.CadreEntity;
import org.jiedao.appraisal.internal.model.YearEntity;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/**
 * What the year-bound import formats share: the columns {@code year} and {@code cadre_id}, the
 * checks that the cadre exists (for the user) and the year is not published, with lookups cached
 * for the import.
 */
final class YearRows {

    static final Column<Long> YEAR = Column.integer("year", "年度", 2000, 2100).required();
    static final Column<String> CADRE = Column.text("cadre_id", "干部编号", 32).required();

    private final Map<String, Optional<CadreEntity>> cadres = new HashMap<>();
    private final Map<Integer, Boolean> published = new HashMap<>();
    private final Map<String, OrgUnit> units = new HashMap<>();
    private final ImportContext context;
    private final PersistenceService persistence;
    private final OrgUnitService orgUnits;

    /** @param persistence, orgUnits the services injected into the format */
    YearRows(ImportContext context, PersistenceService persistence, OrgUnitService orgUnits) {
        this.context = context;
        this.persistence = persistence;
        this.orgUnits = orgUnits;
    }

    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * Rejects the row (at {@code column}) when an earlier row of the file had the same key parts: one
     * row per cadre and year (and whatever else the format adds to the key).
     */
    void once(Record record, RowProblems problems, Column<?> column, Object... keyParts) {
        StringBuilder key = new StringBuilder();
        for (Object part : keyParts) {
            key.append(part).append('/');
        }
        Integer first = seen.putIfAbsent(key.toString(), record.row());
        if (first != null) {
            problems.reject(column, NLS.bind(messages().Import_duplicateRow, record.get(CADRE), first));
        }
    }

    Messages messages() {
        return Messages.get(context.locale());
    }

    /** Checks the year and the cadre; @return the cadre when both are fine */
    Optional<CadreEntity> check(Record record, RowProblems problems) {
        int year = record.get(YEAR).intValue();
        String id = record.get(CADRE);
        boolean locked = published.computeIfAbsent(year, y -> persistence.read(em -> {
            YearEntity entity = em.find(YearEntity.class, y);
            return entity != null && entity.isPublished();
        }));
        if (locked) {
            problems.reject(YEAR, NLS.bind(messages().Import_published, year));
        }
        Optional<CadreEntity> cadre = cadres.computeIfAbsent(id, c -> persistence.read(em -> em.createQuery(
                "select c from CadreEntity c where c.cadreId = :id", CadreEntity.class).setParameter("id", c).getResultStream().findFirst()));
        if (cadre.isEmpty()) {
            problems.reject(CADRE, NLS.bind(messages().Import_unknownCadre, id));
        }
        return locked ? Optional.empty() : cadre;
    }

    /** @return the unit of the row's cadre (once {@link #check} found it) */
    Optional<OrgUnit> unit(Record record) {
        Optional<CadreEntity> cadre = cadres.getOrDefault(record.get(CADRE), Optional.empty());
        return cadre.map(c -> units.computeIfAbsent(c.getUnitCode(), code -> orgUnits.find(code).orElseThrow()));
    }

    /** @return the cadre's unit (for the row's own unit) */
    OrgUnit unitOf(EntityManager em, String cadreId) {
        CadreEntity cadre = cadres.get(cadreId).orElseThrow();
        return units.computeIfAbsent(cadre.getUnitCode(), code -> orgUnits.find(code).orElseThrow());
    }

    /** Creates the year with the default settings when it has none yet, so its settings are fixed from its first data on. */
    static void ensureYear(EntityManager em, int year) {
        if (em.find(YearEntity.class, year) == null) {
            em.persist(new YearEntity(year, org.jiedao.appraisal.rules.AppraisalSettings.defaults()));
            em.flush();
        }
    }
}
