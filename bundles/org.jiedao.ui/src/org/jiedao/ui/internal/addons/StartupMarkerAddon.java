package org.jiedao.ui.internal.addons;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

/**
 * Records when the workbench window is up, for the start-up benchmark
 * ({@code releng/bench/startup.sh}): when the system property {@code jiedao.startup.marker}
 * names a file, writes "epochMillis jvmUptimeMillis" to it once the first rendering is done.
 * Costs nothing when the property is absent.
 */
public final class StartupMarkerAddon {

    static final String PROPERTY = "jiedao.startup.marker";

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        long now = System.currentTimeMillis();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        try {
            Files.writeString(Path.of(target), now + " " + uptime + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            ILog.of(StartupMarkerAddon.class).warn("Cannot write the start-up marker " + target + ": " + e);
        }
    }
}
