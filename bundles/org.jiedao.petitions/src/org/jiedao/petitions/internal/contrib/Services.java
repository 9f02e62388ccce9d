package org.jiedao.petitions.internal.contrib;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Looks an OSGi service up per call, for classes the platform creates without injection (import
 * formats). Never cached: the service may come and go with its bundle.
 */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException("Service not available: " + type.getName());
        }
        return service;
    }
}
