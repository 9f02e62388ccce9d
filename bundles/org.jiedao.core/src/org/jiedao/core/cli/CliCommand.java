package org.jiedao.core.cli;

/**
 * A top-level command of {@code jiedao-cli}, contributed through the extension point
 * {@code org.jiedao.core.commands}. Instances are created only when the command runs; fields or
 * constructors annotated {@code @jakarta.inject.Inject} receive OSGi services.
 */
public interface CliCommand {

    /**
     * Runs the command.
     *
     * @param context arguments after the command name, output streams, data folder
     * @return the process exit code, normally {@link ExitCode#OK}
     * @throws CommandException for an error the user should read (printed without a stack trace)
     */
    int run(CommandContext context) throws CommandException;
}
