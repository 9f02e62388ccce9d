package org.jiedao.security.internal.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.SecurityService;
import org.jiedao.security.internal.users.InitCommand;

/**
 * {@code jiedao-cli server init --url URL [--role-prefix P] [--demo]} and {@code jiedao-cli server migrate}:
 * the administrator's side of a shared PostgreSQL server, run as the owner of its schema (name and
 * password from JIEDAO_DB_OWNER_USER and JIEDAO_DB_OWNER_PASSWORD, else asked). Officers never hold
 * the owner's password: each connects as their own login role, and the data folder's
 * {@code jiedao.properties} holds the server's URL alone.
 */
public final class ServerCommand extends SubcommandCommand {

    /** Keys of jiedao.properties (DatabaseSettings of org.jiedao.persistence). */
    static final String FILE = "jiedao.properties";
    static final String URL = "database.url";
    static final String ROLE_PREFIX = "database.role-prefix";

    private final PersistenceService persistence;
    private final SecurityService security;
    private final OrgUnitService units;

    @Inject
    public ServerCommand(PersistenceService persistence, SecurityService security, OrgUnitService units) {
        this.persistence = persistence;
        this.security = security;
        this.units = units;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("init", this::init);
        subcommands.put("migrate", this::migrate);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("url", "role-prefix");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("demo");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof AccountException;
    }

    private int init(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        String url = line.option("url").orElseThrow(() -> CommandException.usage(Messages.Server_urlRequired)).strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw CommandException.usage(NLS.bind(Messages.Server_badUrl, url));
        }
        String prefix = line.option("role-prefix").map(String::strip).orElse("");
        if (!prefix.isEmpty() && !prefix.matches("[a-z][a-z0-9_]{0,15}")) {
            throw CommandException.usage(NLS.bind(Messages.Server_badPrefix, prefix));
        }
        Path folder = context.dataDirectory();
        if (Files.isDirectory(folder.resolve("database"))) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_hasEmbedded, folder));
        }
        Path file = folder.resolve(FILE);
        Path kept = folder.resolve(FILE + ".before-server-init");
        boolean done = false;
        try {
            Files.createDirectories(folder);
            if (Files.exists(file)) {
                Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
            }
            StringBuilder text = new StringBuilder("# Written by jiedao-cli server init: every officer signs in with their own name and\n"
                    + "# password, which the server checks. No password belongs in this file.\n");
            text.append(URL).append(" = ").append(url).append('\n');
            if (!prefix.isEmpty()) {
                text.append(ROLE_PREFIX).append(" = ").append(prefix).append('\n');
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);

            openAsOwner(context);
            if (security.hasUsers()) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_alreadyDone, url));
            }
            int exit;
            if (line.flag("demo")) {
                exit = InitCommand.demo(context, security, units);
            } else {
                String user = InitCommand.firstAdministrator(context, security);
                context.out().println(NLS.bind(Messages.Server_adminDone, user));
                exit = ExitCode.OK;
            }
            context.out().println(NLS.bind(Messages.Server_initDone, new Object[] { url, folder, file }));
            done = true;
            return exit;
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_cannotWrite, file, e.getMessage()), e);
        } catch (AuthenticationException e) {
            throw new CommandException(ExitCode.INTERNAL, e.getMessage(), e);
        } finally {
            if (!done) {
                // the data folder as it was
                try {
                    if (Files.exists(kept)) {
                        Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    context.err().println(NLS.bind(Messages.Server_cannotWrite, file, e.getMessage()));
                }
            } else {
                try {
                    Files.deleteIfExists(kept);
                } catch (IOException e) {
                    // a leftover copy of the old settings harms nothing
                }
            }
        }
    }

    private int migrate(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        if (!persistence.signsInAtServer()) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Server_notShared, context.dataDirectory()));
        }
        openAsOwner(context);
        context.out().println(NLS.bind(Messages.Server_migrated, persistence.database().url(),
                persistence.database().entityClasses().size()));
        return ExitCode.OK;
    }

    /** Connects as the schema's owner: the installed modules' migrations and the server's access rules. */
    private void openAsOwner(CommandContext context) throws CommandException {
        String owner = System.getenv("JIEDAO_DB_OWNER_USER");
        if (owner == null || owner.isBlank()) {
            owner = context.readLine(Messages.Server_ownerPrompt);
        }
        char[] password;
        String fromEnvironment = System.getenv("JIEDAO_DB_OWNER_PASSWORD");
        if (fromEnvironment != null) {
            password = fromEnvironment.toCharArray();
        } else {
            password = context.readSecret(Messages.Server_ownerPasswordPrompt);
        }
        if (owner == null || owner.isBlank() || password == null) {
            throw new CommandException(ExitCode.DENIED, Messages.Server_ownerNeeded);
        }
        try {
            persistence.openAsOwner(owner.strip(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
