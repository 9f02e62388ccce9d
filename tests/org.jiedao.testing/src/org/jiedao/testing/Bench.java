package org.jiedao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark bundles (run only by {@code releng/bench/*.sh}) share: medians of runs, report
 * lines, and writing the report where the script reads it (system property {@code jiedao.bench.out}).
 * Benchmarks measure; they assert nothing about speed.
 */
public final class Bench {

    private Bench() {
    }

    /** @return the median of the runs (the middle one; for an even number, the lower middle) */
    public static double median(double... runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** @return a report line: {@code what}, the median in ms and every run */
    public static String line(String what, double... ms) {
        List<String> runs = new ArrayList<>();
        for (double m : ms) {
            runs.add(String.format(Locale.ROOT, "%.0f", m));
        }
        return String.format(Locale.ROOT, "%-50s median %6.0f ms (runs: %s)%n", what, median(ms), String.join(", ", runs));
    }

    /** @return milliseconds since {@code startNanos} (a {@link System#nanoTime()}) */
    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Prints the report and writes it to the file named by {@code jiedao.bench.out}, if set. */
    public static void write(CharSequence report) {
        System.out.print(report);
        String out = System.getProperty("jiedao.bench.out");
        if (out != null) {
            try {
                Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
                Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
