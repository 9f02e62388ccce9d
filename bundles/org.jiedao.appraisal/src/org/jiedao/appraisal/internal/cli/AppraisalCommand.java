package org.jiedao.appraisal.internal.cli;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.ExplanationText;
import org.jiedao.appraisal.internal.Messages;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.TextTable;

/** {@code jiedao-cli appraisal grade|explain|publish|unlock|progress}. */
public final class AppraisalCommand extends SubcommandCommand {

    private final AppraisalService appraisal;

    @Inject
    public AppraisalCommand(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("grade", this::grade);
        subcommands.put("explain", this::explain);
        subcommands.put("publish", this::publish);
        subcommands.put("unlock", this::unlock);
        subcommands.put("progress", this::progress);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("format", "year", "quarter", "unit", "cadre", "reason");
    }

    @Override
    protected boolean isInvalidData(RuntimeException e) {
        return e instanceof AppraisalException;
    }

    private static int year(CommandLine line, Messages m) throws CommandException {
        String text = line.option("year").orElseThrow(() -> CommandException.usage(m.Cmd_yearRequired));
        try {
            int year = Integer.parseInt(text.strip());
            if (year < 2000 || year > 2100) {
                throw new NumberFormatException();
            }
            return year;
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(m.Cmd_badYear, text));
        }
    }

    private int grade(CommandContext context, CommandLine line) throws CommandException {
        Messages m = Messages.get(context.locale());
        line.expectAtMost(1);
        int year = year(line, m);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        boolean table = format == TextTable.Format.TABLE;
        List<GroupGrades> groups = appraisal.grade(year, line.option("unit").orElse(null));
        if (groups.isEmpty()) {
            context.out().println(NLS.bind(m.Cmd_noCadres, year));
            return ExitCode.OK;
        }
        TextTable out = new TextTable(List.of("group", "rank", "cadre_id", "name", "unit", "annual_score", "grade", "d_years", "bonus_factor"),
                List.of(m.Header_group, m.Header_rank, m.Header_cadre, m.Header_name, m.Header_unit, m.Header_score, m.Header_grade,
                        m.Header_dYears, m.Header_bonus));
        for (GroupGrades group : groups) {
            for (Explanation e : group.result().explanations()) {
                Cadre cadre = group.cadres().get(e.cadreId());
                out.add(group.group().code(), e.rank().map(String::valueOf).orElse(""), e.cadreId(), cadre.name(), cadre.unitCode(),
                        e.annualScore().map(s -> s.toPlainString()).orElse(""),
                        e.grade().map(Grade::key).orElse(table ? m.Cmd_notGraded : ""), String.valueOf(e.dYears()),
                        e.bonusFactor().map(f -> f.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(""));
            }
        }
        out.print(context.out(), format);
        if (table) {
            for (GroupGrades group : groups) {
                context.out().println();
                Map<Grade, Integer> actual = group.result().distribution();
                context.out().println(NLS.bind(m.Cmd_summary, new Object[] { group.group().name(), group.group().code(),
                        group.result().graded(), counts(group.result().quotas()), counts(actual),
                        group.published() ? m.Cmd_published : m.Cmd_notPublished }));
                long notGraded = group.result().explanations().stream().filter(e -> !e.graded()).count();
                if (notGraded > 0) {
                    context.out().println(NLS.bind(m.Cmd_notGradedCount, notGraded));
                }
            }
        }
        return ExitCode.OK;
    }

    private static String counts(Map<Grade, Integer> counts) {
        Map<Grade, Integer> ordered = new EnumMap<>(counts);
        StringBuilder text = new StringBuilder();
        ordered.forEach((g, n) -> text.append(text.length() == 0 ? "" : " ").append(g.key()).append(' ').append(n));
        return text.toString();
    }

    private int explain(CommandContext context, CommandLine line) throws CommandException {
        Messages m = Messages.get(context.locale());
        line.expectAtMost(1);
        int year = year(line, m);
        String cadre = line.option("cadre").orElseThrow(() -> CommandException.usage(m.Cmd_cadreRequired));
        Locale locale = context.locale();
        for (String text : ExplanationText.lines(appraisal.explain(year, cadre), year, locale)) {
            context.out().println(text);
        }
        return ExitCode.OK;
    }

    private int publish(CommandContext context, CommandLine line) throws CommandException {
        Messages m = Messages.get(context.locale());
        line.expectAtMost(1);
        int year = year(line, m);
        int graded = appraisal.publish(year);
        context.out().println(NLS.bind(m.Cmd_publishedYear, year, graded));
        return ExitCode.OK;
    }

    private int unlock(CommandContext context, CommandLine line) throws CommandException {
        Messages m = Messages.get(context.locale());
        line.expectAtMost(1);
        int year = year(line, m);
        String reason = line.option("reason").orElseThrow(() -> CommandException.usage(m.Cmd_reasonRequired));
        appraisal.unlock(year, reason);
        context.out().println(NLS.bind(m.Cmd_unlocked, year, reason.strip()));
        return ExitCode.OK;
    }

    /** Who has not scored in a round: per cadre the expected raters, those entered and those missing. */
    private int progress(CommandContext context, CommandLine line) throws CommandException {
        Messages m = Messages.get(context.locale());
        line.expectAtMost(1);
        int year = year(line, m);
        String quarterText = line.option("quarter").orElseThrow(() -> CommandException.usage(m.Cmd_quarterRequired));
        int quarter;
        try {
            quarter = Integer.parseInt(quarterText.strip());
        } catch (NumberFormatException e) {
            throw CommandException.usage(m.Cmd_quarterRequired);
        }
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<AppraisalService.RoundProgress> progress = appraisal.progress(year, quarter, line.option("unit").orElse(null));
        TextTable out = new TextTable(List.of("cadre_id", "name", "unit", "expected", "entered", "missing"),
                List.of(m.Header_cadre, m.Header_name, m.Header_unit, m.Header_expected, m.Header_entered, m.Header_missing));
        int complete = 0;
        for (AppraisalService.RoundProgress p : progress) {
            if (p.complete()) {
                complete++;
            }
            out.add(p.cadre().cadreId(), p.cadre().name(), p.cadre().unitCode(), String.valueOf(p.expected().size()),
                    String.valueOf(p.entered().size()), p.entered().isEmpty() && p.expected().isEmpty() ? m.Cmd_noRaters
                            : String.join(" ", p.missing()));
        }
        out.print(context.out(), format);
        if (format == TextTable.Format.TABLE) {
            context.out().println();
            context.out().println(NLS.bind(m.Cmd_progressSummary, new Object[] { year, quarter, complete, progress.size() }));
        }
        return ExitCode.OK;
    }
}
