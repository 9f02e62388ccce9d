package org.jiedao.core.cli;

/**
 * An error that {@code jiedao-cli} reports to the user as a plain message (no stack trace),
 * ending the process with {@link #exitCode()}.
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode one of {@link ExitCode}, or a command-specific code
     * @param message  a complete sentence in the user's language
     */
    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** @return the process exit code */
    public int exitCode() {
        return exitCode;
    }

    /** A usage error ({@link ExitCode#USAGE}). */
    public static CommandException usage(String message) {
        return new CommandException(ExitCode.USAGE, message);
    }
}
