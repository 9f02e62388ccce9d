package org.jiedao.safety;

/**
 * One team's answer to one question of a contest, as the scorer enters it.
 *
 * @param round    the round, from 1
 * @param question the question within the round, from 1
 * @param team     the team's name
 * @param kind     must-answer or risk
 * @param value    the question's value (must-answer) or the value the team picked (risk)
 * @param correct  whether the answer was right
 * @param seconds  the seconds the team took (0 or more)
 */
public record ContestAnswer(int round, int question, String team, AnswerKind kind, int value, boolean correct, int seconds) {

    /** @return the points the answer adds to the team's total (negative for a wrong risk answer) */
    public int points() {
        if (correct) {
            return value;
        }
        return kind == AnswerKind.RISK ? -value : 0;
    }

    /** @return whether this is a risk question answered wrong (the first tie-break) */
    public boolean wrongRisk() {
        return kind == AnswerKind.RISK && !correct;
    }
}
