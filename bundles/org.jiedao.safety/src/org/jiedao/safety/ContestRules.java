package org.jiedao.safety;

import java.util.List;

/**
 * The point values a contest uses: what a must-answer question is worth and the values a team may
 * pick for a risk question (DOMAIN.md §3, defaults 10 and 10, 20, 30; set per contest).
 *
 * @param mustValue  points of a right must-answer question (positive)
 * @param riskValues the values offered for a risk question (positive, ascending, no repeats)
 */
public record ContestRules(int mustValue, List<Integer> riskValues) {

    /** The defaults of DOMAIN.md §3. */
    public static final ContestRules DEFAULT = new ContestRules(10, List.of(10, 20, 30));

    public ContestRules {
        if (mustValue <= 0) {
            throw new IllegalArgumentException("must value " + mustValue);
        }
        riskValues = List.copyOf(riskValues);
        if (riskValues.isEmpty()) {
            throw new IllegalArgumentException("no risk values");
        }
        for (int i = 0; i < riskValues.size(); i++) {
            if (riskValues.get(i) <= 0 || i > 0 && riskValues.get(i) <= riskValues.get(i - 1)) {
                throw new IllegalArgumentException("risk values " + riskValues);
            }
        }
    }

    /** @return whether a team may pick {@code value} for a risk question */
    public boolean offers(int value) {
        return riskValues.contains(value);
    }

    /** @return the risk values as the command line and files write them: {@code 10,20,30} */
    public String riskValuesText() {
        StringBuilder s = new StringBuilder();
        for (int v : riskValues) {
            s.append(s.length() == 0 ? "" : ",").append(v);
        }
        return s.toString();
    }
}
