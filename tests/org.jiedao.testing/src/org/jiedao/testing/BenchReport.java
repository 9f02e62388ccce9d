package org.jiedao.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What the benchmarks (the {@code bench} profile, releng/bench/*.sh) share: wall-clock timing,
 * the peak heap of a step, and the report printed and written to the file named by the system
 * property {@code jiedao.bench.out}. Benchmarks measure; they assert nothing about speed.
 */
public final class BenchReport {

    /** A step's result and how long it took. */
    public record Timed<T>(T value, double seconds) {
    }

    private final StringBuilder text = new StringBuilder();

    /** @return the step's result and its wall-clock time */
    public static <T> Timed<T> time(Callable<T> step) throws Exception {
        long start = System.nanoTime();
        T value = step.call();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9);
    }

    /** Collects garbage and resets the heap pools' peaks, so that {@link #peakHeapMb()} measures what follows. */
    public static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** @return the sum of the heap pools' peaks since {@link #resetPeaks()}, in MB */
    public static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** Adds a line (formatted with {@link Locale#ROOT}). */
    public BenchReport line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
        return this;
    }

    /** Prints the report and writes it to {@code jiedao.bench.out} when that is set. */
    public void write() throws IOException {
        System.out.print(text);
        String out = System.getProperty("jiedao.bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
            Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
