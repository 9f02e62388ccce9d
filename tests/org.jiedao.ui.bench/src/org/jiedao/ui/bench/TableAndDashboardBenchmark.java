package org.jiedao.ui.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Bench;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.JpaRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;
import org.jiedao.ui.widgets.tests.CaseRecord;
import org.jiedao.ui.widgets.tests.CaseRows;
import org.jiedao.ui.widgets.tests.RecordTableColumns;
import org.junit.jupiter.api.Test;

/**
 * A RecordTable and a dashboard refresh over 1,000,000 rows in embedded Derby, in a real shell
 * under Xvfb: first screen (setInput to the first paint with data), a filter by status, a filter
 * by title text, a sort by title and by days open, header clicks (the X server's own mouse events) ordering by title
 * ascending, descending and back, and the dashboard's widgets loaded as a refresh loads them. Each
 * figure is the median of three runs. A measurement: it asserts nothing about speed.
 */
class TableAndDashboardBenchmark {

    private static final int ROWS = Integer.getInteger("jiedao.bench.rows", 1_000_000);

    @Test
    void tableAndDashboardOverAMillionRows() throws Exception {
        PersistenceService persistence = Services.await(PersistenceService.class);
        long fill = System.nanoTime();
        CaseRows.ensure(persistence, ROWS);
        double fillSeconds = (System.nanoTime() - fill) / 1e9;
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 1000, 700);
        RecordTable<CaseRecord> table = new RecordTable<>(shell, RecordTableColumns.columns());
        AtomicInteger paints = new AtomicInteger();
        table.getNatTable().addPaintListener(e -> {
            if (table.getRowCount() > 0 && !table.isLoading()) {
                paints.incrementAndGet();
            }
        });
        shell.open();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "rows=%,d (filled in %.1f s)%n", ROWS, fillSeconds));

        double[] first = new double[3];
        for (int i = 0; i < 3; i++) {
            int before = paints.get();
            long start = System.nanoTime();
            table.setInput(JpaRecordSource.of(persistence, CaseRecord.class).build());
            SwtDriver.spin(display, () -> paints.get() > before && table.getRowCount() == ROWS);
            first[i] = (System.nanoTime() - start) / 1e6;
        }
        report.append(Bench.line("table first screen (count + first page + paint)", first));
        report.append(Bench.line("filter status = 已办结", measure(display, table, paints,
                () -> table.setFilter(Filter.NONE.with("status", Filter.Match.EQUALS, "已办结")), () -> table.setFilter(Filter.NONE))));
        report.append(Bench.line("filter title contains 垃圾分类 00", measure(display, table, paints,
                () -> table.setFilter(Filter.NONE.with("title", Filter.Match.CONTAINS, "垃圾分类 00")), () -> table.setFilter(Filter.NONE))));
        report.append(Bench.line("sort by title (indexed), first screen", measure(display, table, paints,
                () -> table.setSort(Sort.ascending("title")), () -> table.setSort(Sort.NONE))));
        report.append(Bench.line("sort by days open (not indexed), first screen", measure(display, table, paints,
                () -> table.setSort(Sort.descending("daysOpen")), () -> table.setSort(Sort.NONE))));
        // an officer's clicks on the 标题 header, made by the X server as a mouse's: ascending, descending, the third back to none
        double[] ascending = new double[3];
        double[] descending = new double[3];
        double[] none = new double[3];
        for (int i = 0; i < 3; i++) {
            ascending[i] = clickHeader(display, table, paints, 1, Sort.ascending("title"));
            descending[i] = clickHeader(display, table, paints, 1, Sort.descending("title"));
            none[i] = clickHeader(display, table, paints, 1, Sort.NONE);
        }
        report.append(Bench.line("header click on title: ascending, first screen", ascending));
        report.append(Bench.line("header click on title again: descending, first screen", descending));
        report.append(Bench.line("third header click: the source's order, first screen", none));
        shell.dispose();

        // the dashboard: every installed widget loaded, as Refresh does (nobody signed in: all units)
        List<DashboardWidget> widgets = Services.await(DashboardWidgetRegistry.class).visibleWidgets();
        WidgetContext context = new WidgetContext(Locale.CHINA, DataScope.unrestricted("bench"), java.util.Optional.empty());
        org.eclipse.e4.core.contexts.IEclipseContext services = org.eclipse.e4.core.contexts.EclipseContextFactory
                .getServiceContext(org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext());
        System.out.print(report);
        double[] refresh = new double[3];
        double[] single = new double[3];
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            for (DashboardWidget widget : widgets) {
                DashboardWidgetProvider provider = org.eclipse.e4.core.contexts.ContextInjectionFactory.make(widget.providerClass(),
                        services);
                long one = System.nanoTime();
                provider.load(context);
                if (widget.id().equals("org.jiedao.bench.cases-by-status")) {
                    single[i] = (System.nanoTime() - one) / 1e6;
                }
            }
            refresh[i] = (System.nanoTime() - start) / 1e6;
        }
        report.append(Bench.line("dashboard widget: cases by status over all rows", single));
        report.append(Bench.line("dashboard refresh: all " + widgets.size() + " widgets", refresh));
        Bench.write(report);
    }

    /**
     * Clicks the header cell of {@code column} as a mouse does (pointer moved there, button 1 pressed and released by the X
     * server: {@link SwtDriver#pressMouse()}) and times it from the button press reaching the table (its {@code MouseDown})
     * to the first paint of the new order with its first page.
     */
    private static double clickHeader(Display display, RecordTable<CaseRecord> table, AtomicInteger paints, int column, Sort expected) {
        NatTable nat = table.getNatTable();
        Rectangle cell = nat.getCellByPosition(column, 0).getBounds();
        Point point = nat.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
        SwtDriver.moveMouse(point);
        SwtDriver.spin(display, () -> display.getCursorControl() == nat);
        int before = paints.get();
        AtomicLong pressed = new AtomicLong();
        Listener press = e -> pressed.compareAndSet(0, System.nanoTime());
        nat.addListener(SWT.MouseDown, press);
        try {
            SwtDriver.pressMouse();
            SwtDriver.spin(display, () -> expected.equals(table.getSort()) && paints.get() > before && !table.isLoading()
                    && table.getRowCount() == ROWS);
        } finally {
            nat.removeListener(SWT.MouseDown, press);
        }
        return (System.nanoTime() - pressed.get()) / 1e6;
    }

    private static double[] measure(Display display, RecordTable<CaseRecord> table, AtomicInteger paints, Runnable change,
            Runnable undo) {
        double[] ms = new double[3];
        for (int i = 0; i < 3; i++) {
            int before = paints.get();
            long start = System.nanoTime();
            change.run();
            SwtDriver.spin(display, () -> paints.get() > before && !table.isLoading());
            ms[i] = (System.nanoTime() - start) / 1e6;
            int again = paints.get();
            undo.run();
            SwtDriver.spin(display, () -> paints.get() > again && !table.isLoading() && table.getRowCount() == ROWS);
        }
        return ms;
    }
}
