package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The categories and deadlines: read by everyone, changed by district administrators. */
@Component(service = PetitionSettings.class)
public final class PetitionSettingsImpl implements PetitionSettings {

    @Reference
    PersistenceService persistence;
    @Reference
    PetitionSupport support;

    @Override
    public List<String> categories() {
        return support.categories();
    }

    @Override
    public void addCategory(String name) {
        support.requireAdmin();
        String n = required(name, Messages.Field_category, 50);
        persistence.transaction(em -> {
            List<PetitionCategory> all = em.createQuery("select c from PetitionCategory c", PetitionCategory.class).getResultList();
            if (all.stream().anyMatch(c -> c.getName().equals(n))) {
                throw new PetitionException(NLS.bind(Messages.Refused_categoryExists, n));
            }
            em.persist(new PetitionCategory(n, all.stream().mapToInt(PetitionCategory::getPosition).max().orElse(0) + 10));
            return null;
        });
    }

    @Override
    public void removeCategory(String name) {
        support.requireAdmin();
        persistence.transaction(em -> {
            List<PetitionCategory> found = em.createQuery("select c from PetitionCategory c where c.name = :n", PetitionCategory.class)
                    .setParameter("n", name == null ? "" : name.strip()).getResultList();
            if (found.isEmpty()) {
                throw new PetitionException(NLS.bind(Messages.Refused_category, name, String.join("、", support.categories())));
            }
            em.remove(found.get(0));
            return null;
        });
    }

    @Override
    public Deadlines deadlines() {
        return support.deadlines();
    }

    @Override
    public void setDeadlines(Deadlines d) {
        support.requireAdmin();
        if (d.normalDays() < 1 || d.normalDays() > 365 || d.urgentDays() < 1 || d.urgentDays() > 365 || d.dueSoonDays() < 0
                || d.dueSoonDays() > 30) {
            throw new PetitionException(NLS.bind(Messages.Refused_deadlines, new Object[] { d.normalDays(), d.urgentDays(), d.dueSoonDays() }));
        }
        persistence.transaction(em -> {
            em.find(PetitionSettingsRow.class, 1L).set(d.normalDays(), d.urgentDays(), d.dueSoonDays());
            return null;
        });
    }
}
