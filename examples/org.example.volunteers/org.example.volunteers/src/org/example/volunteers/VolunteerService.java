package org.example.volunteers;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Volunteer service hours and community events (OSGi service). Every query is limited to the
 * signed-in user's units by the platform (the records are {@code ScopedEntity}s).
 */
public interface VolunteerService {

    /**
     * Hours per volunteer and community in a month, most hours first.
     *
     * @param unitCode only this unit and the units below it; empty for every unit the user sees
     * @throws VolunteerException if the unit does not exist
     */
    List<VolunteerHours> hours(YearMonth month, Optional<String> unitCode);

    /**
     * Community events, newest first, with how many volunteers served and their hours.
     *
     * @param month only events of this month; empty for all
     * @param unitCode only this unit and the units below it; empty for every unit the user sees
     * @throws VolunteerException if the unit does not exist
     */
    List<EventSummary> events(Optional<YearMonth> month, Optional<String> unitCode);
}
