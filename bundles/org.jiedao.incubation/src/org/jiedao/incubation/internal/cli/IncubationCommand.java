package org.jiedao.incubation.internal.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.DeskAllocation;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.Round;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.incubation.internal.IncubationSupport;
import org.jiedao.incubation.internal.Messages;
import org.jiedao.incubation.internal.YearSummary;
import org.jiedao.reports.ReportService;

/**
 * {@code jiedao-cli incubation coverage|projects|desks|allocate|match|explain|summary}. A rule the
 * module refuses exits with {@link ExitCode#INVALID_DATA} (3).
 */
public final class IncubationCommand extends SubcommandCommand {

    private final IncubationRegistry registry;
    private final IncubationDesks desks;
    private final IncubationSelection selection;
    private final IncubationQueries queries;
    private final IncubationSupport support;
    private final ReportService reports;

    @Inject
    public IncubationCommand(IncubationRegistry registry, IncubationDesks desks, IncubationSelection selection, IncubationQueries queries,
            IncubationSupport support, ReportService reports) {
        this.registry = registry;
        this.desks = desks;
        this.selection = selection;
        this.queries = queries;
        this.support = support;
        this.reports = reports;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> s = new LinkedHashMap<>();
        s.put("coverage", this::coverage);
        s.put("projects", this::projects);
        s.put("desks", this::desks);
        s.put("allocate", this::allocate);
        s.put("match", this::match);
        s.put("explain", this::explain);
        s.put("summary", this::summary);
        return s;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "street", "on", "community", "status", "incubator", "student", "school", "from", "to", "project", "graduation-year",
                "round", "year", "pdf");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("confirm");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof IncubationException || e instanceof ConcurrentChangeException;
    }

    private int coverage(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        LocalDate on = date(line, "on", LocalDate.now());
        List<Coverage> list = queries.coverage(line.option("street").orElse(null), on);
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("street", "on", "covered", "communities", "deadline", "days_left", "missing"),
                List.of(Messages.Col_street, Messages.Col_on, Messages.Col_covered, Messages.Col_communities, Messages.Col_deadline,
                        Messages.Col_daysLeft, Messages.Col_missing));
        for (Coverage c : list) {
            out.add(table ? c.streetName() : c.streetCode(), c.on(), c.covered(), c.communities(), c.deadline(), c.deadline() == null ? null
                    : c.daysLeft(), String.join(table ? "、" : ",", c.missing()));
        }
        out.print(context.out(), format);
        return ExitCode.OK;
    }

    private int projects(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        ProjectStatus status = null;
        if (line.option("status").isPresent()) {
            status = ProjectStatus.parse(line.option("status").get()).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_status,
                    line.option("status").get())));
        }
        List<Project> list = registry.projects(line.option("community").orElse(null), status);
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("code", "name", "founder", "phone", "sector", "student", "excellent", "community", "entry_date",
                "exit_date", "status"), List.of(Messages.Col_code, Messages.Col_name, Messages.Col_founder, Messages.Col_phone, Messages.Col_sector,
                        Messages.Col_student, Messages.Col_excellent, Messages.Col_community, Messages.Col_entryDate, Messages.Col_exitDate,
                        Messages.Col_status));
        for (Project p : list) {
            out.add(p.code(), p.name(), p.founder(), p.phone(), p.sector(), yes(p.student(), table), yes(p.excellent(), table),
                    table ? p.communityName() : p.communityCode(), p.entryDate(), p.exitDate(),
                    table ? p.status().displayName(context.locale()) : p.status().key());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, list.size()));
        }
        return ExitCode.OK;
    }

    private int desks(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        String incubator = need(line, "incubator");
        LocalDate on = date(line, "on", LocalDate.now());
        List<DeskAllocation> list = desks.allocations(incubator, on);
        int reserved = registry.incubators().stream().filter(i -> i.name().equals(incubator.strip())).mapToInt(i -> i.reservedDesks()).sum();
        TextTable out = new TextTable(List.of("id", "student", "school", "graduation_year", "project", "from", "to"), List.of(Messages.Col_id,
                Messages.Col_student, Messages.Col_school, Messages.Col_graduationYear, Messages.Col_project, Messages.Col_from, Messages.Col_to));
        for (DeskAllocation d : list) {
            out.add(d.id(), d.student(), d.school(), d.graduationYear(), d.project(), d.from(), d.to());
        }
        out.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_desks, new Object[] { incubator.strip(), on, list.size(), reserved }));
        }
        return ExitCode.OK;
    }

    private int allocate(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        String project = line.option("project").orElse(null);
        Integer year = null;
        if (line.option("graduation-year").isPresent()) {
            year = (int) number(line.option("graduation-year").get(), "--graduation-year");
        } else if (project != null) {
            year = registry.projects(null, null).stream().filter(p -> p.code().equals(project.strip())).findFirst().map(Project::graduationYear)
                    .orElse(null);
        }
        if (year == null) {
            throw new CommandException(ExitCode.INVALID_DATA, Messages.Cli_graduationYear);
        }
        long id = desks.allocate(new DeskRequest(need(line, "incubator"), need(line, "student"), need(line, "school"), year, project,
                date(line, "from", null), date(line, "to", null)));
        context.out().println(NLS.bind(Messages.Cli_allocated, id));
        return ExitCode.OK;
    }

    private int match(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        String round = need(line, "round");
        List<MatchRow> rows;
        if (line.flag("confirm")) {
            Round r = selection.rounds().stream().filter(x -> x.name().equals(round.strip())).findFirst()
                    .orElseThrow(() -> new IncubationException(NLS.bind(Messages.Refused_noRound, round)));
            if (r.status() == RoundStatus.RUN) {
                selection.review(round); // the officer saw this result: the run before printed it
            }
            selection.confirm(round, LocalDate.now());
            rows = selection.result(round);
            context.err().println(NLS.bind(Messages.Cli_confirmed, round.strip()));
        } else {
            rows = selection.run(round);
        }
        boolean table = format == TextTable.Format.TABLE;
        Map<String, String> names = support.names();
        TextTable out = new TextTable(List.of("round", "project", "community", "project_rank", "community_rank"), List.of(Messages.Col_round,
                Messages.Col_project, Messages.Col_community, Messages.Col_projectRank, Messages.Col_communityRank));
        for (MatchRow m : rows) {
            out.add(m.round(), m.project(), m.community() == null ? null : table ? names.getOrDefault(m.community(), m.community()) : m.community(),
                    m.projectRank(), m.communityRank());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_matched, rows.stream().filter(m -> m.community() != null).count(), rows.size()));
            if (!line.flag("confirm")) {
                context.out().println(NLS.bind(Messages.Cli_confirmHint, round.strip()));
            }
        }
        return ExitCode.OK;
    }

    private int explain(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        context.out().println(selection.explainText(need(line, "round"), need(line, "project")));
        return ExitCode.OK;
    }

    private int summary(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        int year = (int) number(need(line, "year"), "--year");
        Path pdf = Path.of(need(line, "pdf"));
        var document = YearSummary.build(queries, registry, support, year, line.option("street").orElse(null), context.locale());
        reports.writePdf(reports.layout(document), pdf);
        context.out().println(NLS.bind(Messages.Cli_summary, pdf.toAbsolutePath()));
        return ExitCode.OK;
    }

    private static String yes(boolean value, boolean table) {
        return table ? (value ? Messages.Cli_yes : "") : String.valueOf(value);
    }

    private static String need(CommandLine line, String option) throws CommandException {
        return line.option(option).filter(v -> !v.isBlank())
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_missingOption, "--" + option)));
    }

    private static LocalDate date(CommandLine line, String option, LocalDate otherwise) throws CommandException {
        if (line.option(option).isEmpty()) {
            if (otherwise == null) {
                throw CommandException.usage(NLS.bind(Messages.Cli_missingOption, "--" + option));
            }
            return otherwise;
        }
        try {
            return LocalDate.parse(line.option(option).get().strip());
        } catch (DateTimeParseException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_date, "--" + option, line.option(option).get()));
        }
    }

    private static long number(String text, String option) throws CommandException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_number, option, text));
        }
    }
}
