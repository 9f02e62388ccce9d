package org.jiedao.cli.internal;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.SecurityService;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Parses the top level of a jiedao-cli command line and runs the contributed command. Separate
 * from {@link CliApplication} so tests run it with their own streams.
 */
public final class CliRunner {

    private final IExtensionRegistry registry;
    private final BundleContext bundleContext;

    private final java.util.function.Function<String, String> environment;

    public CliRunner(IExtensionRegistry registry, BundleContext bundleContext,
            java.util.function.Function<String, String> environment) {
        this.registry = registry;
        this.bundleContext = bundleContext;
        this.environment = environment;
    }

    /** A runner over the running platform's registry and services. */
    public static CliRunner forPlatform() {
        Bundle self = FrameworkUtil.getBundle(CliRunner.class);
        return new CliRunner(Platform.getExtensionRegistry(), self.getBundleContext(), System::getenv);
    }

    /**
     * @param args    the arguments after the launcher's own ({@code --data} already removed)
     * @param dataDir the data folder
     * @return the exit code
     */
    public int run(List<String> args, PrintWriter out, PrintWriter err, BufferedReader in, Path dataDir) {
        try {
            return dispatch(args, out, err, in, dataDir);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args, PrintWriter out, PrintWriter err, BufferedReader in, Path dataDir) {
        CommandCatalog catalog = new CommandCatalog(registry);
        if (args.isEmpty()) {
            err.println(Messages.Cli_noCommand);
            printHelp(err, catalog);
            return ExitCode.USAGE;
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h") || (first.equals("help") && args.size() == 1)) {
            printHelp(out, catalog);
            return ExitCode.OK;
        }
        if (first.equals("--version")) {
            Bundle self = FrameworkUtil.getBundle(CliRunner.class);
            out.println(NLS.bind(Messages.Cli_version, self.getVersion(), System.getProperty("java.version")));
            return ExitCode.OK;
        }
        if (first.equals("help")) {
            return printCommandHelp(args.get(1), out, err, catalog);
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (rest.contains("--help")) {
            return printCommandHelp(first, out, err, catalog);
        }
        if (first.equals(CliShell.NAME)) {
            return new CliShell(this).run(rest, out, err, in, dataDir);
        }
        var entry = catalog.find(first);
        if (entry.isEmpty()) {
            err.println(NLS.bind(Messages.Cli_unknownCommand, first));
            err.println(Messages.Cli_moreHelp);
            return ExitCode.USAGE;
        }
        CliCommand command;
        IEclipseContext context = EclipseContextFactory.getServiceContext(bundleContext).createChild("jiedao-cli");
        try {
            command = Contributions.create(entry.get().loadClass(), context);
        } catch (ClassNotFoundException | ClassCastException | CoreException | LinkageError e) {
            ILog.of(CliRunner.class).error("Cannot create jiedao-cli command '" + first + "'", e);
            err.println(NLS.bind(Messages.Cli_commandBroken,
                    new Object[] { first, entry.get().contributor(), e.getMessage(), logLocation() }));
            context.dispose();
            return ExitCode.INTERNAL;
        }
        CommandContext commandContext = new RunContext(first, rest, out, err, in, dataDir, this::signIn);
        try {
            if (entry.get().authenticated()) {
                signIn(commandContext);
            }
            return command.run(commandContext);
        } catch (CommandException e) {
            out.flush();
            err.println(e.getMessage());
            if (e.exitCode() == ExitCode.USAGE) {
                err.println(NLS.bind(Messages.Cli_seeCommandHelp, first));
            }
            return e.exitCode();
        } catch (DatabaseUnavailableException e) {
            out.flush();
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (OrgUnitException | ConcurrentChangeException e) {
            // a unit the user named that is unknown, ambiguous or outside their scope; a record someone else changed
            // meanwhile: refused with the platform's own message, nothing written (no module needs to wrap these)
            out.flush();
            err.println(e.getMessage());
            return ExitCode.INVALID_DATA;
        } catch (AccessDeniedException e) {
            out.flush();
            err.println(e.getMessage());
            return ExitCode.DENIED;
        } catch (RuntimeException | LinkageError e) {
            out.flush();
            ILog.of(CliRunner.class).error("jiedao-cli " + String.join(" ", args) + " failed", e);
            err.println(NLS.bind(Messages.Cli_internalError, new Object[] { first, e, logLocation() }));
            return ExitCode.INTERNAL;
        } finally {
            ContextInjectionFactory.uninject(command, context);
            context.dispose();
        }
    }

    /**
     * Signs the user in for a command that reads or writes data: JIEDAO_USER and JIEDAO_PASSWORD
     * for scripts, else the terminal asks (a password is never taken from the command line).
     */
    private void signIn(CommandContext context) throws CommandException {
        ServiceReference<SecurityService> reference = bundleContext.getServiceReference(SecurityService.class);
        SecurityService security = reference == null ? null : bundleContext.getService(reference);
        if (security == null) {
            throw new CommandException(ExitCode.DENIED, Messages.Cli_noSecurity);
        }
        try {
            if (security.currentUser().isPresent()) {
                return;
            }
            if (!security.hasUsers()) {
                throw new CommandException(ExitCode.DENIED, NLS.bind(Messages.Cli_notInitialised, context.dataDirectory()));
            }
            String user = environment.apply("JIEDAO_USER");
            if (user == null || user.isBlank()) {
                user = context.readLine(Messages.Cli_userPrompt);
            }
            char[] password = null;
            String fromEnvironment = environment.apply("JIEDAO_PASSWORD");
            if (fromEnvironment != null) {
                password = fromEnvironment.toCharArray();
            } else if (user != null) {
                password = context.readSecret(Messages.Cli_passwordPrompt);
            }
            if (user == null || user.isBlank() || password == null) {
                throw new CommandException(ExitCode.DENIED, Messages.Cli_signInNeeded);
            }
            try {
                security.signIn(user, password);
            } catch (AuthenticationException e) {
                throw new CommandException(ExitCode.DENIED, e.getMessage());
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private int printCommandHelp(String name, PrintWriter out, PrintWriter err, CommandCatalog catalog) {
        if (name.equals(CliShell.NAME)) {
            out.println(Messages.Shell_usage);
            return ExitCode.OK;
        }
        var entry = catalog.find(name);
        if (entry.isEmpty()) {
            err.println(NLS.bind(Messages.Cli_unknownCommand, name));
            err.println(Messages.Cli_moreHelp);
            return ExitCode.USAGE;
        }
        out.println(entry.get().description());
        out.println();
        out.println(entry.get().usage().isEmpty() ? Messages.Cli_noUsage : entry.get().usage());
        return ExitCode.OK;
    }

    private static void printHelp(PrintWriter out, CommandCatalog catalog) {
        out.println(Messages.Cli_usage);
        out.println();
        out.println(Messages.Cli_commandsHeading);
        List<CommandCatalog.Entry> commands = catalog.sorted();
        int width = CliShell.NAME.length();
        for (CommandCatalog.Entry entry : commands) {
            width = Math.max(width, entry.name().length());
        }
        out.println("  " + pad("help", width) + "  " + Messages.Cli_helpCommand);
        out.println("  " + pad(CliShell.NAME, width) + "  " + Messages.Cli_shellCommand);
        for (CommandCatalog.Entry entry : commands) {
            out.println("  " + pad(entry.name(), width) + "  " + entry.description());
        }
        out.println();
        out.println(Messages.Cli_optionsHeading);
        out.println(Messages.Cli_options);
        out.println();
        out.println(Messages.Cli_exitCodes);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - TextTable.displayWidth(text)));
    }

    private static String logLocation() {
        try {
            return Platform.getLogFileLocation().toOSString();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    @FunctionalInterface
    private interface SignIn {
        void signIn(CommandContext context) throws CommandException;
    }

    private record RunContext(String commandName, List<String> arguments, PrintWriter out, PrintWriter err,
            BufferedReader in, Path dataDirectory, SignIn signer) implements CommandContext {

        @Override
        public void signIn() throws CommandException {
            signer.signIn(this);
        }

        @Override
        public Locale locale() {
            return Locale.getDefault();
        }

        @Override
        public String readLine(String prompt) {
            java.io.Console console = System.console();
            if (console != null) {
                return console.readLine("%s ", prompt);
            }
            out.print(prompt + " ");
            out.flush();
            try {
                return in.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }

        @Override
        public char[] readSecret(String prompt) {
            java.io.Console console = System.console();
            if (console != null) {
                return console.readPassword("%s ", prompt);
            }
            String line = readLine(prompt);
            return line == null ? null : line.toCharArray();
        }
    }
}
