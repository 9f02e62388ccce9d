package org.jiedao.persistence.internal;

import java.util.logging.Level;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

/**
 * Sends Liquibase's warnings and errors to the platform log (DATA/.metadata/.log); its
 * informational chatter is dropped. Without this, Liquibase writes to the console through
 * java.util.logging, in the middle of command output.
 */
final class LiquibaseLog extends AbstractLogService {

    private final ILog log = ILog.of(LiquibaseLog.class);

    @Override
    public int getPriority() {
        return liquibase.plugin.Plugin.PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        return new AbstractLogger() {
            @Override
            public void log(Level level, String message, Throwable e) {
                // Liquibase 4.33 reports its own (disabled) analytics at SEVERE: not a problem
                if (level.intValue() >= Level.WARNING.intValue() && !"User has disabled analytics.".equals(message)) {
                    int severity = level.intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
                    log.log(new Status(severity, "org.jiedao.persistence", "Liquibase: " + message, e));
                }
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
