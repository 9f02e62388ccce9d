package org.jiedao.incubation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Changes of the kept sums ({@link FigureSumEntity}) gathered in memory — one per unit and year however many figures
 * change — and written once, in the transaction of the figures: an import of 50,000 figures writes at most a sum per
 * community and year.
 */
public final class FigureSums {

    private final Map<String, FigureSumEntity> changes = new HashMap<>();

    /** Adds a change of the figures of {@code figure}'s unit in its year. */
    public void add(FigureEntity figure, long jobsDelta, BigDecimal turnoverDelta, int figuresDelta) {
        FigureSumEntity delta = changes.computeIfAbsent(figure.getUnitCode() + "/" + figure.getYear(), k -> {
            FigureSumEntity s = new FigureSumEntity();
            s.setYear(figure.getYear());
            s.setUnitOf(figure);
            return s;
        });
        delta.add(jobsDelta, turnoverDelta, figuresDelta);
    }

    /** Writes the changes: the recorded sums of the years concerned are read at once, updated, and the new ones added. */
    public void write(EntityManager em) {
        if (changes.isEmpty()) {
            return;
        }
        List<Integer> years = changes.values().stream().map(FigureSumEntity::getYear).distinct().toList();
        Map<String, FigureSumEntity> recorded = new HashMap<>();
        for (FigureSumEntity s : em.createQuery("select s from IncubationFigureSum s where s.year in :y", FigureSumEntity.class)
                .setParameter("y", new ArrayList<>(years)).getResultList()) {
            recorded.put(s.getUnitCode() + "/" + s.getYear(), s);
        }
        for (var e : changes.entrySet()) {
            FigureSumEntity delta = e.getValue();
            FigureSumEntity s = recorded.get(e.getKey());
            if (s == null) {
                em.persist(delta);
            } else {
                s.add(delta.getJobs(), delta.getTurnover(), delta.getFigures());
            }
        }
        changes.clear();
    }
}
