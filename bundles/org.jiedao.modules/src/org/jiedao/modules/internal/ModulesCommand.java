package org.jiedao.modules.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.modules.ChangeResult;
import org.jiedao.modules.ModuleException;
import org.jiedao.modules.ModuleFeature;
import org.jiedao.modules.ModuleManager;
import org.jiedao.modules.ProfileState;
import org.jiedao.modules.TrustedKey;

/**
 * {@code jiedao-cli modules list | available | install | update | uninstall | history | revert |
 * repositories | trust | keys}. Reading needs no sign-in; every change signs in and is for district
 * administrators. Exit codes: 0 done (or nothing to change), 1 refused or failed (the message says
 * which module and why; nothing was changed), 2 usage, 3 invalid input (an address or key file), 4
 * access denied, 70 internal error.
 */
public final class ModulesCommand extends SubcommandCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ModuleManager manager;
    private final ModuleRegistry registry;

    /** @param manager null in a runtime without p2 (e.g. a test runtime): then only {@code list} works */
    @Inject
    public ModulesCommand(@Optional ModuleManager manager, ModuleRegistry registry) {
        this.manager = manager;
        this.registry = registry;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("list", this::list);
        subcommands.put("available", this::available);
        subcommands.put("install", this::install);
        subcommands.put("update", this::update);
        subcommands.put("uninstall", this::uninstall);
        subcommands.put("history", this::history);
        subcommands.put("revert", this::revert);
        subcommands.put("repositories", this::repositories);
        subcommands.put("trust", this::trust);
        subcommands.put("keys", this::keys);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "repository");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return false;
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        if (manager == null || !manager.isManaged()) {
            return listDeclared(context, format);
        }
        List<ModuleFeature> features = manager.installed(context.locale());
        printFeatures(context, format, features);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_installedCount, features.size()));
        }
        return ExitCode.OK;
    }

    /** A development or test runtime has no p2 profile: what the running bundles declare. */
    private int listDeclared(CommandContext context, TextTable.Format format) {
        List<ModuleDescriptor> modules = registry.getModules();
        TextTable table = new TextTable(List.of("id", "name", "version", "category", "bundle"),
                List.of(Messages.Cli_header_id, Messages.Cli_header_name, Messages.Cli_header_version,
                        Messages.Cli_header_category, Messages.Cli_header_bundle));
        for (ModuleDescriptor module : modules) {
            table.add(module.id(), module.name(), module.version(),
                    format == TextTable.Format.TABLE ? module.category().name() : module.category().id(),
                    module.contributor());
        }
        table.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(Messages.Cli_notManagedList);
            context.out().println(NLS.bind(Messages.Cli_installedCount, modules.size()));
        }
        return ExitCode.OK;
    }

    private void printFeatures(CommandContext context, TextTable.Format format, List<ModuleFeature> features) {
        TextTable table = new TextTable(List.of("id", "name", "version", "vendor", "description"),
                List.of(Messages.Cli_header_id, Messages.Cli_header_name, Messages.Cli_header_version,
                        Messages.Cli_header_vendor, Messages.Cli_header_description));
        for (ModuleFeature feature : features) {
            String description = feature.description().replaceAll("\\s+", " ");
            if (format == TextTable.Format.TABLE && description.length() > 60) {
                description = description.substring(0, 59) + "…";
            }
            table.add(feature.id(), feature.name(), feature.version(), feature.vendor(), description);
        }
        table.print(context.out(), format);
    }

    private int available(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<URI> extra = extraRepositories(line);
        List<ModuleFeature> features = call(() -> manager.available(extra, context.locale(),
                new NullProgressMonitor()));
        printFeatures(context, format, features);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_availableCount, features.size()));
        }
        return ExitCode.OK;
    }

    private int install(CommandContext context, CommandLine line) throws CommandException {
        List<String> ids = ids(line, true);
        context.signIn();
        List<URI> extra = extraRepositories(line);
        return report(context, call(() -> manager.install(ids, extra, context.locale(), new NullProgressMonitor())),
                Messages.Cli_alreadyThere);
    }

    private int update(CommandContext context, CommandLine line) throws CommandException {
        List<String> ids = ids(line, false);
        context.signIn();
        if (line.option("repository").isPresent()) {
            // the update looks in the configured repositories; an extra one is added for good
            for (URI uri : extraRepositories(line)) {
                call(() -> {
                    manager.addRepository(uri);
                    return null;
                });
            }
        }
        return report(context, call(() -> manager.update(ids, context.locale(), new NullProgressMonitor())),
                Messages.Cli_upToDate);
    }

    private int uninstall(CommandContext context, CommandLine line) throws CommandException {
        List<String> ids = ids(line, true);
        context.signIn();
        return report(context, call(() -> manager.uninstall(ids, context.locale(), new NullProgressMonitor())),
                Messages.Cli_alreadyThere);
    }

    private int history(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable table = new TextTable(List.of("state", "time", "modules", "current"),
                List.of(Messages.Cli_header_state, Messages.Cli_header_time, Messages.Cli_header_modules, ""));
        for (ProfileState state : call(manager::history)) {
            table.add(Long.toString(state.timestamp()), TIME.format(state.time()), String.join(", ", state.modules()),
                    state.current() ? Messages.Cli_current : "");
        }
        table.print(context.out(), format);
        return ExitCode.OK;
    }

    private int revert(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(2);
        long state = 0;
        if (line.positional().size() > 1) {
            try {
                state = Long.parseLong(line.positional().get(1));
            } catch (NumberFormatException e) {
                throw new CommandException(ExitCode.USAGE, NLS.bind(Messages.Cli_badState, line.positional().get(1)));
            }
        }
        context.signIn();
        long chosen = state;
        return report(context, call(() -> manager.revert(chosen, context.locale(), new NullProgressMonitor())),
                Messages.Cli_alreadyThere);
    }

    private int repositories(CommandContext context, CommandLine line) throws CommandException {
        List<String> args = line.positional();
        if (args.size() == 1) {
            TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
            List<URI> uris = call(manager::repositories);
            if (uris.isEmpty() && format == TextTable.Format.TABLE) {
                context.out().println(Messages.Cli_noRepositories);
                return ExitCode.OK;
            }
            TextTable table = new TextTable(List.of("repository"), List.of(Messages.Cli_header_repository));
            uris.forEach(u -> table.add(u.toString()));
            table.print(context.out(), format);
            return ExitCode.OK;
        }
        String action = args.get(1);
        if (!action.equals("add") && !action.equals("remove")) {
            throw CommandException.usage(NLS.bind(org.jiedao.modules.internal.Messages.Cli_badUri, action));
        }
        if (args.size() != 3) {
            line.positional(2, "URL");
            line.expectAtMost(3);
        }
        URI uri = uri(args.get(2));
        context.signIn();
        call(() -> {
            if (action.equals("add")) {
                manager.addRepository(uri);
            } else {
                manager.removeRepository(uri);
            }
            return null;
        });
        context.out().println(NLS.bind(action.equals("add") ? Messages.Cli_repositoryAdded : Messages.Cli_repositoryRemoved, uri));
        return ExitCode.OK;
    }

    private int trust(CommandContext context, CommandLine line) throws CommandException {
        String file = line.positional(1, "KEYFILE");
        line.expectAtMost(2);
        String armored;
        try {
            armored = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_cannotReadKeyFile, file, e.getMessage()));
        }
        context.signIn();
        List<TrustedKey> added;
        try {
            added = call(() -> manager.trust(armored));
        } catch (CommandException e) {
            throw new CommandException(ExitCode.INVALID_DATA, e.getMessage(), e);
        }
        if (added.isEmpty()) {
            context.out().println(Messages.Cli_keyAlreadyTrusted);
        }
        for (TrustedKey key : added) {
            context.out().println(NLS.bind(Messages.Cli_keyTrusted, key.userId() + " " + key.fingerprint()));
        }
        return ExitCode.OK;
    }

    private int keys(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable table = new TextTable(List.of("fingerprint", "user", "source"),
                List.of(Messages.Cli_header_fingerprint, Messages.Cli_header_user, Messages.Cli_header_source));
        for (TrustedKey key : call(manager::trustedKeys)) {
            table.add(key.fingerprint(), key.userId(), key.source());
        }
        table.print(context.out(), format);
        return ExitCode.OK;
    }

    // ---- helpers

    private static List<String> ids(CommandLine line, boolean required) throws CommandException {
        if (required) {
            line.positional(1, "ID");
        }
        return List.copyOf(line.positional().subList(1, line.positional().size()));
    }

    private static List<URI> extraRepositories(CommandLine line) throws CommandException {
        List<URI> uris = new ArrayList<>();
        if (line.option("repository").isPresent()) {
            for (String part : line.option("repository").get().split(",")) {
                if (!part.isBlank()) {
                    uris.add(uri(part.strip()));
                }
            }
        }
        return uris;
    }

    static URI uri(String text) throws CommandException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("file") || scheme.equals("http") || scheme.equals("https") || scheme.equals("jar")) {
                return uri;
            }
            if (scheme.isEmpty() && Files.isDirectory(Path.of(text))) {
                return Path.of(text).toAbsolutePath().toUri();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // reported below
        }
        throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_badUri, text));
    }

    private int report(CommandContext context, ChangeResult result, String nothingReason) {
        if (result.nothingChanged()) {
            context.out().println(NLS.bind(Messages.Cli_nothingChanged, nothingReason));
            return ExitCode.OK;
        }
        result.changes().forEach(context.out()::println);
        if (result.backup() != null) {
            context.out().println(NLS.bind(Messages.Cli_backup, result.backup()));
        } else {
            context.out().println(Messages.Cli_noBackupShared);
        }
        if (result.restartRequired()) {
            context.out().println(Messages.Cli_restart);
        }
        return ExitCode.OK;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run();
    }

    /** Module refusals exit 1 with their plain message; cancelling too. */
    private <T> T call(Call<T> call) throws CommandException {
        if (manager == null) {
            throw new CommandException(ExitCode.FAILURE, Messages.Modules_notManaged);
        }
        try {
            return call.run();
        } catch (ModuleException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException(ExitCode.FAILURE, Messages.Cli_cancelled, e);
        }
    }
}
