package org.jiedao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.ui.api.ConcurrentChangeDialog;
import org.jiedao.ui.testing.SwtDriver;
import org.junit.jupiter.api.Test;

/**
 * The message an officer gets when a colleague saved the same record first, in Chinese, with the
 * choice to reload — clicked with the real mouse.
 */
class ConcurrentChangeDialogTest {

    @Test
    void explainsTheConflictAndOffersToReload() throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        AtomicBoolean reload = new AtomicBoolean();
        Thread scenario = new Thread(() -> {
            Shell dialog = driver.waitForShell("记录已被他人修改");
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(dialog, Label.class, l -> l.getText().contains("重新载入该记录")
                    && l.getText().contains("Petition 42")).isEmpty()), "the explanation names the record");
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(dialog, Button.class, b -> b.getText().startsWith("暂不载入")).isEmpty()));
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().equals("重新载入"))));
            driver.waitForClosed(dialog);
        });
        display.asyncExec(scenario::start);
        Shell parent = new Shell(display);
        reload.set(ConcurrentChangeDialog.open(parent, new ConcurrentChangeException("Petition", 42L, null)));
        scenario.join(10_000);
        parent.dispose();
        assertTrue(reload.get(), "the officer chose to reload");
    }
}
