package org.jiedao.ui.widgets;

import java.net.URL;
import java.util.Enumeration;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * NatTable uses Eclipse Collections, whose factories ({@code Sets.mutable}, {@code IntLists.mutable},
 * ...) find their implementations with {@link java.util.ServiceLoader} when their class is first
 * initialised, through the thread's context class loader. In OSGi without a ServiceLoader mediator
 * (Jiedao has none, see org.jiedao.serviceloader.capabilities) that loader does not see the
 * implementation bundle, the factories become stand-ins that throw on first use, and NatTable's
 * painter, which catches and only logs the exception, paints nothing: an empty table. So before the
 * first NatTable is built, every factory class of {@code org.eclipse.collections.api} is initialised
 * once with the implementation bundle as the context class loader.
 */
final class EclipseCollections {

    private static final String API = "org.eclipse.collections.api", IMPL = "org.eclipse.collections.impl";
    private static boolean primed;

    private EclipseCollections() {
    }

    static synchronized void prime() {
        if (primed) {
            return;
        }
        primed = true;
        Bundle self = FrameworkUtil.getBundle(EclipseCollections.class);
        if (self == null || self.getBundleContext() == null) {
            return; // not in OSGi: the class path sees everything
        }
        Optional<ClassLoader> api = loader(self, API), impl = loader(self, IMPL);
        if (api.isEmpty() || impl.isEmpty()) {
            ILog.of(EclipseCollections.class).warn("Eclipse Collections bundles not found; tables may paint empty");
            return;
        }
        Bundle apiBundle = bundle(self, API);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(impl.get());
        try {
            Enumeration<URL> entries = apiBundle == null ? null : apiBundle.findEntries("org/eclipse/collections/api/factory", "*.class", true);
            while (entries != null && entries.hasMoreElements()) {
                String path = entries.nextElement().getPath();
                String name = path.substring(path.indexOf("org/"), path.length() - ".class".length()).replace('/', '.');
                if (name.indexOf('$') < 0) {
                    try {
                        Class.forName(name, true, api.get());
                    } catch (ReflectiveOperationException | LinkageError e) {
                        ILog.of(EclipseCollections.class).warn("Cannot initialise " + name, e);
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Bundle bundle(Bundle self, String symbolicName) {
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                return b;
            }
        }
        return null;
    }

    private static Optional<ClassLoader> loader(Bundle self, String symbolicName) {
        Bundle b = bundle(self, symbolicName);
        if (b == null) {
            return Optional.empty();
        }
        if (b.getState() == Bundle.INSTALLED) {
            return Optional.empty();
        }
        BundleWiring wiring = b.adapt(BundleWiring.class);
        return wiring == null ? Optional.empty() : Optional.ofNullable(wiring.getClassLoader());
    }
}
