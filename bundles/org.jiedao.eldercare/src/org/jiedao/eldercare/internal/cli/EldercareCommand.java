package org.jiedao.eldercare.internal.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EnrolmentStatus;
import org.jiedao.eldercare.Markets;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.internal.Messages;
import org.jiedao.eldercare.internal.contrib.MarketsFormat;
import org.jiedao.eldercare.internal.contrib.RenovationsFormat;
import org.jiedao.eldercare.internal.contrib.StatsFormat;

/**
 * {@code jiedao-cli eldercare stats|elders|renovation|book|enrol|pairs}. A refused step exits with
 * {@link ExitCode#INVALID_DATA} (3). Personal data is masked for users without the permission.
 */
public final class EldercareCommand extends SubcommandCommand {

    private final ElderRegistry registry;
    private final Renovations renovations;
    private final Bookings bookings;
    private final Courses courses;
    private final MutualAid aid;
    private final Markets markets;
    private final org.jiedao.eldercare.EldercareSettings settings;

    @Inject
    public EldercareCommand(ElderRegistry registry, Renovations renovations, Bookings bookings, Courses courses, MutualAid aid, Markets markets,
            org.jiedao.eldercare.EldercareSettings settings) {
        this.settings = settings;
        this.registry = registry;
        this.renovations = renovations;
        this.bookings = bookings;
        this.courses = courses;
        this.aid = aid;
        this.markets = markets;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> s = new LinkedHashMap<>();
        s.put("stats", this::stats);
        s.put("elders", this::elders);
        s.put("renovation", this::renovation);
        s.put("book", this::book);
        s.put("enrol", this::enrol);
        s.put("pairs", this::pairs);
        s.put("market", this::market);
        s.put("settings", this::settings);
        return s;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "community", "year", "on", "age-from", "status", "items", "subsidy", "reason", "service", "elder", "course", "days", "visitors",
                "stalls", "place", "assessment-days", "installation-days", "younger-from", "younger-to", "older-from", "max-per-younger",
                "unvisited-days", "add-category");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("living-alone", "overdue");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof EldercareException || e instanceof ConcurrentChangeException;
    }

    private int stats(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        LocalDate on = date(line, "on");
        int year = line.option("year").isPresent() ? (int) number(line.option("year").get(), "--year")
                : on == null ? LocalDate.now().getYear() : on.getYear();
        if (on == null) {
            on = StatsFormat.referenceDay(year);
        }
        List<AgeingStats> stats = registry.stats(line.option("community").orElse(null), year, on);
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("year", "community", "population", "aged_60", "aged_80", "share_60", "living_alone"),
                List.of(Messages.Col_year, Messages.Col_community, Messages.Col_population, Messages.Col_aged60, Messages.Col_aged80,
                        Messages.Col_share60, Messages.Col_livingAlone));
        for (AgeingStats s : stats) {
            out.add(s.year(), table ? s.communityName() : s.communityCode(), s.population(), s.aged60(), s.aged80(),
                    s.share60() == null ? null : table ? s.share60().toPlainString() + " %" : s.share60().toPlainString(), s.livingAlone());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_referenceDay, on));
        }
        return ExitCode.OK;
    }

    private int elders(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        int ageFrom = line.option("age-from").isPresent() ? (int) number(line.option("age-from").get(), "--age-from") : 0;
        List<Elder> list = registry.list(new ElderQuery(line.option("community").orElse(null), ageFrom, 0, null, line.flag("living-alone"), null), 0);
        boolean table = format == TextTable.Format.TABLE;
        Locale locale = context.locale();
        TextTable out = new TextTable(List.of("id", "id_number", "name", "sex", "age", "community", "address", "phone", "living_alone", "category"),
                List.of(Messages.Col_id, Messages.Col_idNumber, Messages.Col_name, Messages.Col_sex, Messages.Col_age, Messages.Col_community,
                        Messages.Col_address, Messages.Col_phone, Messages.Col_livingAlone, Messages.Col_category));
        boolean masked = false;
        for (Elder e : list) {
            masked |= !e.personalVisible();
            out.add(e.id(), e.idNumber(), e.name(), show(e.sex(), table, locale), e.age(), table ? e.communityName() : e.communityCode(), e.address(),
                    e.phone(), e.livingAlone() ? (table ? Messages.Cli_yes : "yes") : (table ? "" : "no"), e.category());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, list.size()));
            if (masked) {
                context.out().println(Messages.Cli_masked);
            }
        }
        return ExitCode.OK;
    }

    /** {@code market list [--community CODE] [--year YEAR]} and {@code market hold --community CODE --on DATE --visitors N --stalls TEXT [--place P]}. */
    private int market(CommandContext context, CommandLine line) throws CommandException {
        String action = line.positional(1, "list|hold");
        if (action.equals("hold")) {
            line.expectAtMost(2);
            String community = line.option("community").orElseThrow(() -> required("community"));
            LocalDate on = date(line, "on");
            if (on == null) {
                throw required("on");
            }
            int visitors = (int) number(line.option("visitors").orElseThrow(() -> required("visitors")), "--visitors");
            List<Markets.Stall> stalls;
            try {
                stalls = MarketsFormat.stalls(line.option("stalls").orElseThrow(() -> required("stalls")));
            } catch (EldercareException e) {
                throw CommandException.usage(e.getMessage());
            }
            long id = markets.hold(community, on, line.option("place").orElse(null), visitors, stalls);
            context.out().println(NLS.bind(Messages.Cli_marketHeld, new Object[] { id, on, stalls.size(), visitors }));
            return ExitCode.OK;
        }
        if (!action.equals("list")) {
            throw CommandException.usage(NLS.bind(Messages.Cli_unknownValue, new Object[] { "market", action, "list, hold" }));
        }
        line.expectAtMost(2);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        int year = line.option("year").isPresent() ? (int) number(line.option("year").get(), "--year") : 0;
        List<Markets.Market> list = markets.list(line.option("community").orElse(null), year);
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("id", "held_on", "community", "place", "visitors", "served", "stalls"),
                List.of(Messages.Col_id, Messages.Col_heldOn, Messages.Col_community, Messages.Col_place, Messages.Col_visitors, Messages.Col_served,
                        Messages.Col_stalls));
        for (Markets.Market m : list) {
            out.add(m.id(), m.heldOn(), table ? m.communityName() : m.communityCode(), m.place(), m.visitors(), m.served(),
                    MarketsFormat.text(m.stalls()));
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, list.size()));
        }
        return ExitCode.OK;
    }

    private int renovation(CommandContext context, CommandLine line) throws CommandException {
        String action = line.positional(1, "list|assess|approve|install|accept|reject");
        if (action.equals("list")) {
            return renovationList(context, line);
        }
        long id = number(line.positional(2, "ID"), "ID");
        line.expectAtMost(3);
        LocalDate on = Optional.ofNullable(date(line, "on")).orElse(LocalDate.now());
        Renovation r = switch (action) {
            case "assess" -> renovations.assess(id, on, items(line.option("items").orElseThrow(() -> required("items"))));
            case "approve" -> renovations.approve(id, on, line.option("items").map(this::codes).orElse(null), line.option("subsidy").map(s -> amount(s))
                    .orElse(null));
            case "install" -> renovations.install(id, on);
            case "accept" -> renovations.accept(id, on);
            case "reject" -> renovations.reject(id, on, line.option("reason").orElseThrow(() -> required("reason")));
            default -> throw CommandException.usage(NLS.bind(Messages.Cli_unknownValue,
                    new Object[] { "renovation", action, "list, assess, approve, install, accept, reject" }));
        };
        context.out().println(NLS.bind(Messages.Cli_renovationDone, new Object[] { r.id(), r.status().displayName(context.locale()),
                r.subsidy() == null ? "" : NLS.bind(Messages.Cli_subsidy, r.total().toPlainString(), r.subsidy().toPlainString()) }));
        return ExitCode.OK;
    }

    private int renovationList(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(2);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        RenovationStatus status = choice(line, "status", RenovationStatus.class);
        LocalDate today = LocalDate.now();
        List<Renovation> list = renovations.list(status, line.flag("overdue"), today);
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("id", "elder", "community", "applied_on", "status", "due_on", "overdue", "total", "subsidy"),
                List.of(Messages.Col_id, Messages.Col_name, Messages.Col_community, Messages.Col_appliedOn, Messages.Col_status, Messages.Col_dueOn,
                        Messages.Col_overdue, Messages.Col_total, Messages.Col_subsidy));
        for (Renovation r : list) {
            out.add(r.id(), r.elderName(), table ? r.communityName() : r.communityCode(), r.appliedOn(), show(r.status(), table, context.locale()),
                    r.dueOn(), r.overdue() ? (table ? Messages.Cli_overdue : "yes") : "", r.total().toPlainString(),
                    r.subsidy() == null ? null : r.subsidy().toPlainString());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, list.size()));
        }
        return ExitCode.OK;
    }

    private int book(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        ServiceKind kind = choice(line, "service", ServiceKind.class);
        if (kind == null) {
            throw required("service");
        }
        long elder = elder(line);
        LocalDate on = date(line, "on");
        if (on == null) {
            throw required("on");
        }
        long id = bookings.book(kind, elder, on);
        context.out().println(NLS.bind(Messages.Cli_booked, new Object[] { id, kind.displayName(context.locale()), on }));
        return ExitCode.OK;
    }

    private int enrol(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        String course = line.option("course").orElseThrow(() -> required("course"));
        EnrolmentStatus status = courses.enrol(course, elder(line));
        context.out().println(NLS.bind(Messages.Cli_enrolled, course, status.displayName(context.locale())));
        return ExitCode.OK;
    }

    private int pairs(CommandContext context, CommandLine line) throws CommandException {
        String action = line.positional(1, "suggest|unvisited");
        line.expectAtMost(2);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        LocalDate on = Optional.ofNullable(date(line, "on")).orElse(LocalDate.now());
        boolean table = format == TextTable.Format.TABLE;
        if (action.equals("suggest")) {
            List<MutualAid.Suggestion> list = aid.suggest(line.option("community").orElse(null), on);
            TextTable out = new TextTable(List.of("younger_id", "younger", "younger_age", "older_id", "older", "older_age", "reason"),
                    List.of(Messages.Col_youngerId, Messages.Col_younger, Messages.Col_age, Messages.Col_olderId, Messages.Col_older, Messages.Col_age,
                            Messages.Col_reason));
            for (MutualAid.Suggestion s : list) {
                out.add(s.younger().id(), s.younger().name(), s.younger().age(), s.older().id(), s.older().name(), s.older().age(),
                        table ? s.explanation() : s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            out.print(context.out(), format);
            if (table) {
                context.out().println();
                context.out().println(NLS.bind(Messages.Cli_count, list.size()));
            }
            return ExitCode.OK;
        }
        if (action.equals("unvisited")) {
            int days = line.option("days").isPresent() ? (int) number(line.option("days").get(), "--days") : settings.rules().unvisitedDays();
            List<Elder> list = aid.unvisited(days, on);
            TextTable out = new TextTable(List.of("id", "name", "age", "community", "address", "phone"), List.of(Messages.Col_id, Messages.Col_name,
                    Messages.Col_age, Messages.Col_community, Messages.Col_address, Messages.Col_phone));
            for (Elder e : list) {
                out.add(e.id(), e.name(), e.age(), table ? e.communityName() : e.communityCode(), e.address(), e.phone());
            }
            out.print(context.out(), format);
            if (table) {
                context.out().println();
                context.out().println(NLS.bind(Messages.Cli_unvisited, list.size(), days));
            }
            return ExitCode.OK;
        }
        throw CommandException.usage(NLS.bind(Messages.Cli_unknownValue, new Object[] { "pairs", action, "suggest, unvisited" }));
    }

    private Map<String, Integer> items(String text) {
        try {
            return RenovationsFormat.items(text, renovations.catalogue());
        } catch (IllegalArgumentException e) {
            throw new EldercareException(NLS.bind(Messages.Cli_items, e.getMessage(),
                    renovations.catalogue().stream().map(Renovations.CatalogueItem::code).collect(Collectors.joining(", "))));
        }
    }

    private Set<String> codes(String text) {
        return new LinkedHashSet<>(items(text).keySet());
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new EldercareException(NLS.bind(Messages.Refused_amount, text));
        }
    }

    /** The elder of {@code --elder}: a record id, or a resident ID number. */
    private long elder(CommandLine line) throws CommandException {
        String text = line.option("elder").orElseThrow(() -> required("elder")).strip();
        if (text.length() >= 15) {
            return registry.findByIdNumber(text).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_elder, text))).id();
        }
        return number(text, "--elder");
    }

    /** {@code eldercare settings [--assessment-days N] ... [--add-category NAME]}: changes what the options name, then lists the rules and categories. */
    private int settings(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        org.jiedao.eldercare.EldercareSettings.Rules r = settings.rules();
        org.jiedao.eldercare.EldercareSettings.Rules next = new org.jiedao.eldercare.EldercareSettings.Rules(
                value(line, "assessment-days", r.assessmentDays()), value(line, "installation-days", r.installationDays()),
                value(line, "younger-from", r.youngerFrom()), value(line, "younger-to", r.youngerTo()), value(line, "older-from", r.olderFrom()),
                value(line, "max-per-younger", r.maxPerYounger()), value(line, "unvisited-days", r.unvisitedDays()));
        if (!next.equals(r)) {
            settings.setRules(next);
            r = settings.rules();
        }
        if (line.option("add-category").isPresent()) {
            registry.addCategory(line.option("add-category").get());
        }
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("setting", "value"), List.of(Messages.Col_setting, Messages.Col_value));
        Object[][] rows = { { "assessment_days", Messages.Set_assessmentDays, r.assessmentDays() },
                { "installation_days", Messages.Set_installationDays, r.installationDays() }, { "younger_from", Messages.Set_youngerFrom, r.youngerFrom() },
                { "younger_to", Messages.Set_youngerTo, r.youngerTo() }, { "older_from", Messages.Set_olderFrom, r.olderFrom() },
                { "max_per_younger", Messages.Set_maxPerYounger, r.maxPerYounger() }, { "unvisited_days", Messages.Set_unvisitedDays, r.unvisitedDays() },
                { "categories", Messages.Set_categories, String.join(table ? "、" : ",", registry.categories()) } };
        for (Object[] row : rows) {
            out.add(table ? row[1] : row[0], row[2]);
        }
        out.print(context.out(), format);
        return ExitCode.OK;
    }

    private static int value(CommandLine line, String option, int current) throws CommandException {
        return line.option(option).isPresent() ? (int) number(line.option(option).get(), "--" + option) : current;
    }

    private static CommandException required(String option) {
        return CommandException.usage(NLS.bind(Messages.Cli_optionRequired, "--" + option));
    }

    private static LocalDate date(CommandLine line, String option) throws CommandException {
        if (line.option(option).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(line.option(option).get().strip());
        } catch (DateTimeParseException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_notADate, "--" + option, line.option(option).get()));
        }
    }

    private static long number(String text, String what) throws CommandException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_notANumber, what, text));
        }
    }

    private static String show(BilingualKey key, boolean table, Locale locale) {
        return table ? key.displayName(locale) : key.key();
    }

    private static <E extends Enum<E> & BilingualKey> E choice(CommandLine line, String option, Class<E> type) throws CommandException {
        Optional<String> text = line.option(option);
        if (text.isEmpty()) {
            return null;
        }
        return BilingualKey.parse(type, text.get()).orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_unknownValue,
                new Object[] { "--" + option, text.get(),
                        Arrays.stream(type.getEnumConstants()).map(v -> v.key() + " " + v.chinese()).collect(Collectors.joining(", ")) })));
    }
}
