package org.jiedao.cli.tests;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;

/** A command with a bug. */
public final class CrashingCommand implements CliCommand {
    @Override
    public int run(CommandContext context) {
        throw new IllegalStateException("simulated bug");
    }
}
