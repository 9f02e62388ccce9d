package org.jiedao.core.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.DatabaseUnavailableException;

/**
 * A command made of sub-commands ({@code jiedao-cli users add ...}): parses the options once,
 * checks the sub-command (naming the available ones when it is missing or unknown), runs it, and
 * turns the platform's exceptions into the exit codes scripts rely on (database unavailable:
 * {@link ExitCode#FAILURE}; access denied: {@link ExitCode#DENIED}). A module's own rule
 * violations become {@link ExitCode#INVALID_DATA} through {@link #isInvalidData(RuntimeException)}.
 */
public abstract class SubcommandCommand implements CliCommand {

    /** One sub-command. */
    @FunctionalInterface
    protected interface Subcommand {
        /** @return the exit code, normally {@link ExitCode#OK} */
        int run(CommandContext context, CommandLine line) throws CommandException;
    }

    /** @return the sub-commands by name, in the order to list them (use a {@code LinkedHashMap} or {@code Map.of} with one entry) */
    protected abstract Map<String, Subcommand> subcommands();

    /** @return the names of the options that take a value (without {@code --}) */
    protected Set<String> optionsWithValue() {
        return Set.of("format");
    }

    /** @return the names of the options without a value */
    protected Set<String> flags() {
        return Set.of();
    }

    /** @return whether {@code e} reports input the module refuses (exit code {@link ExitCode#INVALID_DATA}) */
    protected boolean isInvalidData(RuntimeException e) {
        return false;
    }

    @Override
    public final int run(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), optionsWithValue(), flags());
        Map<String, Subcommand> subcommands = subcommands();
        String name = line.subcommand(context.commandName(), List.copyOf(subcommands.keySet()));
        try {
            return subcommands.get(name).run(context, line);
        } catch (DatabaseUnavailableException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new CommandException(ExitCode.DENIED, e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isInvalidData(e)) {
                throw new CommandException(ExitCode.INVALID_DATA, e.getMessage(), e);
            }
            throw e;
        }
    }
}
