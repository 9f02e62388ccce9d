package org.jiedao.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;

/**
 * Records when the first window is on screen, for the start-up benchmark
 * ({@code releng/bench/startup.sh}): when the system property {@code jiedao.startup.marker} names a
 * file, the first call writes "epochMillis jvmUptimeMillis" to it. Costs nothing otherwise.
 */
public final class StartupMarker {

    static final String PROPERTY = "jiedao.startup.marker";
    private static final AtomicBoolean WRITTEN = new AtomicBoolean();

    private StartupMarker() {
    }

    public static void mark() {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank() || !WRITTEN.compareAndSet(false, true)) {
            return;
        }
        long now = System.currentTimeMillis();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        try {
            Files.writeString(Path.of(target), now + " " + uptime + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            ILog.of(StartupMarker.class).warn("Cannot write the start-up marker " + target + ": " + e);
        }
    }
}
