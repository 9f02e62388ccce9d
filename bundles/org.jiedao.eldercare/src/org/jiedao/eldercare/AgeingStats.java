package org.jiedao.eldercare;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ageing figures of a community on a reference day.
 *
 * @param population the registered population of the community for {@code year}; null when none is kept
 * @param aged60     registered elders aged 60 or more on {@code on}
 * @param aged80     of them, aged 80 or more
 * @param share60    aged60 as a percentage of the population with 1 decimal (half up); null without a population
 * @param livingAlone of the aged 60+, those living alone
 */
public record AgeingStats(int year, LocalDate on, String communityCode, String communityName, Integer population, long aged60, long aged80,
        BigDecimal share60, long livingAlone) {
}
