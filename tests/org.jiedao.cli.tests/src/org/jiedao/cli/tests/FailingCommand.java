package org.jiedao.cli.tests;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.ExitCode;

/** Reports invalid data, as an import command would. */
public final class FailingCommand implements CliCommand {
    @Override
    public int run(CommandContext context) throws CommandException {
        context.out().println("partial output");
        throw new CommandException(ExitCode.INVALID_DATA, "Row 3: the date 2021-13-01 is not valid.");
    }
}
