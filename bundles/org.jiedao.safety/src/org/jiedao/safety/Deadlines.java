package org.jiedao.safety;

import java.time.LocalDate;

/**
 * Rectification deadlines in days from the day an order is issued (DOMAIN.md §3, default: a general
 * hazard 7 days, a major hazard 3 days; set in the module's settings).
 */
public record Deadlines(int generalDays, int majorDays) {

    /** The defaults of DOMAIN.md §3. */
    public static final Deadlines DEFAULT = new Deadlines(7, 3);

    public Deadlines {
        if (generalDays < 1 || majorDays < 1) {
            throw new IllegalArgumentException("deadline days " + generalDays + ", " + majorDays);
        }
    }

    /** @return the deadline of an order for a hazard of {@code severity} issued on {@code issuedOn} */
    public LocalDate deadline(Severity severity, LocalDate issuedOn) {
        return issuedOn.plusDays(severity == Severity.MAJOR ? majorDays : generalDays);
    }
}
