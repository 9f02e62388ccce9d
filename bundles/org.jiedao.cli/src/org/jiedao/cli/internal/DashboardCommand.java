package org.jiedao.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.security.SecurityService;

/**
 * {@code jiedao-cli dashboard [WIDGET-ID] [--format table|tsv|json]}: the dashboard's figures,
 * tables and charts (as tables) for the signed-in user's units, for a terminal or a script.
 */
public final class DashboardCommand implements CliCommand {

    private final DashboardWidgetRegistry widgets;
    private final SecurityService security;
    private final IEclipseContext eclipseContext;

    @Inject
    public DashboardCommand(DashboardWidgetRegistry widgets, SecurityService security, IEclipseContext eclipseContext) {
        this.widgets = widgets;
        this.security = security;
        this.eclipseContext = eclipseContext;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        CommandLine line = CommandLine.parse(context.arguments(), Set.of("format"), Set.of());
        line.expectAtMost(1);
        TextTable.Format format = TextTable.Format.parse(line.option("format").orElse(null));
        List<DashboardWidget> visible = new ArrayList<>(widgets.visibleWidgets());
        if (!line.positional().isEmpty()) {
            String id = line.positional(0, "WIDGET-ID");
            visible.removeIf(w -> !w.id().equals(id));
            if (visible.isEmpty()) {
                throw CommandException.usage(NLS.bind(Messages.Dashboard_unknown, id,
                        String.join(", ", widgets.visibleWidgets().stream().map(DashboardWidget::id).toList())));
            }
        }
        WidgetContext widgetContext = new WidgetContext(context.locale(), security.currentScope(), security.currentUser());
        PrintWriter out = context.out();
        int failures = 0;
        boolean first = true;
        for (DashboardWidget widget : visible) {
            if (format == TextTable.Format.TABLE) {
                if (!first) {
                    out.println();
                }
                out.println("== " + widget.name() + " (" + widget.id() + ")");
            }
            first = false;
            WidgetData data;
            try {
                DashboardWidgetProvider provider = Contributions.create(widget.providerClass(), eclipseContext);
                data = provider.load(widgetContext);
            } catch (Exception | LinkageError e) {
                org.eclipse.core.runtime.ILog.of(DashboardCommand.class).error("Dashboard widget " + widget.id() + " failed", e);
                context.err().println(NLS.bind(Messages.Dashboard_failed, widget.name(), String.valueOf(e.getMessage())));
                failures++;
                continue;
            }
            table(widget, data).print(out, format);
        }
        if (visible.isEmpty() && format == TextTable.Format.TABLE) {
            out.println(Messages.Dashboard_empty);
        }
        return failures == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** Every kind of widget as a table: a figure as one row, a chart as categories × series. */
    static TextTable table(DashboardWidget widget, WidgetData data) {
        if (data instanceof WidgetData.Figure figure) {
            TextTable table = new TextTable(List.of("widget", "value", "unit", "caption"),
                    List.of(Messages.Dashboard_widget, Messages.Dashboard_value, Messages.Dashboard_unit, Messages.Dashboard_caption));
            table.add(widget.id(), figure.value(), figure.unit(), figure.caption());
            return table;
        }
        if (data instanceof WidgetData.Table t) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                keys.add("c" + (i + 1));
            }
            TextTable table = new TextTable(keys, t.columns());
            for (List<String> row : t.rows()) {
                table.add(row.toArray());
            }
            return table;
        }
        WidgetData.Chart chart = (WidgetData.Chart) data;
        List<String> keys = new ArrayList<>(List.of("category"));
        List<String> headers = new ArrayList<>(List.of(Messages.Dashboard_category));
        for (WidgetData.Series series : chart.series()) {
            keys.add(series.name());
            headers.add(series.name());
        }
        TextTable table = new TextTable(keys, headers);
        for (int i = 0; i < chart.categories().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(chart.categories().get(i));
            for (WidgetData.Series series : chart.series()) {
                row.add(series.values().get(i));
            }
            table.add(row.toArray());
        }
        return table;
    }
}
