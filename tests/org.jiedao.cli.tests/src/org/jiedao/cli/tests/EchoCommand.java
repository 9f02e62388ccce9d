package org.jiedao.cli.tests;

import jakarta.inject.Inject;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.modules.ModuleRegistry;

/** Prints its arguments and data folder; its injected service proves dependency injection works. */
public final class EchoCommand implements CliCommand {

    @Inject
    ModuleRegistry registry;

    @Override
    public int run(CommandContext context) {
        context.out().println("args=" + context.arguments());
        context.out().println("data=" + context.dataDirectory());
        context.out().println("modules=" + registry.getModules().size());
        return 0;
    }
}
