package org.jiedao.ui.widgets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.widgets.FormBuilder;
import org.junit.jupiter.api.Test;

/**
 * A form built with FormBuilder in a real shell under Xvfb, typed into with real key events: the
 * required markers, a message under the field while its text is refused, the OK button enabled
 * exactly while the form is valid, and every message shown when OK is pressed on untouched fields.
 */
class FormBuilderTest {

    @Test
    void validatesAsTheOfficerTypesAndKeepsOkDisabledUntilTheFormIsRight() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        Shell shell = new Shell(display);
        shell.setText("FormBuilder");
        shell.setLayout(new GridLayout(1, false));
        FormBuilder form = new FormBuilder(shell);
        Text code = form.text("编码", true, v -> v.matches("[A-Za-z0-9-]*") ? null : "编码只能包含字母、数字和“-”");
        Combo level = form.choice("层级", true, List.of("区", "街道", "社区", "网格"));
        Text note = form.text("备注", false);
        Button ok = new Button(shell, SWT.PUSH);
        ok.setText("确定");
        form.bindEnabled(ok);
        shell.setBounds(40, 40, 520, 320);
        shell.open();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread scenario = new Thread(() -> {
            try {
                assertFalse(driver.onUi(ok::isEnabled), "required fields are empty");
                assertTrue(driver.onUi(() -> !SwtDriver.findAll(shell, Label.class, l -> l.getText().equals("编码 *")).isEmpty()),
                        "a required marker");
                assertTrue(driver.onUi(() -> !SwtDriver.findAll(shell, Label.class, l -> l.getText().equals("备注")).isEmpty()));

                driver.click(code);
                driver.type("A 1");
                driver.waitUntil("the message under the field", () -> visibleErrors(shell).contains("编码只能包含字母、数字和“-”"));
                assertEquals("编码只能包含字母、数字和“-”", driver.onUi(() -> form.errorOf(code).orElseThrow()));
                driver.press(SWT.BS);
                driver.press(SWT.BS);
                driver.type("-1");
                driver.waitUntil("the code accepted", () -> code.getText().equals("A-1") && form.errorOf(code).isEmpty()
                        && !visibleErrors(shell).contains("编码只能包含字母、数字和“-”"));
                assertFalse(driver.onUi(ok::isEnabled), "the level is still missing");

                driver.onUi(() -> form.select(level, 2));
                driver.waitUntil("OK enabled once the form is valid", ok::isEnabled);
                driver.click(note);
                driver.type("ok");
                assertTrue(driver.onUi(form::isValid));

                // emptying a required field disables OK again and says why
                driver.onUi(() -> code.setText(""));
                driver.waitUntil("OK disabled again", () -> !ok.isEnabled() && form.firstError().isPresent());
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

        // untouched fields show their messages only when OK is pressed (validateAll)
        Shell second = new Shell(display);
        second.setLayout(new GridLayout(1, false));
        FormBuilder untouched = new FormBuilder(second);
        untouched.text("名称", true);
        assertTrue(visibleErrors(second).isEmpty(), "no message before the user did anything");
        assertFalse(untouched.validateAll());
        assertEquals(1, visibleErrors(second).size(), visibleErrors(second).toString());
        second.dispose();
    }

    private static List<String> visibleErrors(Shell shell) {
        return SwtDriver.findAll(shell, Label.class, l -> l.getData(FormBuilder.ERROR_ID) != null && l.getVisible()).stream()
                .map(Label::getText).toList();
    }
}
