package org.jiedao.ui.internal;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.Enumeration;

import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.factory.set.MutableSetFactory;
import org.eclipse.collections.impl.set.mutable.MutableSetFactoryImpl;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Makes Eclipse Collections (used by NatTable, so by every RecordTable) find its implementation
 * in OSGi.
 * <p>
 * Each factory holder of the API bundle ({@code Sets}, {@code Lists}, {@code IntSets} …) looks
 * its implementation up once, when the class is initialised: with {@link java.util.ServiceLoader}
 * and then {@link Class#forName}, through the thread's context class loader and then the API
 * bundle's own. The API bundle does not see the implementation bundle, and there is no
 * ServiceLoader Mediator in the product, so the lookup works only if the context class loader sees
 * it. On the UI thread Equinox's context finder answers with the loader of the first bundle on the
 * stack, NatTable's, which does not: the holder then keeps for good a proxy that throws "Could not
 * find any implementations of MutableSetFactory" on every call, NatTable's painter fails on every
 * paint (logged through SLF4J, which the nop binding used to drop) and the table stays blank. Which thread touched a holder first
 * decided whether a product's tables painted.
 * <p>
 * {@link #initialise()} initialises every holder of the API bundle once, with the implementation
 * bundle's class loader as the context class loader, before the first NatTable is built.
 */
public final class EclipseCollections {

    private static final String FACTORIES = "org/eclipse/collections/api/factory";

    private static boolean initialised;

    private EclipseCollections() {
    }

    /** Initialises the factory holders (once; later calls return at once). Any thread. */
    public static synchronized void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader api = MutableSetFactory.class.getClassLoader();
        thread.setContextClassLoader(MutableSetFactoryImpl.class.getClassLoader());
        try {
            Bundle apiBundle = FrameworkUtil.getBundle(MutableSetFactory.class);
            Enumeration<URL> entries = apiBundle == null ? null : apiBundle.findEntries(FACTORIES, "*.class", true);
            while (entries != null && entries.hasMoreElements()) {
                String path = entries.nextElement().getPath();
                if (path.contains("$")) {
                    continue;
                }
                String name = path.substring(path.indexOf(FACTORIES), path.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(name, true, api);
                } catch (ClassNotFoundException | LinkageError e) {
                    log(IStatus.WARNING, "Eclipse Collections: could not initialise " + name, e);
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (Proxy.isProxyClass(Sets.mutable.getClass())) {
            log(IStatus.ERROR, "Eclipse Collections found no implementation (Sets.mutable is a throwing proxy): "
                    + "tables built on NatTable will not paint. Was a factory holder initialised earlier on another thread?", null);
        }
    }

    private static void log(int severity, String message, Throwable e) {
        ILog.of(EclipseCollections.class).log(new Status(severity, EclipseCollections.class, message, e));
    }
}
