package org.jiedao.safety.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.text.BilingualKey;
import org.jiedao.reports.ReportService;
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ChecklistItem;
import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.Contest;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.RegisterLine;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.contrib.SafetyReports;

/**
 * {@code jiedao-cli safety premises|inspect|orders|reinspect|register|contest|templates}. Input the
 * module refuses exits with {@link ExitCode#INVALID_DATA} (3).
 */
public final class SafetyCommand extends SubcommandCommand {

    private final SafetyPremisesRegistry premises;
    private final SafetyInspections inspections;
    private final SafetyEvents events;
    private final SafetyTemplates templates;
    private final ReportService reports;

    @Inject
    public SafetyCommand(SafetyPremisesRegistry premises, SafetyInspections inspections, SafetyEvents events, SafetyTemplates templates,
            ReportService reports) {
        this.premises = premises;
        this.inspections = inspections;
        this.events = events;
        this.templates = templates;
        this.reports = reports;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> s = new LinkedHashMap<>();
        s.put("premises", this::premises);
        s.put("inspect", this::inspect);
        s.put("orders", this::orders);
        s.put("reinspect", this::reinspect);
        s.put("register", this::register);
        s.put("contest", this::contest);
        s.put("templates", this::templates);
        return s;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "community", "category", "premises", "template", "answers", "date", "inspector", "note", "from", "to", "pdf",
                "title", "on", "must-value", "risk-values", "contest", "version", "file");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("overdue", "passed", "failed");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof SafetyException || e instanceof ConcurrentChangeException;
    }

    // --- premises, inspections, orders ---

    private int premises(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        boolean table = format == TextTable.Format.TABLE;
        List<Premises> list = premises.list(line.option("community").orElse(null), choice(line, "category", PremisesCategory.class));
        TextTable out = new TextTable(List.of("code", "name", "category", "unit", "address", "owner", "manager", "phone"),
                List.of(Messages.Col_code, Messages.Col_name, Messages.Col_category, Messages.Col_unit, Messages.Col_address, Messages.Col_owner,
                        Messages.Col_manager, Messages.Col_phone));
        for (Premises p : list) {
            out.add(p.code(), p.name(), show(p.category(), table, context.locale()), table ? p.unitName() : p.unitCode(), p.address(), p.owner(),
                    p.manager(), p.phone());
        }
        print(context, out, format, list.size());
        return ExitCode.OK;
    }

    /** The answers file: one line per item, {@code item,result[,severity[,note]]} (comma or tab); a header line and # comments are skipped. */
    private int inspect(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        String code = need(line, "premises");
        PremisesCategory category = choice(line, "template", PremisesCategory.class);
        if (category == null) {
            throw CommandException.usage(NLS.bind(Messages.Cli_optionRequired, "--template"));
        }
        Path file = Path.of(need(line, "answers"));
        Premises p = premises.find(code).orElseThrow(() -> new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Refused_noPremises, code)));
        if (p.category() != category) {
            throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_wrongTemplate, new Object[] { code,
                    p.category().displayName(context.locale()), category.displayName(context.locale()) }));
        }
        int version = line.option("version").isPresent() ? (int) number(line.option("version").get(), "--version") : 0;
        List<ItemAnswer> answers = readAnswers(file);
        LocalDate on = line.option("date").isPresent() ? date(line.option("date").get(), "--date") : LocalDate.now();
        String inspector = line.option("inspector").orElse(null);
        if (inspector == null) {
            throw CommandException.usage(NLS.bind(Messages.Cli_optionRequired, "--inspector"));
        }
        Inspection i = inspections.inspect(code, on, inspector, version, answers, line.option("note").orElse(null));
        long hazards = i.findings().stream().filter(f -> f.result() == CheckResult.HAZARD).count();
        context.out().println(NLS.bind(Messages.Cli_inspected, new Object[] { i.id(), code, i.templateVersion(), i.findings().size(), hazards }));
        if (i.issuedOrder() != null) {
            RectificationOrder o = inspections.order(i.issuedOrder()).get();
            context.out().println(NLS.bind(Messages.Cli_orderIssued, new Object[] { o.code(), o.severity().displayName(context.locale()), o.deadline() }));
        }
        return ExitCode.OK;
    }

    static List<ItemAnswer> readAnswers(Path file) throws CommandException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Cli_cannotRead, file, e.getMessage()), e);
        }
        List<ItemAnswer> answers = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String text = lines.get(n).replace("\uFEFF", "").strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split("[,\t]", 4);
            int item;
            try {
                item = Integer.parseInt(cells[0].strip());
            } catch (NumberFormatException e) {
                if (answers.isEmpty() && n == firstContentLine(lines)) {
                    continue; // the header line
                }
                throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_answerLine, new Object[] { file, n + 1, text }));
            }
            Optional<CheckResult> result = cells.length > 1 ? CheckResult.parse(cells[1]) : Optional.empty();
            Optional<Severity> severity = cells.length > 2 && !cells[2].isBlank() ? Severity.parse(cells[2]) : Optional.empty();
            if (result.isEmpty() || cells.length > 2 && !cells[2].isBlank() && severity.isEmpty()) {
                throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_answerLine, new Object[] { file, n + 1, text }));
            }
            answers.add(new ItemAnswer(item, result.get(), severity.orElse(null), cells.length > 3 ? cells[3].strip() : null));
        }
        return answers;
    }

    private static int firstContentLine(List<String> lines) {
        for (int n = 0; n < lines.size(); n++) {
            String t = lines.get(n).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return n;
            }
        }
        return -1;
    }

    private int orders(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        boolean table = format == TextTable.Format.TABLE;
        List<RectificationOrder> list = inspections.orders(line.flag("overdue"), line.option("community").orElse(null));
        LocalDate today = LocalDate.now();
        TextTable out = new TextTable(List.of("code", "premises", "unit", "severity", "issued_on", "deadline", "status", "overdue", "previous"),
                List.of(Messages.Col_code, Messages.Col_premises, Messages.Col_unit, Messages.Col_severity, Messages.Col_issuedOn,
                        Messages.Col_deadline, Messages.Col_status, Messages.Col_overdue, Messages.Col_previous));
        for (RectificationOrder o : list) {
            boolean overdue = o.overdueOn(today);
            out.add(o.code(), table ? o.premisesName() + " (" + o.premisesCode() + ")" : o.premisesCode(), table ? o.unitName() : o.unitCode(),
                    show(o.severity(), table, context.locale()), o.issuedOn(), o.deadline(), show(o.status(), table, context.locale()),
                    overdue ? (table ? Messages.Cli_overdue : "yes") : "", o.previousCode());
        }
        print(context, out, format, list.size());
        return ExitCode.OK;
    }

    private int reinspect(CommandContext context, CommandLine line) throws CommandException {
        String code = line.positional(1, "ORDER");
        line.expectAtMost(2);
        if (line.flag("passed") == line.flag("failed")) {
            throw CommandException.usage(Messages.Cli_passedOrFailed);
        }
        LocalDate on = line.option("date").isPresent() ? date(line.option("date").get(), "--date") : LocalDate.now();
        Optional<RectificationOrder> next = inspections.reinspect(code, line.flag("passed"), on, line.option("inspector").orElse(null),
                line.option("note").orElse(null));
        if (next.isPresent()) {
            context.out().println(NLS.bind(Messages.Cli_reinspectFailed, new Object[] { code, next.get().code(), next.get().deadline() }));
        } else {
            context.out().println(NLS.bind(Messages.Cli_reinspectPassed, code));
        }
        return ExitCode.OK;
    }

    private int register(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        String community = need(line, "community");
        LocalDate from = line.option("from").isPresent() ? date(line.option("from").get(), "--from") : null;
        LocalDate to = line.option("to").isPresent() ? date(line.option("to").get(), "--to") : null;
        List<RegisterLine> lines = inspections.register(community, from, to);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        TextTable out = new TextTable(List.of("unit", "open", "overdue", "closed"),
                List.of(Messages.Col_unit, Messages.Col_open, Messages.Col_overdue, Messages.Col_closed));
        for (RegisterLine l : lines) {
            out.add(format == TextTable.Format.TABLE ? l.unitName() : l.unitCode(), l.open(), l.overdue(), l.closed());
        }
        out.print(context.out(), format);
        if (line.option("pdf").isPresent()) {
            Path pdf = Path.of(line.option("pdf").get());
            reports.writePdf(reports.layout(SafetyReports.register(inspections, community, from, to, context.locale())), pdf);
            context.out().println(NLS.bind(Messages.Cli_pdfWritten, pdf));
        }
        return ExitCode.OK;
    }

    // --- contests ---

    private int contest(CommandContext context, CommandLine line) throws CommandException {
        String action = line.positional(1, "create|score|ranking");
        switch (action) {
        case "create" -> {
            String code = line.positional(2, "CODE");
            line.expectAtMost(3);
            int must = line.option("must-value").isPresent() ? (int) number(line.option("must-value").get(), "--must-value") : 10;
            List<Integer> risk = line.option("risk-values").isPresent() ? ContestWrites.parseRiskValues(line.option("risk-values").get())
                    : ContestRules.DEFAULT.riskValues();
            if (must < 1) {
                throw CommandException.usage(NLS.bind(Messages.Cli_notANumber, "--must-value", must));
            }
            events.createContest(code, need(line, "title"), date(need(line, "on"), "--on"), need(line, "community"), new ContestRules(must, risk));
            context.out().println(NLS.bind(Messages.Cli_contestCreated, new Object[] { code, must, new ContestRules(must, risk).riskValuesText() }));
            return ExitCode.OK;
        }
        case "score" -> {
            line.expectAtMost(2);
            return score(context, need(line, "contest"));
        }
        case "ranking" -> {
            line.expectAtMost(2);
            String code = need(line, "contest");
            TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
            printRanking(context.out(), events.ranking(code), format);
            return ExitCode.OK;
        }
        default -> throw CommandException.usage(NLS.bind(Messages.Cli_unknownAction, action, "create, score, ranking"));
        }
    }

    /**
     * Live scoring on the terminal: one answer a line, {@code ROUND QUESTION TEAM must|risk VALUE yes|no SECONDS}
     * (a must-answer's value may be left out: {@code 1 3 赤湾物业 must yes 12}); the ranking after each; an empty line ends.
     */
    private int score(CommandContext context, String code) throws CommandException {
        Contest contest = events.contest(code).orElseThrow(() -> new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Refused_noContest, code)));
        PrintWriter out = context.out();
        out.println(NLS.bind(Messages.Cli_scoreHelp, new Object[] { contest.title(), String.join("、", contest.teamNames()),
                contest.rules().mustValue(), contest.rules().riskValuesText() }));
        out.flush();
        int entered = 0;
        int refused = 0;
        while (true) {
            String text = context.readLine("> ");
            if (text == null || text.isBlank()) {
                break;
            }
            try {
                events.recordAnswer(code, parseAnswer(text, contest.rules()));
                entered++;
                printRanking(out, events.ranking(code), TextTable.Format.TABLE);
            } catch (SafetyException e) {
                refused++;
                context.err().println(e.getMessage());
                context.err().flush();
            } catch (CommandException e) {
                refused++;
                context.err().println(e.getMessage());
                context.err().flush();
            }
            out.flush();
        }
        out.println(NLS.bind(Messages.Cli_scoreDone, entered, refused));
        return refused == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }

    static ContestAnswer parseAnswer(String text, ContestRules rules) throws CommandException {
        String[] w = text.strip().split("\\s+");
        try {
            AnswerKind kind = AnswerKind.parse(w[3]).orElseThrow(IllegalArgumentException::new);
            boolean withValue = w.length == 7;
            if (w.length != 7 && !(w.length == 6 && kind == AnswerKind.MUST)) {
                throw new IllegalArgumentException();
            }
            int value = withValue ? Integer.parseInt(w[4]) : rules.mustValue();
            String correct = w[withValue ? 5 : 4].toLowerCase(Locale.ROOT);
            boolean right = switch (correct) {
            case "yes", "y", "是", "对", "1", "true" -> true;
            case "no", "n", "否", "错", "0", "false" -> false;
            default -> throw new IllegalArgumentException();
            };
            return new ContestAnswer(Integer.parseInt(w[0]), Integer.parseInt(w[1]), w[2], kind, value, right, Integer.parseInt(w[withValue ? 6 : 5]));
        } catch (RuntimeException e) {
            throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Cli_scoreLine, text));
        }
    }

    static void printRanking(PrintWriter out, List<TeamStanding> ranking, TextTable.Format format) {
        TextTable t = new TextTable(List.of("rank", "team", "total", "wrong_risk", "seconds"),
                List.of(Messages.Col_rank, Messages.Col_team, Messages.Col_total, Messages.Col_wrongRisk, Messages.Col_seconds));
        ranking.forEach(s -> t.add(s.rank(), s.team(), s.total(), s.wrongRisk(), s.seconds()));
        t.print(out, format);
    }

    // --- templates ---

    private int templates(CommandContext context, CommandLine line) throws CommandException {
        String action = line.positional(1, "list|show|export|import");
        PrintWriter out = context.out();
        switch (action) {
        case "list" -> {
            line.expectAtMost(2);
            TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
            TextTable t = new TextTable(List.of("category", "version", "title", "items", "samples", "created_on"), List.of(Messages.Col_category,
                    Messages.Col_version, Messages.Col_title, Messages.Col_items, Messages.Col_samples, Messages.Col_createdOn));
            for (PremisesCategory c : PremisesCategory.values()) {
                ChecklistTemplate tpl = templates.current(c);
                t.add(show(c, format == TextTable.Format.TABLE, context.locale()), tpl.version(), tpl.title(), tpl.items().size(),
                        tpl.items().stream().filter(ChecklistItem::sample).count(), tpl.createdOn());
            }
            t.print(out, format);
            return ExitCode.OK;
        }
        case "show", "export" -> {
            PremisesCategory c = category(line.positional(2, "CATEGORY"));
            line.expectAtMost(3);
            int version = line.option("version").isPresent() ? (int) number(line.option("version").get(), "--version") : 0;
            ChecklistTemplate tpl = version == 0 ? templates.current(c)
                    : templates.version(c, version).orElseThrow(() -> new CommandException(ExitCode.INVALID_DATA,
                            NLS.bind(Messages.Refused_noTemplateVersion, new Object[] { version, c.chinese(), templates.current(c).version() })));
            if (action.equals("show")) {
                out.println(tpl.title() + "  (" + NLS.bind(Messages.Cli_version, tpl.version()) + ", " + tpl.createdOn() + ")");
                for (ChecklistItem i : tpl.items()) {
                    out.println(String.format("%2d. %s%s", i.number(), i.text(), i.sample() ? "  [" + Messages.Cli_sample + "]" : ""));
                }
                return ExitCode.OK;
            }
            StringBuilder text = new StringBuilder("# ").append(tpl.title()).append('\n');
            tpl.items().forEach(i -> text.append(i.text()).append('\n'));
            if (line.option("file").isPresent()) {
                try {
                    Files.writeString(Path.of(line.option("file").get()), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Cli_cannotWrite, line.option("file").get(), e.getMessage()), e);
                }
            } else {
                out.print(text);
            }
            return ExitCode.OK;
        }
        case "import" -> {
            PremisesCategory c = category(line.positional(2, "CATEGORY"));
            Path file = Path.of(line.positional(3, "FILE"));
            line.expectAtMost(4);
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Cli_cannotRead, file, e.getMessage()), e);
            }
            String title = line.option("title").orElse(null);
            List<String> items = new ArrayList<>();
            for (String l : lines) {
                String t = l.replace("\uFEFF", "").strip();
                if (t.startsWith("#")) {
                    if (title == null) {
                        title = t.substring(1).strip();
                    }
                } else if (!t.isEmpty()) {
                    items.add(t);
                }
            }
            ChecklistTemplate tpl = templates.publish(c, title == null ? c.chinese() + "“" + c.ruleSet() + "”" : title, items);
            out.println(NLS.bind(Messages.Cli_templatePublished, new Object[] { c.displayName(context.locale()), tpl.version(), tpl.items().size() }));
            return ExitCode.OK;
        }
        default -> throw CommandException.usage(NLS.bind(Messages.Cli_unknownAction, action, "list, show, export, import"));
        }
    }

    // --- helpers ---

    private static void print(CommandContext context, TextTable out, TextTable.Format format, int count) {
        out.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, count));
        }
    }

    private static PremisesCategory category(String text) throws CommandException {
        return PremisesCategory.parse(text).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_unknownValue,
                new Object[] { "CATEGORY", text, choices(PremisesCategory.class) })));
    }

    private static String show(BilingualKey value, boolean table, Locale locale) {
        return table ? value.displayName(locale) : value.key();
    }

    private static long number(String text, String what) throws CommandException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_notANumber, what, text));
        }
    }

    private static LocalDate date(String text, String what) throws CommandException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_notADate, what, text));
        }
    }

    private static String need(CommandLine line, String option) throws CommandException {
        return line.option(option).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_optionRequired, "--" + option)));
    }

    private static <E extends Enum<E> & BilingualKey> E choice(CommandLine line, String option, Class<E> type) throws CommandException {
        Optional<String> text = line.option(option);
        if (text.isEmpty()) {
            return null;
        }
        return BilingualKey.parse(type, text.get()).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_unknownValue,
                new Object[] { "--" + option, text.get(), choices(type) })));
    }

    private static <E extends Enum<E> & BilingualKey> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> v.key() + " " + v.chinese()).collect(Collectors.joining(", "));
    }
}
