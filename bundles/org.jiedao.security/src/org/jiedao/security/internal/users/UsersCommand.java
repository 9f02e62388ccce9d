package org.jiedao.security.internal.users;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;

/**
 * {@code jiedao-cli users list | add | passwd}: only district administrators change users. {@code list} shows the
 * users within the signed-in user's scope: everyone to a district administrator and an auditor (whose scope is the
 * whole installation), to a street officer or community worker only the users of units under their own unit (not
 * the district's administrators and auditors, who have no unit) ({@link SecurityService#usersInScope()}).
 */
public final class UsersCommand extends SubcommandCommand {

    private final SecurityService security;

    @Inject
    public UsersCommand(SecurityService security) {
        this.security = security;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("list", this::list);
        subcommands.put("add", this::add);
        subcommands.put("passwd", this::passwd);
        subcommands.put("disable", (context, line) -> enable(context, line, false));
        subcommands.put("enable", (context, line) -> enable(context, line, true));
        subcommands.put("set", this::set);
        subcommands.put("permissions", this::permissions);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "name", "role", "unit");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof AccountException;
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable table = new TextTable(List.of("username", "name", "role", "unit"),
                List.of(Messages.Header_username, Messages.Header_displayName, Messages.Header_role, Messages.Header_unit));
        for (UserAccount user : security.usersInScope()) {
            table.add(user.username(), user.displayName(),
                    format == TextTable.Format.TABLE ? user.role().displayName(Locale.getDefault()) : user.role().key(),
                    user.unitCode().orElse(""));
        }
        table.print(context.out(), format);
        return ExitCode.OK;
    }

    private int add(CommandContext context, CommandLine line) throws CommandException {
        requireAdministrator();
        String username = line.positional(1, "USER");
        line.expectAtMost(2);
        String roleText = line.option("role").orElseThrow(() -> CommandException.usage(Messages.Users_roleRequired));
        Role role = Role.parse(roleText).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Users_unknownRole, roleText)));
        char[] password = newPassword(context, username);
        try {
            UserAccount user = security.createUser(username, line.option("name").orElse(username), role,
                    line.option("unit").orElse(null), password);
            context.out().println(NLS.bind(Messages.Users_added, user.username(), user.role().displayName(Locale.getDefault())));
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCode.OK;
    }

    private int enable(CommandContext context, CommandLine line, boolean enabled) throws CommandException {
        requireAdministrator();
        String username = line.positional(1, "USER");
        line.expectAtMost(2);
        security.setEnabled(username, enabled);
        context.out().println(NLS.bind(enabled ? Messages.Users_enabled : Messages.Users_disabled, username));
        return ExitCode.OK;
    }

    private int set(CommandContext context, CommandLine line) throws CommandException {
        requireAdministrator();
        String username = line.positional(1, "USER");
        line.expectAtMost(2);
        String roleText = line.option("role").orElseThrow(() -> CommandException.usage(Messages.Users_setNothing));
        Role role = Role.parse(roleText).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Users_unknownRole, roleText)));
        UserAccount user = security.changeRole(username, role, line.option("unit").orElse(null));
        context.out().println(NLS.bind(Messages.Users_changed, new Object[] { user.username(),
                user.role().displayName(Locale.getDefault()), user.unitCode().map(u -> " " + u).orElse("") }));
        return ExitCode.OK;
    }

    private int passwd(CommandContext context, CommandLine line) throws CommandException {
        String username = line.positional(1, "USER");
        line.expectAtMost(2);
        UserAccount me = security.currentUser().orElseThrow();
        if (!me.username().equals(username)) {
            requireAdministrator();
        }
        char[] password = newPassword(context, username);
        try {
            security.setPassword(username, password);
            context.out().println(NLS.bind(Messages.Users_passwordSet, username));
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCode.OK;
    }

    private int permissions(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable table = new TextTable(List.of("id", "name", "roles", "bundle"),
                List.of(Messages.Header_permission, Messages.Header_displayName, Messages.Header_roles, Messages.Header_bundle));
        for (org.jiedao.core.security.Permission permission : security.permissions()) {
            List<String> roles = new java.util.ArrayList<>();
            roles.add(format == TextTable.Format.TABLE ? Role.DISTRICT_ADMIN.displayName(Locale.getDefault()) : Role.DISTRICT_ADMIN.key());
            for (Role role : Role.values()) {
                if (role != Role.DISTRICT_ADMIN && permission.roles().contains(role)) {
                    roles.add(format == TextTable.Format.TABLE ? role.displayName(Locale.getDefault()) : role.key());
                }
            }
            table.add(permission.id(), permission.name(), String.join(",", roles), permission.contributor());
        }
        table.print(context.out(), format);
        return ExitCode.OK;
    }

    /** JIEDAO_NEW_PASSWORD for scripts, else asked twice. */
    private static char[] newPassword(CommandContext context, String username) throws CommandException {
        String fromEnvironment = System.getenv("JIEDAO_NEW_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        char[] first = context.readSecret(NLS.bind(Messages.Users_newPasswordPrompt, username));
        char[] second = context.readSecret(Messages.Init_repeatPrompt);
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandException(ExitCode.INVALID_DATA, Messages.Init_mismatch);
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private void requireAdministrator() throws CommandException {
        if (!security.currentUserHas(Role.DISTRICT_ADMIN)) {
            throw new CommandException(ExitCode.DENIED, Messages.Users_adminOnly);
        }
    }
}
