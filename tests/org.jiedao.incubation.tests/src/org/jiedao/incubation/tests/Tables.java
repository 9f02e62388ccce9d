package org.jiedao.incubation.tests;

import org.jiedao.core.persistence.PersistenceService;

/** Empties the module's tables between tests (nobody signed in: not scoped). */
final class Tables {

    static final String[] ENTITIES = { "IncubationMatch", "IncubationRanking", "IncubationApplication", "IncubationRound", "IncubationDesk",
            "IncubationRotation", "IncubationFigureSum", "IncubationProjectCount", "IncubationFigure", "IncubationProject", "IncubationConsultation", "IncubationSession", "IncubationCohort",
            "IncubationIncubator", "IncubationStation", "IncubationPlan", "IncubationSetting" };

    private Tables() {
    }

    static void clear(PersistenceService persistence) {
        persistence.transaction(em -> {
            for (String e : ENTITIES) {
                em.createQuery("delete from " + e).executeUpdate();
            }
            return null;
        });
    }
}
