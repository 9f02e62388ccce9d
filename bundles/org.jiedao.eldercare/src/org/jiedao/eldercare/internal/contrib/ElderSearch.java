package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;

/**
 * Finds elders by name: by the full name where the user may see it, by the masked name (张**) where
 * not; by a full resident ID number only where the user holds the personal-data permission (else the
 * number finds nothing, so a search never tells whether it is registered). Unmasked hits are logged.
 */
public final class ElderSearch implements SearchProvider {

    public static final String PROVIDER_ID = "org.jiedao.eldercare.search";
    public static final String RECORD_TYPE = "org.jiedao.eldercare.elder";

    @Inject
    private PersistenceService persistence;
    @Inject
    private SecurityService security;
    @Inject
    private OrgUnitService units;
    @Inject
    private PersonalDataLog log;

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        Map<String, Boolean> visible = new HashMap<>();
        LocalDate today = LocalDate.now();
        String number = null;
        if (query.length() == 15 || query.length() == 18) {
            try {
                number = ResidentIdNumber.parse(query, today).number();
            } catch (EldercareException e) {
                number = null;
            }
        }
        String byNumber = number;
        List<Elder> found = persistence.read(em -> {
            List<Elder> out = new ArrayList<>();
            List<ElderRow> rows = byNumber != null
                    ? em.createQuery("select e from EldercareElder e where e.idKey = :k", ElderRow.class)
                            .setParameter("k", EldercareSupport.idKey(byNumber)).getResultList()
                    : em.createQuery("select e from EldercareElder e order by e.unitCode, e.id", ElderRow.class).getResultList();
            for (ElderRow row : rows) {
                boolean v = visible.computeIfAbsent(row.getUnitCode(), u -> security.isPermitted(ElderRegistry.PERSONAL_PERMISSION, u));
                Elder e = EldercareSupport.show(row, today, names.getOrDefault(row.getUnitCode(), row.getUnitCode()), v);
                boolean hit = byNumber != null ? v : e.name().contains(query);
                if (hit) {
                    out.add(e);
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
            return out;
        });
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Long> logged = new HashMap<>();
        for (Elder e : found) {
            if (e.personalVisible()) {
                logged.merge(e.communityCode(), 1L, Long::sum);
            }
            hits.add(new SearchHit(PROVIDER_ID, RECORD_TYPE, Long.toString(e.id()), e.name() + " (" + e.age() + ")",
                    e.communityName() + " · " + e.address() + (e.idNumber().isEmpty() ? "" : " · " + e.idNumber())));
        }
        logged.forEach((unit, n) -> log.recordRead(EldercareSupport.MODULE, "elder", null, unit, PersonalDataLog.Purpose.SEARCH, n));
        return hits;
    }
}
