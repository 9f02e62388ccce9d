package org.jiedao.security.internal.users;

import java.util.Arrays;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/**
 * {@code jiedao-cli init [--demo]}: prepares a data folder. Without {@code --demo} it creates the
 * administrator (name and password from JIEDAO_USER / JIEDAO_PASSWORD, else asked); there is no
 * default password. With {@code --demo} it loads the demo organisation and demo accounts.
 */
public final class InitCommand implements CliCommand {

    private final SecurityService security;
    private final OrgUnitService units;
    private final org.jiedao.core.persistence.PersistenceService persistence;

    @Inject
    public InitCommand(SecurityService security, OrgUnitService units, org.jiedao.core.persistence.PersistenceService persistence) {
        this.security = security;
        this.units = units;
        this.persistence = persistence;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of(), Set.of("demo"));
        line.expectAtMost(0);
        try {
            if (persistence.signsInAtServer()) {
                // a shared server is prepared by its owner, never by an officer's 'init'
                throw new CommandException(ExitCode.FAILURE, Messages.Init_sharedServer);
            }
            if (security.hasUsers()) {
                throw new CommandException(ExitCode.FAILURE, Messages.Init_alreadyDone);
            }
            if (line.flag("demo")) {
                return demo(context, security, units);
            }
            String user = firstAdministrator(context, security);
            context.out().println(NLS.bind(Messages.Init_done, context.dataDirectory(), user));
            return ExitCode.OK;
        } catch (AccountException e) {
            throw new CommandException(ExitCode.INVALID_DATA, e.getMessage());
        } catch (org.jiedao.core.security.AuthenticationException e) {
            throw new CommandException(ExitCode.INTERNAL, e.getMessage(), e);
        } catch (DatabaseUnavailableException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    /**
     * Loads the demo organisation and accounts, then every installed module's demo data as the demo
     * district administrator.
     */
    public static int demo(CommandContext context, SecurityService security, OrgUnitService units)
            throws org.jiedao.core.security.AuthenticationException {
        int count = DemoData.seedUnits(units);
        String[] accounts = DemoData.seedUsers(security);
        context.out().println(NLS.bind(Messages.Init_demoDone,
                new Object[] { context.dataDirectory(), count, String.join(", ", accounts), DemoData.PASSWORD }));
        security.signIn(accounts[0], DemoData.PASSWORD.toCharArray());
        int exit = ExitCode.OK;
        try {
            for (ModuleDemoData.Outcome outcome : ModuleDemoData.load(org.eclipse.core.runtime.RegistryFactory.getRegistry(),
                    context.locale())) {
                if (outcome.ok()) {
                    context.out().println(NLS.bind(Messages.Init_moduleDemo, outcome.module(), outcome.summary()));
                } else {
                    context.err().println(NLS.bind(Messages.Init_moduleDemoFailed, outcome.module(), outcome.summary()));
                    exit = ExitCode.FAILURE;
                }
            }
        } finally {
            security.signOut();
        }
        return exit;
    }

    /** Creates the district administrator: name and password from JIEDAO_USER / JIEDAO_PASSWORD, else asked. */
    public static String firstAdministrator(CommandContext context, SecurityService security) throws CommandException {
        String user = System.getenv("JIEDAO_USER");
        if (user == null || user.isBlank()) {
            user = context.readLine(Messages.Init_userPrompt);
        }
        char[] password = password(context);
        try {
            security.createUser(user == null ? "" : user, Messages.Init_adminName, Role.DISTRICT_ADMIN, null, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return user.strip();
    }

    private static char[] password(CommandContext context) throws CommandException {
        String fromEnvironment = System.getenv("JIEDAO_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] first = context.readSecret(Messages.Init_passwordPrompt);
        char[] second = context.readSecret(Messages.Init_repeatPrompt);
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandException(ExitCode.INVALID_DATA, Messages.Init_mismatch);
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
