package org.jiedao.eldercare.internal.contrib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.eldercare.internal.Personal;

/** The ID numbers of elders as exports show them: masked unless the user holds the personal-data permission in the elder's community. */
final class ElderNumbers {

    private ElderNumbers() {
    }

    /** @return elder id → ID number as the export shows it; the unmasked ones are logged as exported records of {@code kind} */
    static Map<Long, String> shown(PersistenceService persistence, SecurityService security, PersonalDataLog log, String kind, List<Long> elderIds) {
        Map<String, Boolean> visible = new HashMap<>();
        Map<Long, String> out = new HashMap<>();
        Map<String, Long> unmasked = new HashMap<>();
        persistence.read(em -> {
            for (Long id : elderIds) {
                ElderRow e = EldercareSupport.elder(em, id);
                boolean v = visible.computeIfAbsent(e.getUnitCode(), u -> security.isPermitted(ElderRegistry.PERSONAL_PERMISSION, u));
                out.put(id, v ? e.idNumber() : Personal.idNumber(e.idNumber()));
                if (v) {
                    unmasked.merge(e.getUnitCode(), 1L, Long::sum);
                }
            }
            return null;
        });
        unmasked.forEach((unit, n) -> log.recordRead(EldercareSupport.MODULE, kind, null, unit, PersonalDataLog.Purpose.EXPORT, n));
        return out;
    }
}
