package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;
import org.junit.jupiter.api.Test;

/**
 * A record editor on FormDialog in a real window under Xvfb, typed into with key events: a day, an amount and a
 * number are checked as typed (OK stays disabled while one is wrong); a save the service refuses shows its
 * message in the dialog, which stays open with the officer's input; the next save closes it with OK.
 */
class FormDialogTest {

    /** A project's yearly figures, the way a module's editor would be written. */
    private static final class FiguresDialog extends FormDialog {
        final List<String> saved = new ArrayList<>();
        boolean refuseNext = true;
        Text day;
        Text turnover;
        Text jobs;
        Button excellent;

        FiguresDialog(Shell parent) {
            super(parent, "年度数据 TEST-1", "填写该项目当年的带动就业和营业额。");
        }

        @Override
        protected void createFields(FormBuilder form) {
            day = form.date("统计日期", true);
            turnover = form.decimal("营业额（元）", true, 2, BigDecimal.ZERO);
            jobs = form.integer("带动就业（人）", true, 0, 10_000);
            excellent = form.check("优秀学生项目");
        }

        FormBuilder fields() {
            return form();
        }

        Button okButton() {
            return getButton(IDialogConstants.OK_ID);
        }

        @Override
        protected void save() {
            if (refuseNext) {
                refuseNext = false;
                throw new IllegalStateException("项目 TEST-1 在 2026 年已有年度数据。");
            }
            saved.add(FormBuilder.dateOf(day) + " " + FormBuilder.decimalOf(turnover) + " " + FormBuilder.integerOf(jobs) + " "
                    + excellent.getSelection());
        }
    }

    @Test
    void checksFieldsAsTypedShowsARefusalAndKeepsTheInputThenSaves() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        Shell parent = new Shell(display);
        FiguresDialog dialog = new FiguresDialog(parent);
        dialog.setBlockOnOpen(false);
        dialog.open();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread scenario = new Thread(() -> {
            try {
                Button ok = driver.onUi(() -> dialog.okButton());
                assertFalse(driver.onUi(ok::isEnabled), "required fields are empty");

                driver.click(dialog.day);
                driver.type("2026-02-30");
                driver.waitUntil("a day that does not exist refused",
                        () -> dialog.fields().errorOf(dialog.day).orElse("").contains("2026-02-30"));
                // Chinese text arrives from the input method as one commit, not as key events
                driver.onUi(() -> dialog.day.setText("2026年12月7日"));
                driver.waitUntil("a Chinese date accepted", () -> dialog.fields().errorOf(dialog.day).isEmpty());

                driver.click(dialog.turnover);
                driver.type("1,234.567");
                driver.waitUntil("three decimals refused", () -> dialog.fields().errorOf(dialog.turnover).isPresent());
                driver.press(SWT.BS);
                driver.waitUntil("two decimals accepted", () -> dialog.fields().errorOf(dialog.turnover).isEmpty());

                driver.click(dialog.jobs);
                driver.type("12000");
                driver.waitUntil("out of range", () -> dialog.fields().errorOf(dialog.jobs).orElse("").contains("10000"));
                assertFalse(driver.onUi(ok::isEnabled));
                driver.press(SWT.BS);
                driver.waitUntil("OK enabled once every field is right", ok::isEnabled);
                driver.click(dialog.excellent);
                driver.waitUntil("the check box ticked", () -> dialog.excellent.getSelection());

                driver.click(ok);
                driver.waitUntil("the refusal shown in the dialog",
                        () -> "项目 TEST-1 在 2026 年已有年度数据。".equals(dialog.getErrorMessage()));
                assertTrue(driver.onUi(() -> dialog.getShell() != null && !dialog.getShell().isDisposed()), "still open");
                assertEquals("1,234.56", driver.onUi(() -> dialog.turnover.getText()), "the input is kept");

                driver.click(ok);
                driver.waitUntil("closed after the save", () -> dialog.getShell() == null);
            } catch (Throwable t) {
                failure.set(t);
                display.asyncExec(() -> dialog.close());
            }
        });
        scenario.start();
        SwtDriver.spin(display, () -> dialog.getShell() == null || dialog.getShell().isDisposed() || failure.get() != null);
        scenario.join(10_000);
        parent.dispose();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(Window.OK, dialog.getReturnCode());
        assertEquals(List.of("2026-12-07 1234.56 1200 true"), dialog.saved);
    }

    @Test
    void readsDaysAmountsAndNumbersAsOfficersTypeThem() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        try {
            Text field = new Text(shell, SWT.SINGLE);
            field.setText("2026/12/7");
            assertEquals(LocalDate.of(2026, 12, 7), FormBuilder.dateOf(field));
            field.setText(" 2020.06.11 ");
            assertEquals(LocalDate.of(2020, 6, 11), FormBuilder.dateOf(field));
            field.setText("2026-13-01");
            assertNull(FormBuilder.dateOf(field));
            field.setText("12/07/2026");
            assertNull(FormBuilder.dateOf(field));
            FormBuilder.setDate(field, LocalDate.of(2022, 6, 11));
            assertEquals("2022-06-11", field.getText());
            field.setText("5,000,000.00");
            assertEquals(new BigDecimal("5000000.00"), FormBuilder.decimalOf(field));
            field.setText("5e3");
            assertNull(FormBuilder.decimalOf(field));
            field.setText("152");
            assertEquals(152L, FormBuilder.integerOf(field));
            field.setText("1.5");
            assertNull(FormBuilder.integerOf(field));
        } finally {
            shell.dispose();
        }
    }
}
