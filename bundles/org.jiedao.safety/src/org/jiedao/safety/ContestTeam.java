package org.jiedao.safety;

/** A team of a contest and the organisation it comes from (e.g. a property company). */
public record ContestTeam(String name, String organisation) {
}
