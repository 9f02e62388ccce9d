package org.jiedao.eldercare.internal.contrib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.eldercare.internal.Personal;

/** The ID numbers of elders as exports show them: masked unless the user holds the personal-data permission in the elder's community. */
final class ElderNumbers {

    private ElderNumbers() {
    }

    static Map<Long, String> shown(PersistenceService persistence, SecurityService security, List<Long> elderIds) {
        Map<String, Boolean> visible = new HashMap<>();
        Map<Long, String> out = new HashMap<>();
        long[] unmasked = { 0 };
        persistence.read(em -> {
            for (Long id : elderIds) {
                ElderRow e = EldercareSupport.elder(em, id);
                boolean v = visible.computeIfAbsent(e.getUnitCode(), u -> security.isPermitted(ElderRegistry.PERSONAL_PERMISSION, u));
                out.put(id, v ? e.idNumber() : Personal.idNumber(e.idNumber()));
                if (v) {
                    unmasked[0]++;
                }
            }
            return null;
        });
        PersonalData.exported(unmasked[0]);
        return out;
    }
}
