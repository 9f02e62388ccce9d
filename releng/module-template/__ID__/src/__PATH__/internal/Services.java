package __ID__.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * An OSGi service looked up per call, for the classes the platform creates without injection
 * (import/export formats, demo data). Never cached: a service may go away with its bundle.
 */
public final class Services {

    private Services() {
    }

    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException("Service not available: " + type.getName());
        }
        return service;
    }
}
