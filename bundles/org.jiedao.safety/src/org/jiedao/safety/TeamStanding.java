package org.jiedao.safety;

/**
 * A team's place in a contest.
 *
 * @param rank      competition rank: teams equal in total, wrong risk answers and seconds share it (1, 2, 2, 4)
 * @param team      the team's name
 * @param total     the points (may be negative)
 * @param wrongRisk how many risk questions the team answered wrong
 * @param seconds   the seconds of all its answers
 * @param answers   how many answers it has
 */
public record TeamStanding(int rank, String team, int total, int wrongRisk, long seconds, int answers) {
}
