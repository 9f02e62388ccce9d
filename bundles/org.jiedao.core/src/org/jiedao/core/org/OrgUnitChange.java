package org.jiedao.core.org;

import java.time.Instant;

/**
 * One entry of a unit's history.
 *
 * @param code     the unit
 * @param kind     what happened
 * @param oldValue the name or parent code before (empty when created)
 * @param newValue the name or parent code after
 * @param at       when
 * @param by       who (the user name)
 */
public record OrgUnitChange(String code, Kind kind, String oldValue, String newValue, Instant at, String by) {

    /** What happened to the unit. */
    public enum Kind {
        CREATED, RENAMED, MOVED
    }
}
