package org.jiedao.cli.internal;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;

/** {@code jiedao-cli modules list}: the installed modules. */
public final class ModulesCommand extends SubcommandCommand {

    private final ModuleRegistry registry;

    @Inject
    public ModulesCommand(ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        return Map.of("list", this::list);
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<ModuleDescriptor> modules = registry.getModules();
        TextTable table = new TextTable(List.of("id", "name", "version", "category", "bundle"),
                List.of(Messages.Modules_header_id, Messages.Modules_header_name, Messages.Modules_header_version,
                        Messages.Modules_header_category, Messages.Modules_header_bundle));
        for (ModuleDescriptor module : modules) {
            table.add(module.id(), module.name(), module.version(),
                    format == TextTable.Format.TABLE ? module.category().name() : module.category().id(),
                    module.contributor());
        }
        table.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Modules_count, modules.size()));
        }
        return ExitCode.OK;
    }
}
