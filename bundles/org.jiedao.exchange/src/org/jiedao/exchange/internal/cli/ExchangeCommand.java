package org.jiedao.exchange.internal.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.text.LocalizedMessages;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ExportResult;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.FormatDescriptor;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;

/**
 * {@code jiedao-cli import FORMAT FILE}, {@code jiedao-cli export FORMAT FILE} and
 * {@code jiedao-cli formats [FORMAT]} (one class: the three share their options and messages).
 *
 * <p>Exit codes: 0 done; 2 usage (unknown format, option or filter); 3 invalid data, nothing
 * written (rows with problems, or a file that cannot be read as the format); 4 not permitted;
 * 5 some rows rejected to the rejects file, the valid ones imported; 1 the file could not be
 * written or the database refused the rows.
 */
public final class ExchangeCommand implements CliCommand {

    /** Problems printed on the terminal; the rest are counted (the rejects file has all). */
    static final int PRINTED_PROBLEMS = 50;

    private final ExchangeService exchange;

    @Inject
    public ExchangeCommand(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        return switch (context.commandName()) {
        case "import" -> importFile(context);
        case "export" -> exportFile(context);
        default -> formats(context);
        };
    }

    private int formats(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of("format"), Set.of());
        TextTable.Format output = TextTable.Format.parse(line.option("format").orElse("table"));
        boolean zh = LocalizedMessages.isChinese(context.locale());
        if (line.positional().isEmpty()) {
            TextTable table = new TextTable(List.of("id", "name", "import", "export", "module"),
                    List.of(Messages.Formats_id, Messages.Formats_name, Messages.Formats_import,
                            Messages.Formats_export, Messages.Formats_module));
            for (FormatDescriptor f : exchange.formats()) {
                table.add(f.id(), f.name(), yes(f.importable(), zh), yes(f.exportable(), zh), f.contributor());
            }
            table.print(context.out(), output);
            return ExitCode.OK;
        }
        line.expectAtMost(1);
        FormatDescriptor f = descriptor(line.positional(0, "FORMAT"));
        PrintWriter out = context.out();
        if (output == TextTable.Format.TABLE) {
            out.println(f.id() + " — " + f.name());
            if (!f.description().isBlank()) {
                out.println(f.description());
            }
            out.println();
        }
        TextTable table = new TextTable(List.of("key", "header", "required", "accepts"), List.of(Messages.Formats_key,
                Messages.Formats_header, Messages.Formats_required, Messages.Formats_accepts));
        for (Column<?> c : f.format().columns()) {
            table.add(c.key(), c.chinese(), yes(c.isRequired(), zh), c.type().describe(context.locale()));
        }
        table.print(out, output);
        if (output == TextTable.Format.TABLE && f.format() instanceof ExportableFormat e && !e.filters().isEmpty()) {
            out.println();
            out.println(Messages.Formats_filters);
            for (ExportFilter filter : e.filters()) {
                out.println("  --" + filter.name() + "  " + filter.description());
            }
        }
        return ExitCode.OK;
    }

    private static String yes(boolean value, boolean zh) {
        return value ? (zh ? "是" : "yes") : (zh ? "否" : "no");
    }

    private FormatDescriptor descriptor(String id) throws CommandException {
        Optional<FormatDescriptor> f = exchange.format(id);
        if (f.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Cli_unknownFormat, id,
                    String.join(", ", exchange.formats().stream().map(FormatDescriptor::id).toList())));
        }
        return f.get();
    }

    private static Charset charset(CommandLine line) throws CommandException {
        Optional<String> name = line.option("encoding");
        if (name.isEmpty()) {
            return null;
        }
        String n = name.get().equalsIgnoreCase("gbk") ? "GB18030" : name.get();
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_unknownEncoding, name.get()));
        }
    }

    private int importFile(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of("skip-invalid", "sheet", "encoding"),
                Set.of("dry-run", "ignore-unknown-columns"));
        line.expectAtMost(2);
        String formatId = line.positional(0, "FORMAT");
        Path file = Path.of(line.positional(1, "FILE"));
        descriptor(formatId);
        ImportOptions options = ImportOptions.defaults().withDryRun(line.flag("dry-run"))
                .withRejectsFile(line.option("skip-invalid").map(Path::of).orElse(null)).withSheet(line.option("sheet").orElse(null))
                .withCharset(charset(line)).withIgnoreUnknownColumns(line.flag("ignore-unknown-columns"));
        if (options.dryRun() && options.rejectsFile().isPresent()) {
            // a dry run with a rejects file writes the rejected rows and nothing else: allowed
        }
        ImportResult result;
        try {
            result = exchange.importFile(formatId, file, options, monitor(context));
        } catch (ExchangeException e) {
            throw failure(e);
        }
        PrintWriter err = context.err();
        for (String warning : result.warnings()) {
            err.println(warning);
        }
        int printed = 0;
        for (Problem p : result.problems()) {
            if (printed++ >= PRINTED_PROBLEMS) {
                break;
            }
            err.println(location(p) + p.message());
        }
        if (result.problemCount() > Math.min(printed, PRINTED_PROBLEMS)) {
            err.println(NLS.bind(Messages.Cli_moreProblems, result.problemCount() - Math.min(printed, PRINTED_PROBLEMS)));
        }
        PrintWriter out = context.out();
        switch (result.status()) {
        case IMPORTED:
            out.println(NLS.bind(Messages.Cli_imported, result.rowsWritten(), formatId));
            return ExitCode.OK;
        case VALID:
            out.println(NLS.bind(Messages.Cli_valid, result.rowsRead()));
            return ExitCode.OK;
        case PARTIAL:
            out.println(NLS.bind(Messages.Cli_partial, new Object[] { result.rowsWritten(), result.rowsRead() - result.rowsValid(),
                    result.rejectsFile().map(Path::toString).orElse("-") }));
            return ExitCode.PARTIAL;
        default:
            if (options.dryRun()) {
                out.println(NLS.bind(Messages.Cli_invalidDry, result.rowsRead() - result.rowsValid(), result.rowsRead()));
            } else {
                out.println(NLS.bind(Messages.Cli_invalid, result.rowsRead() - result.rowsValid(), result.rowsRead()));
            }
            return ExitCode.INVALID_DATA;
        }
    }

    static String location(Problem p) {
        String where = p.sheet().isEmpty() ? NLS.bind(Messages.Cli_row, p.row()) : NLS.bind(Messages.Cli_sheetRow, p.sheet(), p.row());
        return where + p.header().map(h -> NLS.bind(Messages.Cli_column, h)).orElse("") + Messages.Cli_separator;
    }

    private int exportFile(CommandContext context) throws CommandException {
        // the format's filters are options too: find the format first
        String formatId = context.arguments().stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_missing, "FORMAT")));
        FormatDescriptor descriptor = descriptor(formatId);
        List<String> filterNames = new ArrayList<>();
        if (descriptor.format() instanceof ExportableFormat e) {
            e.filters().forEach(f -> filterNames.add(f.name()));
        }
        List<String> withValue = new ArrayList<>(List.of("headers", "encoding"));
        withValue.addAll(filterNames);
        CommandLine line = CommandLine.parse(context.arguments(), withValue, Set.of());
        line.expectAtMost(2);
        Path file = Path.of(line.positional(1, "FILE"));
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            line.option(name).ifPresent(v -> filters.put(name, v));
        }
        String headers = line.option("headers").orElse(LocalizedMessages.isChinese(context.locale()) ? "chinese" : "keys");
        if (!headers.equals("chinese") && !headers.equals("keys")) {
            throw CommandException.usage(NLS.bind(Messages.Cli_badHeaders, headers));
        }
        ExportOptions options = new ExportOptions(filters, headers.equals("chinese"), Optional.ofNullable(charset(line)));
        try {
            ExportResult result = exchange.exportFile(formatId, file, options, monitor(context));
            context.out().println(NLS.bind(Messages.Cli_exported, result.rows(), result.file()));
            return ExitCode.OK;
        } catch (ExchangeException e) {
            throw failure(e);
        }
    }

    private static CommandException failure(ExchangeException e) {
        int code = switch (e.kind()) {
        case UNKNOWN_FORMAT -> ExitCode.USAGE;
        case DENIED -> ExitCode.DENIED;
        case IO, WRITE_FAILED, CANCELLED -> ExitCode.FAILURE;
        default -> ExitCode.INVALID_DATA;
        };
        return new CommandException(code, e.getMessage());
    }

    /** Progress on the terminal (standard error), only when there is one. */
    private static IProgressMonitor monitor(CommandContext context) {
        if (System.console() == null) {
            return new NullProgressMonitor();
        }
        PrintWriter err = context.err();
        return new NullProgressMonitor() {
            private long last;
            private String lastKind = "";

            /** Counts at most twice a second; a new step ("Writing ...") at once. */
            @Override
            public void subTask(String name) {
                long now = System.nanoTime();
                String kind = name.replaceAll("[0-9,]", "");
                if (now - last > 500_000_000L || !kind.equals(lastKind)) {
                    last = now;
                    lastKind = kind;
                    err.print("\r" + name + "   ");
                    err.flush();
                }
            }

            @Override
            public void done() {
                if (last != 0) {
                    err.print("\r");
                    err.flush();
                }
            }
        };
    }
}
