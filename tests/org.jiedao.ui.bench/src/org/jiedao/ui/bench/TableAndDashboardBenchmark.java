package org.jiedao.ui.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;
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
 * by title text, a sort by title, and the dashboard's widgets loaded as a refresh loads them. Each
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
            spin(display, () -> paints.get() > before && table.getRowCount() == ROWS);
            first[i] = (System.nanoTime() - start) / 1e6;
        }
        report.append(line("table first screen (count + first page + paint)", first));
        report.append(line("filter status = 已办结", measure(display, table, paints,
                () -> table.setFilter(Filter.NONE.with("status", Filter.Match.EQUALS, "已办结")), () -> table.setFilter(Filter.NONE))));
        report.append(line("filter title contains 垃圾分类 00", measure(display, table, paints,
                () -> table.setFilter(Filter.NONE.with("title", Filter.Match.CONTAINS, "垃圾分类 00")), () -> table.setFilter(Filter.NONE))));
        report.append(line("sort by title (indexed), first screen", measure(display, table, paints,
                () -> table.setSort(Sort.ascending("title")), () -> table.setSort(Sort.NONE))));
        report.append(line("sort by days open (not indexed), first screen", measure(display, table, paints,
                () -> table.setSort(Sort.descending("daysOpen")), () -> table.setSort(Sort.NONE))));
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
        report.append(line("dashboard widget: cases by status over all rows", single));
        report.append(line("dashboard refresh: all " + widgets.size() + " widgets", refresh));
        System.out.print(report);
        String out = System.getProperty("jiedao.bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
    }

    private static double[] measure(Display display, RecordTable<CaseRecord> table, AtomicInteger paints, Runnable change,
            Runnable undo) {
        double[] ms = new double[3];
        for (int i = 0; i < 3; i++) {
            int before = paints.get();
            long start = System.nanoTime();
            change.run();
            spin(display, () -> paints.get() > before && !table.isLoading());
            ms[i] = (System.nanoTime() - start) / 1e6;
            int again = paints.get();
            undo.run();
            spin(display, () -> paints.get() > again && !table.isLoading() && table.getRowCount() == ROWS);
        }
        return ms;
    }

    private static void spin(Display display, BooleanSupplier done) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static String line(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        List<String> runs = new ArrayList<>();
        for (double m : ms) {
            runs.add(String.format(Locale.ROOT, "%.0f", m));
        }
        return String.format(Locale.ROOT, "%-50s median %6.0f ms (runs: %s)%n", what, sorted[1], String.join(", ", runs));
    }
}
