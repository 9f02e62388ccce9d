package org.jiedao.testing;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * OSGi services for tests: waits for Declarative Services to register them. Part of the SDK (bundle
 * {@code org.jiedao.testing}): a plugin's test bundle requires it instead of writing its own tracker.
 */
public final class Services {

    private Services() {
    }

    /**
     * @return the service, waiting up to thirty seconds for it (a cold test runtime on a busy machine
     *         activates the persistence unit and the modules' components first)
     * @throws AssertionError when it does not appear
     */
    public static <T> T await(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new AssertionError("OSGi service " + type.getName() + " is not registered");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + type.getName(), e);
        }
    }
}
