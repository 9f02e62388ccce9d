package org.jiedao.security.internal.org;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitChange;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DatabaseUnavailableException;

/** {@code jiedao-cli org-units list|create|rename|move|history}. */
public final class OrgUnitsCommand extends SubcommandCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final OrgUnitService units;

    @Inject
    public OrgUnitsCommand(OrgUnitService units) {
        this.units = units;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("list", this::list);
        subcommands.put("create", this::create);
        subcommands.put("rename", this::rename);
        subcommands.put("move", this::move);
        subcommands.put("history", this::history);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "level", "parent", "under");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof OrgUnitException;
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<OrgUnit> list = line.option("under").isPresent() ? units.subtree(line.option("under").get()) : units.list();
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("code", "name", "level", "parent", "path"), List.of(Messages.Header_code,
                Messages.Header_name, Messages.Header_level, Messages.Header_parent, Messages.Header_path));
        int top = list.isEmpty() ? 0 : list.get(0).depth();
        for (OrgUnit unit : list) {
            String name = table ? "  ".repeat(unit.depth() - top) + unit.name() : unit.name();
            out.add(unit.code(), name, table ? unit.level().displayName(Locale.getDefault()) : unit.level().key(),
                    unit.parentCode().orElse(""), unit.path());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cmd_count, list.size()));
        }
        return ExitCode.OK;
    }

    private int create(CommandContext context, CommandLine line) throws CommandException {
        String code = line.positional(1, "CODE");
        String name = line.positional(2, "NAME");
        line.expectAtMost(3);
        String levelText = line.option("level").orElseThrow(() -> CommandException.usage(Messages.Cmd_levelRequired));
        OrgLevel level = OrgLevel.parse(levelText)
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cmd_unknownLevel, levelText)));
        OrgUnit unit = units.create(code, name, level, line.option("parent").orElse(null));
        context.out().println(NLS.bind(Messages.Cmd_created,
                new Object[] { unit.code(), unit.name(), unit.level().displayName(Locale.getDefault()) }));
        return ExitCode.OK;
    }

    private int rename(CommandContext context, CommandLine line) throws CommandException {
        String code = line.positional(1, "CODE");
        String name = line.positional(2, "NEW-NAME");
        line.expectAtMost(3);
        OrgUnit unit = units.rename(code, name);
        context.out().println(NLS.bind(Messages.Cmd_renamed, unit.code(), unit.name()));
        return ExitCode.OK;
    }

    private int move(CommandContext context, CommandLine line) throws CommandException {
        String code = line.positional(1, "CODE");
        line.expectAtMost(2);
        String parent = line.option("parent").orElseThrow(() -> CommandException.usage(Messages.Cmd_parentRequired));
        OrgUnit unit = units.move(code, parent);
        OrgUnit newParent = units.find(parent).orElseThrow();
        context.out().println(NLS.bind(Messages.Cmd_moved,
                new Object[] { unit.code(), unit.name(), newParent.code(), newParent.name() }));
        return ExitCode.OK;
    }

    private int history(CommandContext context, CommandLine line) throws CommandException {
        String code = line.positional(1, "CODE");
        line.expectAtMost(2);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable out = new TextTable(List.of("code", "change", "before", "after", "at_utc", "by"), List.of(Messages.Header_code,
                Messages.Header_kind, Messages.Header_old, Messages.Header_new, Messages.Header_at, Messages.Header_by));
        for (OrgUnitChange change : units.history(code)) {
            String kind = format == TextTable.Format.TABLE ? kindName(change.kind()) : change.kind().name().toLowerCase(Locale.ROOT);
            out.add(change.code(), kind, change.oldValue(), change.newValue(), TIME.format(change.at()), change.by());
        }
        out.print(context.out(), format);
        return ExitCode.OK;
    }

    private static String kindName(OrgUnitChange.Kind kind) {
        return switch (kind) {
        case CREATED -> Messages.Kind_CREATED;
        case RENAMED -> Messages.Kind_RENAMED;
        case MOVED -> Messages.Kind_MOVED;
        };
    }
}
