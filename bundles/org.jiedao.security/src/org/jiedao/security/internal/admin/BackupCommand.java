package org.jiedao.security.internal.admin;

import java.nio.file.Path;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.persistence.BackupException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/**
 * {@code jiedao-cli backup DIR} and {@code jiedao-cli restore BACKUP-FOLDER}, for district
 * administrators. The backup is taken online: officers may keep working meanwhile. A restore into a data folder
 * without users (empty or new: a new machine) needs no sign-in; over a folder with users it needs a district
 * administrator of that folder (the command is declared {@code authenticated="false"} and signs in itself).
 */
public final class BackupCommand implements CliCommand {

    private final PersistenceService persistence;
    private final SecurityService security;

    @Inject
    public BackupCommand(PersistenceService persistence, SecurityService security) {
        this.persistence = persistence;
        this.security = security;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of(), Set.of());
        boolean restore = context.commandName().equals("restore");
        String folder = line.positional(0, restore ? "BACKUP-FOLDER" : "DIR");
        line.expectAtMost(1);
        if (restore && security.currentUser().isEmpty() && !security.hasUsers()) {
            // an empty or new data folder (a new machine after a disk failure): nothing to protect yet, no sign-in;
            // the backup's own users sign in afterwards
        } else if (restore) {
            context.signIn();
            requireAdministrator();
        } else {
            requireAdministrator();
        }
        try {
            if (restore) {
                persistence.restore(Path.of(folder));
                context.out().println(NLS.bind(Messages.Backup_restored, Path.of(folder).toAbsolutePath()));
            } else {
                context.out().println(NLS.bind(Messages.Backup_done, persistence.backup(Path.of(folder))));
            }
        } catch (BackupException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private void requireAdministrator() throws CommandException {
        if (!security.currentUserHas(Role.DISTRICT_ADMIN)) {
            throw new CommandException(ExitCode.DENIED, Messages.Backup_adminOnly);
        }
    }
}
