package org.jiedao.safety.ui.tests;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.jiedao.ui.testing.SwtDriver;

/** Runs a UI scenario on a thread of its own while the thread that made the display serves the event loop (as WorkbenchRunner does). */
final class UiScenario {

    static Display display;
    static SwtDriver driver;

    interface ThrowingRunnable {
        void run() throws Throwable;
    }

    private UiScenario() {
    }

    static void withDisplay(ThrowingRunnable scenario) throws Throwable {
        display = new Display();
        driver = new SwtDriver(display);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                scenario.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.set(true);
                display.wake();
            }
        }, "safety-ui-scenario");
        thread.setDaemon(true);
        display.asyncExec(thread::start);
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
