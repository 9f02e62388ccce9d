package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.JpaRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A RecordTable over 200,000 cases in the embedded Derby database of the test runtime, through the
 * real persistence service, in a real shell under Xvfb: the first screen, sorting by header clicks (the
 * X server's own mouse events), the filter row and selection through NatTable's commands, scrolling to the end.
 */
class RecordTableTest {

    /**
     * Rows of the test table (every test class of the bundle uses the same table): far more than the table ever holds in
     * memory, so paging, sorting and filtering go through the database as at any size; the million rows and the speed
     * at that size are the table benchmark's (releng/bench/table.sh), which keeps the suite's time for behaviour.
     */
    static final int ROWS = 200_000;
    private static final RGB OVERDUE = new RGB(200, 0, 0);
    private static final int HEADER_ROWS = 2; // column header and filter row
    /** How long a query over the rows may take on a loaded build machine before a wait fails (speed: releng/bench/table.sh). */
    static final java.time.Duration QUERY_WAIT = java.time.Duration.ofMinutes(3);

    private static PersistenceService persistence;

    @BeforeAll
    static void fillTheDatabase() {
        persistence = Services.await(PersistenceService.class);
        CaseRows.ensure(persistence, ROWS);
    }

    static List<Column<CaseRecord>> columns() {
        return RecordTableColumns.columns();
    }

    @Test
    void aTableOverTwoHundredThousandRowsShowsSortsFiltersScrollsAndOpens() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Shell shell = new Shell(display);
        shell.setText("RecordTable");
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 900, 600);
        RecordTable<CaseRecord> table = new RecordTable<>(shell, columns());
        NatTable nat = table.getNatTable();
        table.setCellColour((row, column) -> row.getDaysOpen() >= 5 && !row.getStatus().equals("已办结") ? OVERDUE : null);
        RGB running = new RGB(255, 246, 204);
        table.setRowBackground(row -> row.getStatus().equals("办理中") ? running : null);
        List<List<CaseRecord>> selections = new ArrayList<>();
        table.addSelectionListener(selections::add);
        AtomicInteger paintsWithData = new AtomicInteger();
        nat.addPaintListener(e -> {
            if (table.getRowCount() > 0 && !table.isLoading()) {
                paintsWithData.incrementAndGet();
            }
        });
        shell.open();

        Thread scenario = new Thread(() -> {
            try {
                // first screen: the count and the first page, ordered by id
                long start = System.nanoTime();
                driver.onUi(() -> table.setInput(JpaRecordSource.of(persistence, CaseRecord.class).build()));
                driver.waitUntil("the first page to be painted", QUERY_WAIT, () -> paintsWithData.get() > 0);
                double firstScreen = (System.nanoTime() - start) / 1e6;
                assertEquals(ROWS, (int) driver.onUi(table::getRowCount));
                for (int row = 0; row < 10; row++) {
                    long id = row + 1;
                    List<String> cells = cells(driver, nat, row);
                    assertEquals(List.of(Long.toString(id), CaseRows.title(id), CaseRows.status(id), CaseRows.receivedOn(id).toString(),
                            Integer.toString(CaseRows.daysOpen(id))), cells);
                }
                assertEquals("编号", driver.onUi(() -> nat.getDataValueByPosition(0, 0)));
                // open five days or more and not done: red (id 7: 办理中, 7 days); id 5 (已办结) and id 3 (3 days) are not
                assertEquals(OVERDUE, foreground(driver, nat, 6));
                assertFalse(OVERDUE.equals(foreground(driver, nat, 4)));
                assertFalse(OVERDUE.equals(foreground(driver, nat, 2)));
                // rows 办理中 on their background, whole rows (id 7), others not (id 5: 已办结)
                assertEquals("办理中", CaseRows.status(7));
                assertEquals(running, background(driver, nat, 6, 0));
                assertEquals(running, background(driver, nat, 6, 4));
                assertEquals(running, driver.onUi(() -> table.getRowBackground(6)));
                assertFalse(running.equals(background(driver, nat, 4, 0)));
                assertEquals(null, driver.onUi(() -> table.getRowBackground(4)));
                System.out.printf("RecordTable over %,d rows: first screen in %.0f ms%n", ROWS, firstScreen);
                // the table really paints its cells: NatTable's own painter catches and only logs a failure (as it did while
                // Eclipse Collections' factories could not find their implementation in OSGi), so paint the grid here directly
                driver.onUi(() -> {
                    org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 600, 120);
                    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
                    try {
                        nat.getLayer().getLayerPainter().paintLayer(nat.getLayer(), gc, 0, 0, new org.eclipse.swt.graphics.Rectangle(0, 0, 600, 120),
                                nat.getConfigRegistry());
                        org.eclipse.swt.graphics.ImageData data = image.getImageData();
                        java.util.Set<Integer> colours = new java.util.HashSet<>();
                        for (int x = 0; x < 600; x += 2) {
                            for (int y = 0; y < 120; y += 2) {
                                colours.add(data.getPixel(x, y));
                            }
                        }
                        assertTrue(colours.size() > 8, "header, grid lines and text painted: " + colours.size() + " colours");
                    } finally {
                        gc.dispose();
                        image.dispose();
                    }
                });

                // the title header sorts ascending, then descending (ORDER BY in the database)
                List<String> titles = LongStream.rangeClosed(1, ROWS).mapToObj(CaseRows::title).sorted().toList();
                // clicked as a mouse clicks (RecordTableHeaderClickTest shows the cycle, the arrow and what the source is asked)
                RecordTableHeaderClickTest.clickHeader(driver, nat, 1);
                driver.waitUntil("the ascending order", QUERY_WAIT, () -> Sort.ascending("title").equals(table.getSort()) && !table.isLoading());
                assertEquals(titles.get(0), cells(driver, nat, 0).get(1));
                assertEquals(titles.get(1), cells(driver, nat, 1).get(1));
                RecordTableHeaderClickTest.clickHeader(driver, nat, 1);
                driver.waitUntil("the descending order", QUERY_WAIT, () -> Sort.descending("title").equals(table.getSort()) && !table.isLoading());
                assertEquals(titles.get(ROWS - 1), cells(driver, nat, 0).get(1));

                // the title's filter cell: rows containing the text, counted again
                String needle = "垃圾分类 00";
                long expected = titles.stream().filter(t -> t.contains(needle)).count();
                driver.onUi(() -> nat.doCommand(new UpdateDataCommand(nat, 1, 1, needle))); // what the filter cell's editor commits
                driver.waitUntil("the filtered count", QUERY_WAIT, () -> table.getRowCount() == expected && !table.isLoading());
                assertTrue(expected > 0 && expected < ROWS, "a real narrowing: " + expected);
                assertEquals(titles.stream().filter(t -> t.contains(needle)).max(Comparator.naturalOrder()).orElseThrow(),
                        cells(driver, nat, 0).get(1));
                // and a choice on the status column, through the API (equals)
                driver.onUi(() -> table.setFilter(table.getFilter().with("status", Filter.Match.EQUALS, "已办结")));
                long both = LongStream.rangeClosed(1, ROWS).filter(id -> CaseRows.title(id).contains(needle))
                        .filter(id -> CaseRows.status(id).equals("已办结")).count();
                driver.waitUntil("the count of both conditions", QUERY_WAIT, () -> table.getRowCount() == both && !table.isLoading());
                assertEquals("已办结", cells(driver, nat, 0).get(2));
                driver.onUi(() -> table.setFilter(Filter.NONE));
                driver.waitUntil("all rows again", QUERY_WAIT, () -> table.getRowCount() == ROWS && !table.isLoading());

                // selecting a row tells the listeners; revealing the last row fetches its page
                driver.onUi(() -> nat.doCommand(new SelectRowsCommand(nat, 1, HEADER_ROWS + 2, false, false)));
                driver.waitUntil("the selection listener", QUERY_WAIT, () -> !selections.isEmpty() && !selections.get(selections.size() - 1).isEmpty());
                assertEquals(titles.get(ROWS - 3), selections.get(selections.size() - 1).get(0).getTitle());
                driver.onUi(() -> table.reveal(ROWS - 1));
                driver.waitUntil("the last rows on screen", QUERY_WAIT, () -> lastVisibleRow(nat) >= 0
                        && "".equals(String.valueOf(nat.getDataValueByPosition(1, lastVisibleRow(nat)))) == false
                        && table.getRowCount() == ROWS && !table.isLoading()
                        && titles.get(0).equals(nat.getDataValueByPosition(1, lastVisibleRow(nat))));
                int last = driver.onUi(() -> lastVisibleRow(nat));
                assertEquals(titles.get(1), driver.onUi(() -> nat.getDataValueByPosition(1, last - 1)));
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.set(true);
                display.wake();
            }
        }, "record-table-scenario");
        scenario.setDaemon(true);
        scenario.start();
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        shell.dispose();
        if (failure.get() != null) {
            if (failure.get() instanceof Exception e) {
                throw e;
            }
            throw (Error) failure.get();
        }
    }

    /**
     * The body's painter (RecordCellPainter): a text too long for its column is cut with "…" inside the cell (a right-aligned
     * one no longer starts left of it), a short one starts at the cell's left spacing; both drawn in the text colour.
     */
    @Test
    void cellTextIsAlignedAndCutInsideItsCell() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 500, 200);
        List<String[]> rows = List.of(new String[] { "1009999999999999", "华辰嘉园社区" }, new String[] { "7", "元和街道" });
        RecordTable<String[]> table = new RecordTable<>(shell, List.of(Column.<String[]>of("code", "编号", r -> r[0]).width(60).align(SWT.RIGHT),
                Column.<String[]>of("name", "名称", r -> r[1]).width(160)));
        AtomicInteger painted = new AtomicInteger();
        table.getNatTable().addPaintListener(e -> {
            if (table.getRowCount() == 2 && !table.isLoading()) {
                painted.incrementAndGet();
            }
        });
        shell.open();
        try {
            table.setInput(new org.jiedao.ui.widgets.RecordSource<String[]>() {
                @Override
                public int count(Filter filter) {
                    return rows.size();
                }

                @Override
                public List<String[]> page(Filter filter, Sort sort, int offset, int limit) {
                    return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
                }
            });
            SwtDriver.spin(display, () -> painted.get() > 0);
            NatTable nat = table.getNatTable();
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 400, 120);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
            try {
                nat.getLayer().getLayerPainter().paintLayer(nat.getLayer(), gc, 0, 0, new org.eclipse.swt.graphics.Rectangle(0, 0, 400, 120),
                        nat.getConfigRegistry());
                org.eclipse.swt.graphics.ImageData data = image.getImageData();
                org.eclipse.swt.graphics.Rectangle code = nat.getCellByPosition(0, HEADER_ROWS).getBounds();
                org.eclipse.swt.graphics.Rectangle name = nat.getCellByPosition(1, HEADER_ROWS).getBounds();
                int[] inCode = darkColumns(data, code);
                assertTrue(inCode[0] >= 0, "the cut number is drawn");
                assertTrue(inCode[0] >= code.x + 3, "cut: it starts inside the cell, not left of it (" + inCode[0] + " in " + code + ")");
                assertTrue(inCode[1] <= code.x + code.width - 3, "right-aligned within the spacing (" + inCode[1] + " in " + code + ")");
                int[] inName = darkColumns(data, name);
                assertTrue(inName[0] >= name.x + 3 && inName[0] <= name.x + 10, "left-aligned at the spacing (" + inName[0] + " in " + name + ")");
                assertTrue(inName[1] < name.x + name.width - 20, "short text, not right-aligned (" + inName[1] + " in " + name + ")");
            } finally {
                gc.dispose();
                image.dispose();
            }
        } finally {
            shell.dispose();
        }
    }

    /** The first and last x inside {@code cell} (its border excluded) with a dark (text) pixel, or -1, -1. */
    private static int[] darkColumns(org.eclipse.swt.graphics.ImageData data, org.eclipse.swt.graphics.Rectangle cell) {
        int first = -1;
        int last = -1;
        for (int x = cell.x + 1; x < cell.x + cell.width - 1; x++) {
            for (int y = cell.y + 1; y < cell.y + cell.height - 1; y++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 300) {
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        return new int[] { first, last };
    }

    /** The JPQL the source writes: equality for numbers, nothing for text that is no number, LIKE wildcards taken literally. */
    @Test
    void theJpaSourceFiltersByTypeAndPagesInAStableOrder() {
        JpaRecordSource<CaseRecord> source = JpaRecordSource.of(persistence, CaseRecord.class).attribute("days", "daysOpen").build();
        long fiveDays = LongStream.rangeClosed(1, ROWS).filter(id -> CaseRows.daysOpen(id) == 5).count();
        assertEquals(fiveDays, source.count(Filter.NONE.with("days", Filter.Match.CONTAINS, "5")));
        assertEquals(0, source.count(Filter.NONE.with("days", Filter.Match.CONTAINS, "five")));
        assertEquals(0, source.count(Filter.NONE.with("title", Filter.Match.CONTAINS, "%")));
        assertEquals(LongStream.rangeClosed(1, ROWS).filter(id -> CaseRows.status(id).equals("待办")).count(),
                source.count(Filter.NONE.with("status", Filter.Match.EQUALS, "待办")));
        List<CaseRecord> page = source.page(Filter.NONE.with("status", Filter.Match.EQUALS, "已办结"), Sort.descending("days"), 0, 3);
        assertEquals(List.of(59L, 59L, 59L), page.stream().map(c -> (long) c.getDaysOpen()).toList());
        assertTrue(page.get(0).getId() > page.get(1).getId() && page.get(1).getId() > page.get(2).getId(), "ties broken by id");
    }

    /** The texts of body row {@code row} (0 = first), read through the NatTable's layers. */
    private static List<String> cells(SwtDriver driver, NatTable nat, int row) {
        return driver.onUi(() -> {
            List<String> texts = new ArrayList<>();
            for (int column = 0; column < nat.getColumnCount(); column++) {
                texts.add(String.valueOf(nat.getDataValueByPosition(column, row + HEADER_ROWS)));
            }
            return texts;
        });
    }

    private static RGB foreground(SwtDriver driver, NatTable nat, int row) {
        return driver.onUi(() -> {
            ILayerCell cell = nat.getCellByPosition(1, row + HEADER_ROWS);
            Color colour = CellStyleUtil.getCellStyle(cell, nat.getConfigRegistry()).getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR);
            return colour.getRGB();
        });
    }

    private static RGB background(SwtDriver driver, NatTable nat, int row, int column) {
        return driver.onUi(() -> {
            ILayerCell cell = nat.getCellByPosition(column, row + HEADER_ROWS);
            Color colour = CellStyleUtil.getCellStyle(cell, nat.getConfigRegistry()).getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
            return colour == null ? null : colour.getRGB();
        });
    }

    private static int lastVisibleRow(NatTable nat) {
        return nat.getRowPositionByY(nat.getClientArea().height - 1) < 0 ? nat.getRowCount() - 1
                : nat.getRowPositionByY(nat.getClientArea().height - 1);
    }

}
