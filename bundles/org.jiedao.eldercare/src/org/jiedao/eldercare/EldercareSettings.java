package org.jiedao.eldercare;

/**
 * The module's rules where the seed is silent (DOMAIN.md §2's defaults), for the installation (an OSGi service): the
 * renovation steps' deadlines, the ages of mutual-aid pairs, how many older elders a younger one looks after, and after
 * how many days without a visit an older elder living alone stands out. Everyone reads them; street officers and
 * administrators change them (as the elder categories, {@link ElderRegistry#addCategory}).
 *
 * @since 1.2
 */
public interface EldercareSettings {

    /**
     * The rules.
     *
     * @param assessmentDays   days from the application to the home assessment (default 15)
     * @param installationDays days from the approval to the installation (default 30)
     * @param youngerFrom      the youngest age of a younger elder of a pair (default 60)
     * @param youngerTo        the oldest age of a younger elder (default 69)
     * @param olderFrom        the youngest age of an older elder (default 80)
     * @param maxPerYounger    older elders one younger elder looks after at most (default 2)
     * @param unvisitedDays    days without a visit after which an older elder living alone stands out (default 14)
     */
    record Rules(int assessmentDays, int installationDays, int youngerFrom, int youngerTo, int olderFrom, int maxPerYounger, int unvisitedDays) {

        /** DOMAIN.md §2's defaults, in force until someone changes them. */
        public static final Rules DEFAULT = new Rules(15, 30, 60, 69, 80, 2, 14);
    }

    /** @return the rules in force */
    Rules rules();

    /**
     * Changes the rules; running applications keep the deadlines they have, pairs stay.
     *
     * @throws EldercareException for a user who is not a street officer or an administrator, a deadline outside 1–365 days,
     *                            younger ages not below the older ones (within 50–120), or 1–10 older elders per younger one
     */
    void setRules(Rules rules);
}
