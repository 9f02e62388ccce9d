package org.jiedao.safety.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.jiedao.ui.testing.SwtDriver;

/** The safety UI tests' display and driver, with the scenario run by the platform's {@link org.jiedao.ui.testing.UiScenario}. */
final class UiScenario {

    static Display display;
    static SwtDriver driver;

    private UiScenario() {
    }

    static void withDisplay(org.jiedao.ui.testing.UiScenario.Scenario scenario) throws Throwable {
        display = new Display();
        driver = new SwtDriver(display);
        try {
            org.jiedao.ui.testing.UiScenario.run(display, scenario);
        } finally {
            display.dispose();
        }
    }
}
