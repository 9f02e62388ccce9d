package org.jiedao.ui.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;

/**
 * Starts the real e4 workbench of a product (its application model, addons, fragments and
 * renderers, as {@code E4Application} does) inside the test's OSGi runtime, on the calling
 * thread, and runs a scenario against it from a second thread through an {@link SwtDriver}.
 * The call returns when the workbench has closed; a failure in the scenario is rethrown.
 */
public final class WorkbenchRunner {

    /**
     * A test scenario; it runs on its own thread, never on the UI thread, from the moment the
     * display runs events (so it also drives dialogs the life cycle shows before the workbench
     * window, such as a sign-in dialog).
     */
    @FunctionalInterface
    public interface Scenario {
        void run(SwtDriver driver) throws Exception;
    }

    private WorkbenchRunner() {
    }

    /**
     * @param productId the product extension id, e.g. {@code org.jiedao.ui.product}
     * @param timeout   the longest the whole scenario may take
     */
    public static void run(String productId, Duration timeout, Scenario scenario) throws Exception {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        IApplicationContext context = new ProductContext(productId);
        AtomicReference<E4Workbench> workbench = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        SwtDriver driver = new SwtDriver(display);
        Thread thread = new Thread(() -> {
            try {
                scenario.run(driver);
            } catch (Throwable t) {
                failure.set(t);
                // said at once: if closing fails too, the build log still shows why the scenario stopped
                System.err.println("WorkbenchRunner: the scenario failed: " + t);
            } finally {
                finished.set(true);
                closeIfRunning(display, workbench.get());
            }
        }, "workbench-scenario");
        thread.setDaemon(true);

        // the scenario starts with the first event loop: the life cycle's dialogs or the workbench's
        display.asyncExec(thread::start);
        display.timerExec((int) timeout.toMillis(), () -> {
            if (!finished.get()) {
                failure.compareAndSet(null, new AssertionError("Scenario did not finish within " + timeout));
                closeIfRunning(display, workbench.get());
            }
        });
        E4Workbench created = new E4Application().createE4Workbench(context, display);
        workbench.set(created);
        if (created != null && !finished.get()) {
            created.createAndRunUI(created.getApplication());
        } else if (created == null) {
            failure.compareAndSet(null, new AssertionError("The workbench did not start (the life cycle cancelled it)"));
        }
        // the workbench is closed; keep serving the scenario (it may be checking just that)
        long deadline = System.currentTimeMillis() + 10_000;
        while (thread.isAlive() && !display.isDisposed() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {
                });
                display.sleep();
            }
        }
        thread.join(1_000);
        if (thread.isAlive()) {
            failure.compareAndSet(null, new AssertionError("Scenario still running after the workbench closed"));
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /**
     * Closes the workbench; before it exists (the scenario failed in a dialog of the life cycle, such
     * as the sign-in), closes the open dialogs instead, so that the life cycle returns and the test
     * ends with its failure instead of waiting in the dialog's event loop for ever.
     */
    private static void closeIfRunning(Display display, E4Workbench workbench) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (workbench != null) {
                    workbench.close();
                    return;
                }
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed()) {
                        shell.close();
                        if (!shell.isDisposed()) {
                            shell.dispose();
                        }
                    }
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            // the display went away with the workbench: already closed
        }
    }

    /** The launch context that Equinox would give the product's application. */
    private static final class ProductContext implements IApplicationContext {
        private final Map<String, String> properties = new HashMap<>();
        private final Map<String, Object> arguments = new HashMap<>();
        private final String productId;
        private String name;
        private String application;
        private Bundle bundle;

        ProductContext(String productId) {
            this.productId = productId;
            IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                    productId);
            if (extension == null) {
                throw new IllegalArgumentException("No product extension " + productId);
            }
            for (IConfigurationElement product : extension.getConfigurationElements()) {
                name = product.getAttribute("name");
                application = product.getAttribute("application");
                for (IConfigurationElement property : product.getChildren("property")) {
                    properties.put(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
            bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
            arguments.put(IApplicationContext.APPLICATION_ARGS, new String[] { "-clearPersistedState" });
        }

        @Override
        public Map<String, Object> getArguments() {
            return arguments;
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return application;
        }

        @Override
        public String getBrandingName() {
            return name;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return productId;
        }

        @Override
        public String getBrandingProperty(String key) {
            return properties.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return bundle;
        }

        @Override
        public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            // not an asynchronous application
        }
    }
}
