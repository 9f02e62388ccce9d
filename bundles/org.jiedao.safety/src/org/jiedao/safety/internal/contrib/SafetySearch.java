package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.Severity;

/**
 * The workbench's search field: premises by code or name and rectification orders by code, within
 * the user's scope (the platform scopes the queries). Personal data (address, owner, manager, phone)
 * is never searched nor shown.
 */
public final class SafetySearch implements SearchProvider {

    static final String ID = "org.jiedao.safety.search";
    /** Record types of the hits, the keys of the workbench's record openers. */
    public static final String PREMISES = "org.jiedao.safety.premises";
    public static final String ORDER = "org.jiedao.safety.order";

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, limit);
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        List<Object[]> premises = persistence.read(em -> em.createQuery("select p.code, p.name, p.category, p.unitCode from SafetyPremises p"
                + " where lower(p.code) like :q or lower(p.name) like :q order by p.code", Object[].class).setParameter("q", "%" + q + "%")
                .setMaxResults(max).getResultList());
        List<Object[]> orders = persistence.read(em -> em.createQuery("select o.code, p.name, o.severity, o.status, o.deadline, o.unitCode"
                + " from SafetyOrder o, SafetyPremises p where o.premisesId = p.id and lower(o.code) like :q order by o.code", Object[].class)
                .setParameter("q", "%" + q + "%").setMaxResults(max).getResultList());
        LocalDate today = LocalDate.now();
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] p : premises) {
            String unit = names.getOrDefault((String) p[3], (String) p[3]);
            hits.add(new SearchHit(ID, PREMISES, (String) p[0], p[0] + " " + p[1],
                    PremisesCategory.parse((String) p[2]).map(c -> c.displayName(locale)).orElse((String) p[2]) + " · " + unit));
        }
        for (Object[] o : orders) {
            OrderStatus status = OrderStatus.parse((String) o[3]).orElse(OrderStatus.OPEN);
            LocalDate deadline = (LocalDate) o[4];
            String state = status.displayName(locale) + (status.isOpen() && deadline.isBefore(today) ? " ⚠" : "");
            hits.add(new SearchHit(ID, ORDER, (String) o[0], o[0] + " " + o[1], Severity.parse((String) o[2]).map(s -> s.displayName(locale))
                    .orElse((String) o[2]) + " · " + state + " · " + deadline + " · " + names.getOrDefault((String) o[5], (String) o[5])));
        }
        return hits.size() > max ? hits.subList(0, max) : hits;
    }
}
