package org.jiedao.eldercare.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;
import org.jiedao.eldercare.EldercareSettings.Rules;

/** Table ELDERCARE_SETTINGS: the module's rules for the installation (one row; none: the defaults). */
@Entity(name = "EldercareSettings")
@Table(name = "ELDERCARE_SETTINGS")
public class SettingsRow extends VersionedEntity {

    @Column(name = "ASSESSMENT_DAYS", nullable = false)
    int assessmentDays;

    @Column(name = "INSTALLATION_DAYS", nullable = false)
    int installationDays;

    @Column(name = "YOUNGER_FROM", nullable = false)
    int youngerFrom;

    @Column(name = "YOUNGER_TO", nullable = false)
    int youngerTo;

    @Column(name = "OLDER_FROM", nullable = false)
    int olderFrom;

    @Column(name = "MAX_PER_YOUNGER", nullable = false)
    int maxPerYounger;

    @Column(name = "UNVISITED_DAYS", nullable = false)
    int unvisitedDays;

    public SettingsRow() {
    }

    Rules rules() {
        return new Rules(assessmentDays, installationDays, youngerFrom, youngerTo, olderFrom, maxPerYounger, unvisitedDays);
    }

    void set(Rules r) {
        assessmentDays = r.assessmentDays();
        installationDays = r.installationDays();
        youngerFrom = r.youngerFrom();
        youngerTo = r.youngerTo();
        olderFrom = r.olderFrom();
        maxPerYounger = r.maxPerYounger();
        unvisitedDays = r.unvisitedDays();
    }

    /** @return the row of the settings, if someone saved them */
    static SettingsRow row(EntityManager em) {
        List<SettingsRow> rows = em.createQuery("select s from EldercareSettings s order by s.id", SettingsRow.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList(); // no flush of the caller's writes (an import's rows)
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @return the rules in force, read in the caller's transaction */
    public static Rules rules(EntityManager em) {
        SettingsRow row = row(em);
        return row == null ? Rules.DEFAULT : row.rules();
    }
}
