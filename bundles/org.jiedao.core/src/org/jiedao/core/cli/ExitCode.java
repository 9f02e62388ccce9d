package org.jiedao.core.cli;

/**
 * Exit codes of {@code jiedao-cli}, stable for scripts. Commands may define further codes from
 * 10 upwards and must document them in their usage text.
 */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran but failed (the error message says why). */
    public static final int FAILURE = 1;
    /** The command line was wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** Input data was invalid; nothing was written. */
    public static final int INVALID_DATA = 3;
    /** Authentication failed or the user lacks the permission. */
    public static final int DENIED = 4;
    /**
     * Some input rows were rejected (and written to the rejects file the user named); the valid
     * rows were imported.
     */
    public static final int PARTIAL = 5;
    /** The platform itself failed (a bug or a broken installation; see the log). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
