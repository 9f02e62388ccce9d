package org.jiedao.reports.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;

/**
 * {@code jiedao-cli report list [--format table|tsv|json]} and
 * {@code jiedao-cli report print ID --out FILE.pdf [--param name=value ...]}. Not a
 * {@link org.jiedao.core.cli.SubcommandCommand}: {@code --param} may be given several times,
 * which {@link CommandLine} (one value per option) does not keep.
 */
public final class ReportCommand implements CliCommand {

    private static final List<String> SUBCOMMANDS = List.of("list", "print");

    private final ReportService reports;

    @Inject
    public ReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        List<String> rest = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> arguments = context.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("--")) {
                rest.addAll(arguments.subList(i, arguments.size()));
                break;
            }
            String value;
            if (arg.equals("--param")) {
                if (i + 1 >= arguments.size()) {
                    throw CommandException.usage(Messages.Cli_badParam.replace("{0}", ""));
                }
                value = arguments.get(++i);
            } else if (arg.startsWith("--param=")) {
                value = arg.substring("--param=".length());
            } else {
                rest.add(arg);
                continue;
            }
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw CommandException.usage(NLS.bind(Messages.Cli_badParam, value));
            }
            parameters.put(value.substring(0, eq).strip(), value.substring(eq + 1));
        }
        CommandLine line = CommandLine.parse(rest, Set.of("format", "out"), Set.of());
        String sub = line.subcommand(context.commandName(), SUBCOMMANDS);
        try {
            return sub.equals("list") ? list(context, line) : print(context, line, parameters);
        } catch (ReportException e) {
            int code = switch (e.reason()) {
            case UNKNOWN_REPORT, BAD_PARAMETER -> ExitCode.USAGE;
            case DENIED -> ExitCode.DENIED;
            case FAILED -> ExitCode.FAILURE;
            };
            throw new CommandException(code, e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new CommandException(ExitCode.DENIED, e.getMessage(), e);
        } catch (DatabaseUnavailableException e) {
            throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<ReportDescriptor> visible = reports.visibleReports();
        TextTable table = new TextTable(List.of("id", "name", "module"), List.of(Messages.Cli_headerId, Messages.Cli_headerName, Messages.Cli_headerModule));
        for (ReportDescriptor report : visible) {
            table.add(report.id(), report.name(), report.moduleId());
        }
        if (format == TextTable.Format.TABLE && visible.isEmpty()) {
            context.out().println(Messages.Cli_noReports);
            return ExitCode.OK;
        }
        table.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println(NLS.bind(Messages.Cli_listed, visible.size()));
        }
        return ExitCode.OK;
    }

    private int print(CommandContext context, CommandLine line, Map<String, String> parameters) throws CommandException {
        String id = line.positional(1, "ID");
        line.expectAtMost(2);
        String out = line.option("out").orElseThrow(() -> CommandException.usage(Messages.Cli_outMissing));
        Path file = Path.of(out).toAbsolutePath();
        ReportDocument document = reports.build(id, parameters, context.locale());
        LaidOutReport laidOut = reports.layout(document);
        reports.writePdf(laidOut, file);
        context.out().println(NLS.bind(Messages.Cli_written, file, laidOut.pageCount()));
        return ExitCode.OK;
    }
}
