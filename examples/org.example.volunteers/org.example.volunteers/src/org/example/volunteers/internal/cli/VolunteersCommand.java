package org.example.volunteers.internal.cli;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.example.volunteers.EventSummary;
import org.example.volunteers.VolunteerException;
import org.example.volunteers.VolunteerHours;
import org.example.volunteers.VolunteerService;
import org.example.volunteers.internal.Messages;
import org.example.volunteers.internal.contrib.VolunteerHoursFormat;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.TextTable;
import org.jiedao.exchange.InvalidValueException;

/**
 * {@code jiedao-cli volunteers hours --month YYYY-MM} (hours per volunteer and community) and
 * {@code volunteers events} (community events with their volunteers and hours). An unknown month or
 * community exits with {@link ExitCode#INVALID_DATA} (3).
 */
public final class VolunteersCommand extends SubcommandCommand {

    private final VolunteerService volunteers;

    @Inject
    public VolunteersCommand(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> s = new LinkedHashMap<>();
        s.put("hours", this::hours);
        s.put("events", this::events);
        return s;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "month", "community");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof VolunteerException;
    }

    private int hours(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        YearMonth month = month(line.option("month")
                .orElseThrow(() -> CommandException.usage(NLS.bind(Messages.Cli_optionRequired, "--month"))));
        List<VolunteerHours> list = volunteers.hours(month, line.option("community"));
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("volunteer", "organisation", "community", "events", "hours"),
                List.of(Messages.Col_volunteer, Messages.Col_organisation, Messages.Col_community, Messages.Col_events, Messages.Col_hours));
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (VolunteerHours h : list) {
            out.add(h.volunteer(), h.organisation(), table ? h.communityName() : h.communityCode(), h.events(), h.hours().toPlainString());
            total = total.add(h.hours());
        }
        out.print(context.out(), format);
        if (table) {
            context.out().println();
            context.out().println(NLS.bind(Messages.Cli_total, new Object[] { month, list.size(), total.toPlainString() }));
            context.out().flush();
        }
        return ExitCode.OK;
    }

    private int events(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        Optional<YearMonth> month = line.option("month").isPresent() ? Optional.of(month(line.option("month").get())) : Optional.empty();
        List<EventSummary> list = volunteers.events(month, line.option("community"));
        boolean table = format == TextTable.Format.TABLE;
        TextTable out = new TextTable(List.of("id", "held_on", "event", "place", "community", "volunteers", "hours"),
                List.of(Messages.Col_id, Messages.Col_heldOn, Messages.Col_event, Messages.Col_place, Messages.Col_community,
                        Messages.Col_volunteers, Messages.Col_hours));
        for (EventSummary e : list) {
            out.add(e.id(), e.heldOn(), e.title(), e.place(), table ? e.communityName() : e.communityCode(), e.volunteers(),
                    e.hours().toPlainString());
        }
        out.print(context.out(), format);
        return ExitCode.OK;
    }

    private static YearMonth month(String text) throws CommandException {
        try {
            return VolunteerHoursFormat.parseMonth(text);
        } catch (InvalidValueException e) {
            throw new CommandException(ExitCode.INVALID_DATA, e.getMessage());
        }
    }
}
