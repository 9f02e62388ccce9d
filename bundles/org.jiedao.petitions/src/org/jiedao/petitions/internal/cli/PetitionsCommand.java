package org.jiedao.petitions.internal.cli;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.text.BilingualKey;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.HistoryEntry;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.UrgencyFlag;
import org.jiedao.petitions.internal.Messages;

/**
 * {@code jiedao-cli petitions list|show|assign|start|reply|close|reject|merge|reopen|categories|deadlines}.
 * A step the petition's status does not allow exits with {@link ExitCode#INVALID_DATA} (3).
 */
public final class PetitionsCommand extends SubcommandCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PetitionService petitions;
    private final OrgUnitService units;

    @Inject
    public PetitionsCommand(PetitionService petitions, OrgUnitService units) {
        this.petitions = petitions;
        this.units = units;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> s = new LinkedHashMap<>();
        s.put("list", this::list);
        s.put("show", this::show);
        s.put("assign", (c, l) -> done(c, petitions.assign(id(l), PetitionService.CURRENT, need(l, "to"))));
        s.put("start", (c, l) -> done(c, petitions.start(id(l), PetitionService.CURRENT)));
        s.put("reply", (c, l) -> done(c, petitions.reply(id(l), PetitionService.CURRENT, need(l, "text"))));
        s.put("close", (c, l) -> done(c, petitions.close(id(l), PetitionService.CURRENT, satisfaction(l), l.option("follow-up").orElse(null))));
        s.put("reject", (c, l) -> done(c, petitions.reject(id(l), PetitionService.CURRENT, need(l, "reason"))));
        s.put("merge", (c, l) -> done(c, petitions.merge(id(l), PetitionService.CURRENT, number(need(l, "into"), "--into"),
                l.option("reason").orElse(null))));
        s.put("reopen", (c, l) -> done(c, petitions.reopen(id(l), PetitionService.CURRENT, need(l, "reason"))));
        s.put("categories", this::categories);
        s.put("deadlines", this::deadlines);
        return s;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "status", "community", "kind", "urgency", "to", "text", "satisfaction", "follow-up", "reason", "into", "add",
                "remove", "normal", "urgent", "due-soon", "limit");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("overdue");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof PetitionException || e instanceof ConcurrentChangeException;
    }

    private int list(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        PetitionStatus status = choice(line, "status", PetitionStatus.class);
        PetitionKind kind = choice(line, "kind", PetitionKind.class);
        UrgencyFlag urgency = choice(line, "urgency", UrgencyFlag.class);
        String community = null;
        if (line.option("community").isPresent()) {
            String c = line.option("community").get();
            community = units.findByCodeOrName(c).orElseThrow(() -> new CommandException(ExitCode.INVALID_DATA,
                    NLS.bind(Messages.Refused_unit, c))).code();
        }
        int limit = 0;
        if (line.option("limit").isPresent()) {
            long n;
            try {
                n = Long.parseLong(line.option("limit").get().strip());
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw CommandException.usage(NLS.bind(Messages.Cli_limit, line.option("limit").get()));
            }
            limit = (int) n;
        }
        List<PetitionSummary> list = petitions.list(new PetitionQuery(status, kind, urgency, community, line.flag("overdue"), null, 0, limit));
        boolean table = format == TextTable.Format.TABLE;
        Locale locale = context.locale();
        TextTable out = new TextTable(
                List.of("id", "received_on", "community", "channel", "kind", "urgency", "category", "petitioner", "status", "assignee", "due_on",
                        "overdue"),
                List.of(Messages.Col_id, Messages.Col_receivedOn, Messages.Col_community, Messages.Col_channel, Messages.Col_kind,
                        Messages.Col_urgency, Messages.Col_category, Messages.Col_petitioner, Messages.Col_status, Messages.Col_assignee,
                        Messages.Col_dueOn, Messages.Col_overdue));
        for (PetitionSummary p : list) {
            out.add(p.id(), p.receivedOn(), table ? p.communityName() : p.communityCode(), show(p.channel(), table, locale),
                    show(p.kind(), table, locale), p.urgency().text(), p.category(), p.petitioner(), show(p.status(), table, locale), p.assignee(),
                    p.dueOn(), p.overdue() ? (table ? Messages.Cli_overdue : "yes") : (p.dueSoon() && table ? Messages.Cli_dueSoon : ""));
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_count, list.size()));
        }
        return ExitCode.OK;
    }

    private int show(CommandContext context, CommandLine line) throws CommandException {
        long id = id(line);
        line.expectAtMost(2);
        Locale locale = context.locale();
        PetitionDetails d = petitions.find(id).orElseThrow(() -> new CommandException(ExitCode.INVALID_DATA,
                NLS.bind(Messages.Refused_notFound, id)));
        PetitionSummary s = d.summary();
        var out = context.out();
        row(out, Messages.Col_id, s.id());
        row(out, Messages.Col_status, s.status().displayName(locale));
        row(out, Messages.Col_receivedOn, s.receivedOn());
        row(out, Messages.Col_community, s.communityName() + " (" + s.communityCode() + ")");
        row(out, Messages.Col_channel, s.channel().displayName(locale));
        row(out, Messages.Col_kind, s.kind().displayName(locale));
        row(out, Messages.Col_category, s.category());
        row(out, Messages.Col_urgency, s.urgency().text());
        row(out, Messages.Col_petitioner, d.petitioner().isEmpty() ? Messages.Cli_anonymous : d.petitioner());
        row(out, Messages.Col_phone, d.phone());
        row(out, Messages.Col_content, s.content());
        row(out, Messages.Col_assignee, s.assignee());
        row(out, Messages.Col_dueOn, s.dueOn() + (s.overdue() ? " (" + Messages.Cli_overdue + ")" : s.dueSoon() ? " (" + Messages.Cli_dueSoon + ")" : ""));
        if (!d.reply().isEmpty()) {
            row(out, Messages.Col_reply, d.reply());
        }
        if (d.satisfaction() != null) {
            row(out, Messages.Col_satisfaction, d.satisfaction() + (d.followUp().isEmpty() ? "" : " — " + d.followUp()));
        }
        if (d.mergedInto() != null) {
            row(out, Messages.Col_mergedInto, d.mergedInto());
        }
        if (!d.reason().isEmpty()) {
            row(out, Messages.Col_reason, d.reason());
        }
        if (!d.personalDataVisible() && !d.petitioner().isEmpty()) {
            out.println(Messages.Cli_masked);
        }
        out.println();
        out.println(Messages.Cli_history);
        TextTable history = new TextTable(List.of("at", "step", "from", "to", "by", "detail"), List.of(Messages.Col_at, Messages.Col_step,
                Messages.Col_from, Messages.Col_to, Messages.Col_by, Messages.Col_detail));
        for (HistoryEntry h : d.history()) {
            history.add(TIME.format(h.atUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())), h.action().displayName(locale),
                    h.from() == null ? "" : h.from().displayName(locale), h.to().displayName(locale), h.byName() + " (" + h.by() + ")", h.detail());
        }
        history.print(out, TextTable.Format.TABLE);
        return ExitCode.OK;
    }

    private int categories(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        line.option("add").ifPresent(petitions::addCategory);
        line.option("remove").ifPresent(petitions::removeCategory);
        petitions.categories().forEach(context.out()::println);
        return ExitCode.OK;
    }

    private int deadlines(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        Deadlines d = petitions.deadlines();
        if (line.option("normal").isPresent() || line.option("urgent").isPresent() || line.option("due-soon").isPresent()) {
            d = new Deadlines(line.option("normal").isPresent() ? (int) number(line.option("normal").get(), "--normal") : d.normalDays(),
                    line.option("urgent").isPresent() ? (int) number(line.option("urgent").get(), "--urgent") : d.urgentDays(),
                    line.option("due-soon").isPresent() ? (int) number(line.option("due-soon").get(), "--due-soon") : d.dueSoonDays());
            petitions.setDeadlines(d);
        }
        context.out().println(NLS.bind(Messages.Cli_deadlines, new Object[] { d.normalDays(), d.urgentDays(), d.dueSoonDays() }));
        return ExitCode.OK;
    }

    private static int done(CommandContext context, PetitionSummary p) {
        context.out().println(NLS.bind(Messages.Cli_done, p.id(), p.status().displayName(context.locale())
                + (p.assignee().isEmpty() ? "" : " " + NLS.bind(Messages.Cli_assignee, p.assignee()))));
        return ExitCode.OK;
    }

    private static void row(java.io.PrintWriter out, String label, Object value) {
        out.println(label + "：" + (value == null ? "" : value));
    }

    private static String show(BilingualKey key, boolean table, Locale locale) {
        return table ? key.displayName(locale) : key.key();
    }

    private static long id(CommandLine line) throws CommandException {
        return number(line.positional(1, "ID"), "ID");
    }

    private static long number(String text, String what) throws CommandException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Cli_notANumber, what, text));
        }
    }

    private static int satisfaction(CommandLine line) throws CommandException {
        return (int) number(need(line, "satisfaction"), "--satisfaction");
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
                new Object[] { "--" + option, text.get(),
                        Arrays.stream(type.getEnumConstants()).map(v -> v.key() + " " + v.chinese()).collect(Collectors.joining(", ")) })));
    }
}
