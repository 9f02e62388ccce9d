package org.jiedao.ui.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Runs a UI test's scenario on a thread of its own while the calling thread — the display's — serves the event loop,
 * so the scenario can post real key and mouse events and wait for their effects ({@link SwtDriver}) the way an officer's
 * hands and eyes do. The scenario's failure is rethrown on the calling thread.
 *
 * <pre>
 * Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
 * SwtDriver driver = new SwtDriver(display);
 * Shell shell = ...; shell.open();
 * UiScenario.run(display, () -&gt; {
 *     driver.click(okButton);
 *     driver.waitUntil("saved", () -&gt; saved.get());
 * });
 * </pre>
 */
public final class UiScenario {

    /** A scenario: any failure (an assertion, an exception) ends it and the test. */
    @FunctionalInterface
    public interface Scenario {
        void run() throws Throwable;
    }

    private UiScenario() {
    }

    /**
     * Runs {@code scenario} on a new thread, dispatching {@code display}'s events on this thread until it ends.
     *
     * @throws Throwable what the scenario threw
     */
    public static void run(Display display, Scenario scenario) throws Throwable {
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
        }, "ui-scenario");
        thread.setDaemon(true);
        thread.start();
        while (!done.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
