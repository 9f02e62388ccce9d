package org.jiedao.incubation.internal.contrib;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.internal.IncubationSupport;
import org.jiedao.incubation.internal.Messages;
import org.jiedao.incubation.internal.ProjectEntity;

/** The workbench's search field: projects by code, name or sector (founders' personal data is never searched), within the user's scope. */
public final class ProjectSearch implements SearchProvider {

    static final String ID = "org.jiedao.incubation.search";

    @Inject
    private IncubationSupport support;

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = support.names();
        List<ProjectEntity> found = support.persistence().read(em -> em.createQuery("select p from IncubationProject p where lower(p.code) like :q "
                + "or lower(p.name) like :q or lower(p.sector) like :q order by p.code", ProjectEntity.class).setParameter("q", "%" + q + "%")
                .setMaxResults(Math.max(1, limit)).getResultList());
        return found.stream().map(p -> new SearchHit(ID, "org.jiedao.incubation.project", p.getCode(), p.getCode() + " " + p.getName(),
                NLS.bind(Messages.Search_subtitle, new Object[] { names.getOrDefault(p.getUnitCode(), p.getUnitCode()),
                        ProjectStatus.valueOf(p.getStatus()).displayName(locale), p.getSector() == null ? "" : p.getSector() }))).toList();
    }
}
