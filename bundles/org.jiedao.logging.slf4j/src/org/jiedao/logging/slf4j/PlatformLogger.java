package org.jiedao.logging.slf4j;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes SLF4J warnings and errors to the Eclipse platform log, as entries of the slf4j.api
 * bundle (this fragment's host) whose message starts with the logger's name. Trace, debug and
 * info are off: the platform log is for what an administrator must see.
 */
final class PlatformLogger extends MarkerIgnoringBase {

    private static final long serialVersionUID = 1L;

    PlatformLogger(String name) {
        this.name = name;
    }

    private void log(int severity, String format, Object... arguments) {
        FormattingTuple tuple = MessageFormatter.arrayFormat(format, arguments);
        ILog.of(PlatformLogger.class).log(new Status(severity, "slf4j.api", "[" + name + "] " + tuple.getMessage(),
                tuple.getThrowable()));
    }

    private void log(int severity, String message, Throwable t) {
        ILog.of(PlatformLogger.class).log(new Status(severity, "slf4j.api", "[" + name + "] " + message, t));
    }

    // off

    @Override public boolean isTraceEnabled() { return false; }
    @Override public void trace(String msg) { }
    @Override public void trace(String format, Object arg) { }
    @Override public void trace(String format, Object arg1, Object arg2) { }
    @Override public void trace(String format, Object... arguments) { }
    @Override public void trace(String msg, Throwable t) { }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(String msg) { }
    @Override public void debug(String format, Object arg) { }
    @Override public void debug(String format, Object arg1, Object arg2) { }
    @Override public void debug(String format, Object... arguments) { }
    @Override public void debug(String msg, Throwable t) { }

    @Override public boolean isInfoEnabled() { return false; }
    @Override public void info(String msg) { }
    @Override public void info(String format, Object arg) { }
    @Override public void info(String format, Object arg1, Object arg2) { }
    @Override public void info(String format, Object... arguments) { }
    @Override public void info(String msg, Throwable t) { }

    // to the platform log

    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(String msg) { log(IStatus.WARNING, msg, (Throwable) null); }
    @Override public void warn(String format, Object arg) { log(IStatus.WARNING, format, new Object[] { arg }); }
    @Override public void warn(String format, Object arg1, Object arg2) { log(IStatus.WARNING, format, new Object[] { arg1, arg2 }); }
    @Override public void warn(String format, Object... arguments) { log(IStatus.WARNING, format, arguments); }
    @Override public void warn(String msg, Throwable t) { log(IStatus.WARNING, msg, t); }

    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(String msg) { log(IStatus.ERROR, msg, (Throwable) null); }
    @Override public void error(String format, Object arg) { log(IStatus.ERROR, format, new Object[] { arg }); }
    @Override public void error(String format, Object arg1, Object arg2) { log(IStatus.ERROR, format, new Object[] { arg1, arg2 }); }
    @Override public void error(String format, Object... arguments) { log(IStatus.ERROR, format, arguments); }
    @Override public void error(String msg, Throwable t) { log(IStatus.ERROR, msg, t); }
}
