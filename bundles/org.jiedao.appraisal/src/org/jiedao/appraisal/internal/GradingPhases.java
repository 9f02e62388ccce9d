package org.jiedao.appraisal.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one grading's time went (wall-clock per phase, in the order measured): what the appraisal
 * benchmark reports beside the total, so that a slow phase is seen, not guessed. Phases measured
 * several times (several groups) add up.
 */
public final class GradingPhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase running since the last mark (or the creation) under {@code name}. */
    void end(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    /** Starts timing afresh (what ran since the last mark is not counted). */
    void restart() {
        mark = System.nanoTime();
    }

    /** @return seconds per phase, in the order first measured */
    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((name, n) -> seconds.put(name, n / 1e9));
        return Collections.unmodifiableMap(seconds);
    }
}
