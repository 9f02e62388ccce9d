package org.jiedao.ui.internal.dashboard;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.swt.ChartComposite;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.ui.internal.Failures;
import org.jiedao.ui.internal.Messages;

/**
 * One widget's card on the dashboard: its title over its content, which is "loading", the
 * widget's data (figure, table, chart) or a short error.
 */
final class WidgetCard {

    static final int CONTENT_HEIGHT = 220;

    private final DashboardWidget widget;
    private final Composite card;
    private final Composite content;
    private final LocalResourceManager resources;

    WidgetCard(Composite grid, DashboardWidget widget, LocalResourceManager resources) {
        this.widget = widget;
        this.resources = resources;
        card = new Composite(grid, SWT.BORDER);
        card.setData(DashboardPart.CARD_ID, widget.id());
        card.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 6).applyTo(card);
        GridDataFactory.fillDefaults().grab(true, false).span(widget.columns(), 1).hint(200, SWT.DEFAULT).applyTo(card);
        Label title = new Label(card, SWT.NONE);
        title.setText(widget.name());
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        content = new Composite(card, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, CONTENT_HEIGHT).applyTo(content);
        showMessage(Messages.Dashboard_cardLoading, null);
    }

    DashboardWidget widget() {
        return widget;
    }

    boolean isDisposed() {
        return card.isDisposed();
    }

    /** Shows what the provider returned: data, or the failure it threw. */
    void show(Object result) {
        if (card.isDisposed()) {
            return;
        }
        clear();
        try {
            if (result instanceof WidgetData.Figure figure) {
                showFigure(figure);
            } else if (result instanceof WidgetData.Table table) {
                showTable(table);
            } else if (result instanceof WidgetData.Chart chart) {
                showChart(chart);
            } else if (result instanceof Throwable failure) {
                showError(failure);
            } else {
                showError(new IllegalStateException("no data"));
            }
        } catch (RuntimeException | LinkageError e) {
            // drawing failed (a chart library problem, odd data): the card says so, the dashboard lives on
            ILog.of(WidgetCard.class).error("Dashboard widget '" + widget.id() + "' could not be drawn", e);
            clear();
            showError(e);
        }
        card.getParent().layout(true, true);
    }

    void showError(Throwable failure) {
        clear();
        GridLayoutFactory.fillDefaults().applyTo(content);
        Label message = new Label(content, SWT.WRAP);
        message.setText(Messages.Dashboard_cardError);
        message.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setData(DashboardPart.ERROR_ID, widget.id());
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(message);
        Label detail = new Label(content, SWT.WRAP);
        detail.setText(NLS.bind(Messages.Dashboard_cardErrorDetail, Failures.summary(failure)));
        detail.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(detail);
    }

    private void showMessage(String text, String dataKey) {
        GridLayoutFactory.fillDefaults().applyTo(content);
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        label.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        if (dataKey != null) {
            label.setData(dataKey, widget.id());
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    private void showFigure(WidgetData.Figure figure) {
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(content);
        Label value = new Label(content, SWT.NONE);
        value.setText(figure.value());
        value.setData(DashboardPart.FIGURE_ID, widget.id());
        value.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(32)
                .setStyle(SWT.BOLD)));
        if (figure.alert()) {
            value.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.END).applyTo(value);
        Label unit = new Label(content, SWT.NONE);
        unit.setText(figure.unit());
        unit.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(14)));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.END).indent(0, -6).applyTo(unit);
        Label caption = new Label(content, SWT.WRAP);
        caption.setText(figure.caption());
        caption.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(150, SWT.DEFAULT).applyTo(caption);
    }

    private void showTable(WidgetData.Table data) {
        GridLayoutFactory.fillDefaults().applyTo(content);
        if (data.rows().isEmpty()) {
            showMessage(Messages.Dashboard_noRows, null);
        }
        Table table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(DashboardPart.TABLE_ID, widget.id());
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (String header : data.columns()) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        for (java.util.List<String> row : data.rows()) {
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.max(column.getWidth() + 16, 80));
        }
    }

    private void showChart(WidgetData.Chart data) {
        content.setLayout(new org.eclipse.swt.layout.FillLayout());
        // save=false: jfreechart-swt 1.0 was built against JFreeChart 1.0.19, and its "Save as" links
        // ChartUtilities, gone in 1.5; properties, print and zoom are off as well (nothing to edit on a dashboard)
        ChartComposite chart = new ChartComposite(content, SWT.NONE, Charts.create(data, Charts.fontFamily(content.getDisplay())),
                400, CONTENT_HEIGHT, 120, 80, 4000, 3000, true, false, false, false, false, true);
        chart.setData(DashboardPart.CHART_ID, widget.id());
    }

    private void clear() {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
    }
}
