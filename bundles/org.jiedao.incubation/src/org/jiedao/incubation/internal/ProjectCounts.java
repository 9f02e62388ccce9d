package org.jiedao.incubation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.jiedao.incubation.ProjectStatus;

/**
 * Changes of the kept counts ({@link ProjectCountEntity}) gathered in memory — one per unit and year however many
 * projects change — and written once, in the transaction of the projects; entries and exits are rows of their own. A change of a project is its state before
 * taken away ({@link #remove}) and its state after added ({@link #add}): a new unit, entry or exit moves the count.
 */
public final class ProjectCounts {

    private final Map<String, ProjectCountEntity> changes = new HashMap<>();

    /** Counts {@code p} as it is now (a new project, or a changed one after the change). */
    public void add(ProjectEntity p) {
        change(p, 1);
    }

    /** Takes {@code p} away as it is now (a changed project before the change). */
    public void remove(ProjectEntity p) {
        change(p, -1);
    }

    private void change(ProjectEntity p, int sign) {
        if (p.getEntryDate() == null || ProjectStatus.APPLIED.name().equals(p.getStatus())) {
            return; // not resident in any year
        }
        delta(p, p.getEntryDate().getYear(), ENTERED).add(sign, 0);
        if (p.getExitDate() != null) {
            delta(p, p.getExitDate().getYear(), EXITED).add(0, sign);
        }
    }

    static final String ENTERED = "E";
    static final String EXITED = "X";

    private ProjectCountEntity delta(ProjectEntity p, int year, String kind) {
        return changes.computeIfAbsent(key(p.getUnitCode(), year, kind), k -> {
            ProjectCountEntity c = new ProjectCountEntity();
            c.setYear(year);
            c.setKind(kind);
            c.setUnitOf(p);
            return c;
        });
    }

    private static String key(String unitCode, int year, String kind) {
        return unitCode + "/" + year + "/" + kind;
    }

    /** Writes the changes: the recorded counts of the years concerned are read at once, updated, and the new ones added. */
    public void write(EntityManager em) {
        changes.values().removeIf(c -> c.getEntered() == 0 && c.getExited() == 0);
        if (changes.isEmpty()) {
            return;
        }
        List<Integer> years = changes.values().stream().map(ProjectCountEntity::getYear).distinct().toList();
        Map<String, ProjectCountEntity> recorded = new HashMap<>();
        for (ProjectCountEntity c : em.createQuery("select c from IncubationProjectCount c where c.year in :y", ProjectCountEntity.class)
                .setParameter("y", new ArrayList<>(years)).getResultList()) {
            recorded.put(key(c.getUnitCode(), c.getYear(), c.getKind()), c);
        }
        for (var e : changes.entrySet()) {
            ProjectCountEntity delta = e.getValue();
            ProjectCountEntity c = recorded.get(e.getKey());
            if (c == null) {
                em.persist(delta);
            } else {
                c.add(delta.getEntered(), delta.getExited());
            }
        }
        changes.clear();
    }
}
