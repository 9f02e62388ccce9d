package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * The entries of 消防安全 (an OSGi service). Everything goes through the platform's persistence
 * service: the signed-in user sees and records entries of their units only, and every change is in
 * the audit trail.
 */
public interface SafetyService {

    /**
     * Records an entry.
     *
     * @param communityCode an organisation unit in the user's scope (code or name)
     * @return its id
     * @throws SafetyException when the title is missing or too long, the day lies in the future or the unit is unknown
     */
    long record(LocalDate day, String title, String note, String communityCode);

    /** @return the entries the user may see, newest first (at most {@code limit}; 0: all) */
    List<SafetyEntry> list(int limit);

    /** @return how many entries the user may see */
    long count();
}
