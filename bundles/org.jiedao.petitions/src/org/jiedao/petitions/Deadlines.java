package org.jiedao.petitions;

/**
 * How long a petition may take (stored in the database, one setting for the installation; change it
 * with {@code jiedao-cli petitions deadlines} or {@link PetitionService#setDeadlines(Deadlines)}).
 *
 * @param normalDays  days from receipt to the deadline (default 15)
 * @param urgentDays  days when 急 is set (default 3)
 * @param dueSoonDays a running petition whose deadline is at most this many days away is "due soon" (default 2)
 */
public record Deadlines(int normalDays, int urgentDays, int dueSoonDays) {

    /** The defaults of DOMAIN.md §5. */
    public static final Deadlines DEFAULT = new Deadlines(15, 3, 2);

    /** @return the days for this urgency */
    public int daysFor(Urgency urgency) {
        return urgency.isUrgent() ? urgentDays : normalDays;
    }
}
