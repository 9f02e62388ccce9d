package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * A refresh after a save, an import or another officer's change: with a row identity the table keeps the
 * officer's place and selected row, even when rows were added above it (and on a page fetched later);
 * without one nothing stays selected. A real table in a real shell under Xvfb.
 */
class RecordTableRefreshTest {

    private record Item(long id, String name) {
    }

    private static final int HEADER_ROWS = 2; // column header and filter row
    private static final Duration WAIT = Duration.ofMinutes(1);

    @Test
    void aRefreshKeepsThePlaceAndTheSelectedRowByIdentity() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        List<Item> rows = new CopyOnWriteArrayList<>();
        for (long id = 1; id <= 1000; id++) {
            rows.add(new Item(id, "记录 " + id));
        }
        List<Column<Item>> columns = List.of(Column.<Item>of("id", "编号", Item::id).width(80), Column.<Item>of("name", "名称", Item::name).width(200));
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 500, 400);
        RecordTable<Item> table = new RecordTable<>(shell, columns, 100); // pages of 100: the selected row is on page 6
        NatTable nat = table.getNatTable();
        List<List<Item>> heard = new CopyOnWriteArrayList<>();
        table.addSelectionListener(heard::add);
        table.setRowIdentity(Item::id);
        shell.open();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread scenario = new Thread(() -> {
            try {
                driver.onUi(() -> table.setInput(new ListRecordSource<>(() -> new ArrayList<>(rows), columns)));
                driver.waitUntil("the first page", WAIT, () -> driver.onUi(() -> table.getRowCount() == 1000 && !table.isLoading()));
                driver.onUi(() -> table.reveal(650));
                driver.waitUntil("row 650 on screen", WAIT, () -> driver.onUi(() -> !table.isLoading()
                        && String.valueOf(nat.getDataValueByPosition(1, HEADER_ROWS + 1)).startsWith("记录 ")));
                int top = driver.onUi(() -> nat.getRowIndexByPosition(HEADER_ROWS));
                assertTrue(top > 500, "scrolled down: " + top);
                // the officer selects the third row on screen
                driver.onUi(() -> nat.doCommand(new SelectRowsCommand(nat, 1, HEADER_ROWS + 2, false, false)));
                driver.waitUntil("the selection", WAIT, () -> driver.onUi(() -> table.getSelection().size() == 1));
                Item chosen = driver.onUi(() -> table.getSelection().get(0));
                assertEquals(top + 2 + 1, chosen.id(), "row index top + 2 holds id top + 3");

                // five rows arrive above it (another officer's registrations), then the table refreshes
                for (long id = 2005; id > 2000; id--) {
                    rows.add(0, new Item(id, "新记录 " + id));
                }
                heard.clear();
                driver.onUi(table::refresh);
                driver.waitUntil("the same row selected again", WAIT,
                        () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 1005 && table.getSelection().size() == 1));
                assertEquals(chosen, driver.onUi(() -> table.getSelection().get(0)), "the same record, five rows further down");
                assertEquals(top, (int) driver.onUi(() -> nat.getRowIndexByPosition(HEADER_ROWS)), "the same place on screen");
                assertTrue(heard.stream().anyMatch(s -> s.equals(List.of(chosen))), "the selection listeners heard of it: " + heard);

                // without an identity: nothing selected (as before row identities)
                driver.onUi(() -> table.setRowIdentity(null));
                driver.onUi(table::refresh);
                driver.waitUntil("a plain refresh", WAIT, () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 1005));
                assertTrue(driver.onUi(() -> table.getSelection().isEmpty()));
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.set(true);
                display.wake();
            }
        }, "record-table-refresh");
        scenario.setDaemon(true);
        scenario.start();
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        shell.dispose();
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() != null) {
            throw (Error) failure.get();
        }
    }
}
