package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.JpaRecordSource;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An officer's header clicks on a RecordTable over 200,000 cases in embedded Derby, made by the X
 * server as a mouse's (XTest through xdotool, see {@link SwtDriver#click(org.eclipse.swt.widgets.Control,
 * java.util.function.Supplier)}) at the header cell's place on the screen:
 * the first click orders ascending, the second descending, the third returns to the source's order
 * (NatTable's cycle); the first rows are read through the table's layers, the header's sort arrow
 * and the first row's text are read back from the screen. The order comes from the database (ORDER
 * BY), the table never holds more than its pages. Its speed is measured by releng/bench/table.sh.
 */
class RecordTableHeaderClickTest {

    private static final int ROWS = RecordTableTest.ROWS;
    private static final int HEADER_ROWS = 2; // column header and filter row
    private static final int ID = 0;
    private static final int TITLE = 1;
    private static final int DAYS_OPEN = 4;
    private static final int CHECKED = 8; // first rows compared in each order

    private static PersistenceService persistence;

    @BeforeAll
    static void fillTheDatabase() {
        persistence = Services.await(PersistenceService.class);
        CaseRows.ensure(persistence, ROWS);
    }

    @Test
    void headerClicksOrderAllRowsAscendingDescendingAndBack() throws Exception {
        String[] titles = new String[ROWS];
        for (int id = 1; id <= ROWS; id++) {
            titles[id - 1] = CaseRows.title(id);
        }
        Arrays.sort(titles); // titles are unique: id * 7919 mod the prime 1,000,003 differs for every id below it

        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        Shell shell = new Shell(display);
        shell.setText("RecordTable header clicks");
        shell.setLayout(new FillLayout());
        shell.setBounds(30, 30, 900, 600);
        RecordTable<CaseRecord> table = new RecordTable<>(shell, RecordTableTest.columns());
        NatTable nat = table.getNatTable();
        AtomicInteger paintsWithData = new AtomicInteger();
        nat.addPaintListener(e -> {
            if (table.getRowCount() > 0 && !table.isLoading()) {
                paintsWithData.incrementAndGet();
            }
        });
        List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        RecordSource<CaseRecord> database = JpaRecordSource.of(persistence, CaseRecord.class).build();
        RecordSource<CaseRecord> source = new RecordSource<>() {
            @Override
            public int count(Filter filter) {
                return database.count(filter);
            }

            @Override
            public List<CaseRecord> page(Filter filter, Sort sort, int offset, int limit) {
                asked.add(sort + " " + offset + "+" + limit);
                return database.page(filter, sort, offset, limit);
            }
        };
        shell.open();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread scenario = new Thread(() -> {
            try {
                driver.onUi(() -> table.setInput(source));
                driver.waitUntil("the first page to be painted", RecordTableTest.QUERY_WAIT, () -> paintsWithData.get() > 0);
                assertEquals(ROWS, (int) driver.onUi(table::getRowCount));
                assertFirstRowsInIdOrder(driver, nat);
                int[] titleHeader = headerPixels(driver, nat, TITLE);
                int[] daysHeader = headerPixels(driver, nat, DAYS_OPEN);
                int[] firstRowUnsorted = rowPixels(driver, nat, TITLE);

                // 1st click on 标题: ascending, in the database
                clickAndAwaitOrder(driver, nat, table, paintsWithData, TITLE, Sort.ascending("title"));
                for (int row = 0; row < CHECKED; row++) {
                    assertRow(driver, nat, row, titles[row]);
                }
                int[] up = headerPixels(driver, nat, TITLE);
                int[] firstRowAscending = rowPixels(driver, nat, TITLE);
                assertFalse(Arrays.equals(titleHeader, up), "a sort arrow in the clicked header");
                assertArrayEquals(daysHeader, headerPixels(driver, nat, DAYS_OPEN), "no arrow in the other headers");
                assertFalse(Arrays.equals(firstRowUnsorted, firstRowAscending), "the screen shows the new first row");

                // 2nd click: descending
                clickAndAwaitOrder(driver, nat, table, paintsWithData, TITLE, Sort.descending("title"));
                for (int row = 0; row < CHECKED; row++) {
                    assertRow(driver, nat, row, titles[ROWS - 1 - row]);
                }
                int[] down = headerPixels(driver, nat, TITLE);
                assertFalse(Arrays.equals(titleHeader, down), "a sort arrow in the clicked header");
                assertArrayEquals(new int[] { 1 }, arrowColumns(driver, nat, TITLE, up, down),
                        "the arrow turns: ascending and descending differ only at the right end of the header cell");
                int[] firstRowDescending = rowPixels(driver, nat, TITLE);
                assertFalse(Arrays.equals(firstRowAscending, firstRowDescending), "the screen shows the new first row");

                // 3rd click: the source's own order again (NatTable's cycle none → ascending → descending → none)
                clickAndAwaitOrder(driver, nat, table, paintsWithData, TITLE, Sort.NONE);
                assertFirstRowsInIdOrder(driver, nat);
                assertArrayEquals(titleHeader, headerPixels(driver, nat, TITLE), "the arrow is gone");
                assertArrayEquals(firstRowUnsorted, rowPixels(driver, nat, TITLE), "the first row is drawn as before the clicks");

                // another column (not indexed): its first click orders it ascending, ties by id
                clickAndAwaitOrder(driver, nat, table, paintsWithData, DAYS_OPEN, Sort.ascending("daysOpen"));
                for (int row = 0; row < CHECKED; row++) {
                    long id = 60L * (row + 1); // days open = id mod 60: 0 for 60, 120, 180 …
                    assertEquals(List.of(Long.toString(id), CaseRows.title(id), "0"),
                            List.of(cell(driver, nat, row, ID), cell(driver, nat, row, TITLE), cell(driver, nat, row, DAYS_OPEN)));
                }
                assertFalse(Arrays.equals(daysHeader, headerPixels(driver, nat, DAYS_OPEN)), "the arrow in the days header");
                assertArrayEquals(titleHeader, headerPixels(driver, nat, TITLE), "one column orders at a time");
                // each order was the source's (ORDER BY in the database), asked for a page of 200 from the top: nothing sorted in memory
                List<String> pages = List.copyOf(asked);
                for (Sort sort : List.of(Sort.ascending("title"), Sort.descending("title"), Sort.NONE, Sort.ascending("daysOpen"))) {
                    assertTrue(pages.contains(sort + " 0+" + RecordTable.DEFAULT_PAGE_SIZE), sort + " asked of the source: " + pages);
                }
                assertTrue(pages.stream().allMatch(p -> p.endsWith("+" + RecordTable.DEFAULT_PAGE_SIZE)), "pages only: " + pages);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.set(true);
                display.wake();
            }
        }, "record-table-header-clicks");
        scenario.setDaemon(true);
        scenario.start();
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (failure.get() != null) {
            driver.screenshot("RecordTableHeaderClickTest-failure");
        }
        shell.dispose();
        if (failure.get() != null) {
            if (failure.get() instanceof Exception e) {
                throw e;
            }
            throw (Error) failure.get();
        }
    }

    /** A mouse's click (pointer moved, button pressed and released by the X server) in the middle of the header cell of {@code column}. */
    static void clickHeader(SwtDriver driver, NatTable nat, int column) {
        driver.click(nat, () -> {
            Rectangle cell = nat.getCellByPosition(column, 0).getBounds();
            return new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
        });
    }

    /**
     * Clicks the header of {@code column} and waits until the table holds {@code sort} with its first screen fetched and
     * painted after the click (the paints are counted from before the click: over a few hundred thousand rows the new
     * page can be painted before the click returns).
     */
    private static void clickAndAwaitOrder(SwtDriver driver, NatTable nat, RecordTable<CaseRecord> table, AtomicInteger paints,
            int column, Sort sort) {
        int before = paints.get();
        clickHeader(driver, nat, column);
        driver.waitUntil("the order " + sort + " painted", RecordTableTest.QUERY_WAIT, () -> sort.equals(table.getSort()) && !table.isLoading()
                && table.getRowCount() == ROWS && paints.get() > before);
    }

    private static void assertFirstRowsInIdOrder(SwtDriver driver, NatTable nat) {
        for (int row = 0; row < CHECKED; row++) {
            long id = row + 1;
            assertEquals(List.of(Long.toString(id), CaseRows.title(id)), List.of(cell(driver, nat, row, ID), cell(driver, nat, row, TITLE)));
        }
    }

    /** Row {@code row} shows {@code title} and the rest of the same record (its id, status, days open). */
    private static void assertRow(SwtDriver driver, NatTable nat, int row, String title) {
        long id = Long.parseLong(cell(driver, nat, row, ID));
        assertEquals(title, cell(driver, nat, row, TITLE), "row " + row);
        assertEquals(CaseRows.title(id), title, "row " + row + " is one record");
        assertEquals(CaseRows.status(id), cell(driver, nat, row, 2));
        assertEquals(Integer.toString(CaseRows.daysOpen(id)), cell(driver, nat, row, DAYS_OPEN));
    }

    /** The text of a body cell as the table displays it (through its layers: what the painter is given). */
    private static String cell(SwtDriver driver, NatTable nat, int row, int column) {
        return driver.onUi(() -> String.valueOf(nat.getDataValueByPosition(column, row + HEADER_ROWS)));
    }

    /** The pixels of the header cell of {@code column} (inside its border), read back from the screen. */
    private static int[] headerPixels(SwtDriver driver, NatTable nat, int column) {
        return driver.onUi(() -> pixels(screen(nat, inside(nat.getCellByPosition(column, 0).getBounds()))));
    }

    /**
     * Where two pictures of the header cell of {@code column} differ: {1} when every differing pixel lies in the right
     * quarter of the cell (where NatTable's sort header painter draws its arrow, right of the centred text), {0} when
     * some lies elsewhere, {} when they do not differ.
     */
    private static int[] arrowColumns(SwtDriver driver, NatTable nat, int column, int[] one, int[] other) {
        int width = driver.onUi(() -> inside(nat.getCellByPosition(column, 0).getBounds()).width);
        boolean differ = false;
        for (int i = 0; i < one.length; i++) {
            if (one[i] != other[i]) {
                differ = true;
                if (i % width < width * 3 / 4) {
                    return new int[] { 0 };
                }
            }
        }
        return differ ? new int[] { 1 } : new int[0];
    }

    /** The pixels of the first body row's cell in {@code column}, read back from the screen. */
    private static int[] rowPixels(SwtDriver driver, NatTable nat, int column) {
        return driver.onUi(() -> {
            return pixels(screen(nat, inside(nat.getCellByPosition(column, HEADER_ROWS).getBounds())));
        });
    }

    private static Rectangle inside(Rectangle cell) {
        return new Rectangle(cell.x + 2, cell.y + 2, cell.width - 4, cell.height - 4);
    }

    private static int[] pixels(ImageData data) {
        int[] pixels = new int[data.width * data.height];
        for (int y = 0; y < data.height; y++) {
            data.getPixels(0, y, data.width, pixels, y * data.width);
        }
        return pixels;
    }

    /** What the screen shows in {@code area} of {@code nat} (pending paints done first). Call on the UI thread. */
    private static ImageData screen(NatTable nat, Rectangle area) {
        nat.update();
        Point origin = nat.toDisplay(area.x, area.y);
        Image image = new Image(nat.getDisplay(), area.width, area.height);
        GC gc = new GC(nat.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

}
