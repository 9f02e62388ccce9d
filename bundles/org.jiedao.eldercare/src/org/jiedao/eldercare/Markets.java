package org.jiedao.eldercare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly 幸福里便民集市 of a community (an OSGi service): on a square of the community, stalls of
 * neighbourly services for the elders (修伞 umbrella repair, 磨刀 knife sharpening …) and the visitors who
 * came. One market a month per community, recorded after it was held.
 *
 * @since 1.1
 */
public interface Markets {

    /** The kinds of stall offered as choices (others may be named too). */
    List<String> STALL_KINDS = List.of("修伞", "磨刀", "理发", "修鞋", "量血压", "家电维修", "配钥匙", "适老化用品展示");

    /**
     * A stall of a market.
     *
     * @param provider who kept it (a volunteer, a firm), may be null
     * @param served   how many residents it served
     */
    record Stall(String name, String provider, int served) {
    }

    /** A market held, with its stalls in the order given. */
    record Market(long id, String communityCode, String communityName, LocalDate heldOn, String place, int visitors, List<Stall> stalls) {

        /** @return the residents served by every stall together */
        public int served() {
            return stalls.stream().mapToInt(Stall::served).sum();
        }
    }

    /** The markets of a month in the user's scope, for the dashboard. */
    record MonthlyFigure(YearMonth month, int markets, long visitors, long served) {
    }

    /**
     * Records a market held.
     *
     * @return its id
     * @throws EldercareException for a community outside the user's scope, a day in the future, a second
     *                            market of the community in the month, no stall, a stall named twice, a
     *                            negative number, or a stall that served more residents than came
     */
    long hold(String community, LocalDate heldOn, String place, int visitors, List<Stall> stalls);

    /** @return the markets of a community (null: every community in scope) in a year (0: every year), latest first */
    List<Market> list(String community, int year);

    /** @return the figures of the last {@code months} months up to {@code until}, oldest first (months without a market count 0) */
    List<MonthlyFigure> monthly(YearMonth until, int months);
}
