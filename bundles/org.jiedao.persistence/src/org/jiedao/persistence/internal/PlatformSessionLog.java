package org.jiedao.persistence.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Sends EclipseLink's log to the platform log (DATA/.metadata/.log) instead of the console, so
 * command output stays clean and support finds everything in one place.
 */
public final class PlatformSessionLog extends AbstractSessionLog {

    private final ILog log = ILog.of(PlatformSessionLog.class);

    public PlatformSessionLog() {
        setLevel(SessionLog.WARNING);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        int severity = entry.getLevel() >= SessionLog.SEVERE ? IStatus.ERROR
                : entry.getLevel() >= SessionLog.WARNING ? IStatus.WARNING : IStatus.INFO;
        String message = formatMessage(entry);
        log.log(new Status(severity, "org.jiedao.persistence", "EclipseLink: " + message, entry.getException()));
    }
}
