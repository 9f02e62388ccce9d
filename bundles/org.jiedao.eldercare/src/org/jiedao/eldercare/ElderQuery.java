package org.jiedao.eldercare;

import java.time.LocalDate;

/**
 * A filter of the registry; null or 0 leaves a criterion out.
 *
 * @param community   community code or name
 * @param ageFrom     at least this age on {@code on}
 * @param ageTo       at most this age on {@code on} (0: no limit)
 * @param livingAlone true: only elders living alone
 * @param on          the reference day of the ages (null: today)
 */
public record ElderQuery(String community, int ageFrom, int ageTo, String category, boolean livingAlone, LocalDate on) {

    /** Every elder the user may see, ages on today. */
    public static ElderQuery all() {
        return new ElderQuery(null, 0, 0, null, false, null);
    }
}
