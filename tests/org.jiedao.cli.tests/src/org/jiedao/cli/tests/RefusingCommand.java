package org.jiedao.cli.tests;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;

/** A command whose service refuses with one of the platform's exceptions, named by its argument. */
public final class RefusingCommand implements CliCommand {
    @Override
    public int run(CommandContext context) {
        switch (context.arguments().isEmpty() ? "" : context.arguments().get(0)) {
        case "unit" -> throw new OrgUnitException("No unit 320508999 in your scope.");
        case "conflict" -> throw new ConcurrentChangeException("Petition", 42L, null);
        case "denied" -> throw new AccessDeniedException("You may not change records of 道前社区.");
        default -> {
            return 0;
        }
        }
    }
}
