package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * A FilterBar over a RecordTable in a real shell under Xvfb (Chinese), used with real clicks and key
 * strokes: each change that gives a new query tells the listener once, the table shows the rows of
 * the bar's {@link Filter}, a wrong date is marked with the reason and asks nothing, 全部 lifts a
 * choice.
 */
class FilterBarTest {

    enum Level {
        STREET("街道"), COMMUNITY("社区");

        final String chinese;

        Level(String chinese) {
            this.chinese = chinese;
        }
    }

    record Unit(String name, Level level, LocalDate since) {
    }

    @Test
    void filtersTheTableAsTheOfficerChoosesTypesAndTicks() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        Shell shell = new Shell(display);
        shell.setText("FilterBar");
        shell.setLayout(new GridLayout(1, false));
        List<Unit> units = List.of(new Unit("元和街道", Level.STREET, LocalDate.of(2001, 1, 1)),
                new Unit("华辰嘉园社区", Level.COMMUNITY, LocalDate.of(2015, 6, 1)),
                new Unit("康桥花园社区", Level.COMMUNITY, LocalDate.of(2008, 3, 1)));
        List<String> asked = new CopyOnWriteArrayList<>();
        AtomicInteger refreshed = new AtomicInteger();
        FilterBar bar = new FilterBar(shell)
                .choice("level", "层级", List.of(Level.values()), l -> l.chinese)
                .text("name", "名称")
                .date("since", "成立于")
                .check("new", "2010年后");
        bar.button("refresh", "刷新", refreshed::incrementAndGet);
        List<Column<Unit>> columns = List.of(Column.<Unit>of("name", "名称", Unit::name).width(160),
                Column.<Unit>of("level", "层级", u -> u.level().chinese).width(80));
        RecordTable<Unit> table = new RecordTable<>(shell, columns);
        table.getControl().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        Runnable query = () -> {
            Filter filter = bar.filter();
            asked.add(filter.toString());
            Level level = bar.choice("level");
            String name = bar.text("name");
            LocalDate since = bar.date("since");
            boolean recent = bar.checked("new");
            List<Unit> rows = units.stream().filter(u -> level == null || u.level() == level)
                    .filter(u -> name == null || u.name().contains(name)).filter(u -> since == null || u.since().equals(since))
                    .filter(u -> !recent || u.since().getYear() >= 2010).toList();
            table.setInput(new ListRecordSource<>(() -> rows, columns));
        };
        bar.addChangeListener(query);
        query.run();
        shell.setBounds(40, 40, 900, 360);
        shell.open();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread scenario = new Thread(() -> {
            try {
                driver.waitUntil("every unit", () -> table.getRowCount() == 3 && !table.isLoading());
                Combo level = driver.onUi(() -> SwtDriver.findByData(shell, Combo.class, "level"));
                assertEquals(List.of("全部", "街道", "社区"), driver.onUi(() -> List.of(level.getItems())), "全部 first, then the values");
                assertTrue(driver.onUi(() -> !SwtDriver.findAll(shell, Label.class, l -> l.getText().equals("层级")).isEmpty()), "labelled");

                // a choice: one query, the table shows the communities
                driver.onUi(() -> {
                    level.select(2);
                    level.notifyListeners(SWT.Selection, new Event());
                });
                driver.waitUntil("the communities", () -> table.getRowCount() == 2 && !table.isLoading());
                assertEquals(2, asked.size(), asked.toString());
                assertEquals("Filter{level=Condition[match=EQUALS, value=社区]}", asked.get(1));

                // a text: typed, asked on Enter only
                Text name = driver.onUi(() -> SwtDriver.findByData(shell, Text.class, "name"));
                driver.click(name);
                driver.type("hua");
                driver.waitUntil("typed", () -> name.getText().equals("hua"));
                assertEquals(2, asked.size(), "typing alone asks nothing");
                driver.onUi(() -> name.setText("华辰"));
                driver.press(SWT.CR);
                driver.waitUntil("one community", () -> table.getRowCount() == 1 && !table.isLoading() && table.getText(0, 0).equals("华辰嘉园社区"));
                assertEquals(3, asked.size(), asked.toString());

                // a wrong date is marked with the reason and asks nothing; a right one asks
                Text since = driver.onUi(() -> SwtDriver.findByData(shell, Text.class, "since"));
                driver.click(since);
                driver.type("2015-13-01");
                driver.press(SWT.CR);
                driver.waitUntil("the date marked", () -> since.getToolTipText() != null);
                assertEquals("成立于：“2015-13-01”不是日期（年-月-日，如 2025-03-31）。", driver.onUi(since::getToolTipText));
                assertEquals(3, asked.size(), "a wrong date asks nothing");
                assertNull(driver.onUi(() -> bar.date("since")));
                driver.onUi(() -> since.setText("2015-06-01"));
                driver.press(SWT.CR);
                driver.waitUntil("the date accepted", () -> since.getToolTipText() == null && asked.size() == 4);
                assertEquals(LocalDate.of(2015, 6, 1), driver.onUi(() -> bar.date("since")));

                // emptying the text and the date asks again each time; the check box ticks with a click
                driver.onUi(() -> name.setText(""));
                driver.onUi(() -> since.setText(""));
                driver.waitUntil("both communities again", () -> table.getRowCount() == 2 && !table.isLoading());
                Button recent = driver.onUi(() -> SwtDriver.findByData(shell, Button.class, "new"));
                driver.click(recent);
                driver.waitUntil("the recent community", () -> table.getRowCount() == 1 && !table.isLoading());
                assertEquals("Filter{level=Condition[match=EQUALS, value=社区], new=Condition[match=EQUALS, value=true]}", asked.get(asked.size() - 1));

                // 全部 lifts the choice; the button runs its action and asks nothing
                driver.onUi(() -> {
                    level.select(0);
                    level.notifyListeners(SWT.Selection, new Event());
                    recent.setSelection(false);
                    recent.notifyListeners(SWT.Selection, new Event());
                });
                driver.waitUntil("every unit again", () -> table.getRowCount() == 3 && !table.isLoading());
                int before = asked.size();
                driver.click(driver.onUi(() -> SwtDriver.findByData(shell, Button.class, "refresh")));
                driver.waitUntil("刷新 run", () -> refreshed.get() == 1);
                assertEquals(before, asked.size());

                // choices loaded later keep the selected value
                driver.onUi(() -> {
                    bar.select("level", Level.COMMUNITY);
                    bar.setChoices("level", List.of(Level.COMMUNITY));
                });
                assertEquals(Level.COMMUNITY, driver.onUi(() -> bar.<Level> choice("level")));
                assertThrows(IllegalArgumentException.class, () -> driver.onUi(() -> bar.checked("nothing")));
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                display.asyncExec(shell::dispose);
            }
        });
        scenario.start();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        scenario.join(10_000);
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
