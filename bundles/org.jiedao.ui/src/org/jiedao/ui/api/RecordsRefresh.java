package org.jiedao.ui.api;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.jiedao.core.persistence.RecordsChanged;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Keeps a part's records fresh: after each committed change of the records of the given bundles
 * ({@link RecordsChanged}: an import, another window, a dialog) the part's own refresh runs on the
 * UI thread, once for a burst of commits (an import of many batches), as long as the control lives:
 *
 * <pre>
 * &#64;PostConstruct
 * void create(Composite parent) {
 *     ...
 *     RecordsRefresh.whenChanged(table, this::refresh, "org.example.volunteers");
 * }
 * </pre>
 */
public final class RecordsRefresh {

    /** Commits closer together than this are one refresh. */
    static final int COALESCE_MILLIS = 250;

    private RecordsRefresh() {
    }

    /**
     * Runs {@code refresh} (on the UI thread) after records of {@code bundles} (symbolic names of the
     * bundles contributing the entities) changed, until {@code control} is disposed.
     */
    public static void whenChanged(Control control, Runnable refresh, String... bundles) {
        if (bundles.length == 0) {
            throw new IllegalArgumentException("name the bundles whose records the part shows");
        }
        Display display = control.getDisplay();
        BundleContext context = FrameworkUtil.getBundle(RecordsRefresh.class).getBundleContext();
        AtomicBoolean scheduled = new AtomicBoolean();
        Runnable run = () -> {
            scheduled.set(false);
            if (!control.isDisposed()) {
                refresh.run();
            }
        };
        EventHandler handler = event -> {
            if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        display.timerExec(COALESCE_MILLIS, run);
                    }
                });
            }
        };
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, Arrays.stream(bundles).map(RecordsChanged::topic).toArray(String[]::new));
        ServiceRegistration<EventHandler> registration = context.registerService(EventHandler.class, handler, properties);
        control.addDisposeListener(e -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first
            }
        });
    }
}
