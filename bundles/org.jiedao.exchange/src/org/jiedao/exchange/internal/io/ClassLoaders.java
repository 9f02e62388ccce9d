package org.jiedao.exchange.internal.io;

/**
 * XMLBeans (under POI's OOXML classes) looks some schema types up through the thread's context
 * class loader; in OSGi that loader must see the schema bundle, so POI work runs with this bundle's
 * class loader (which imports POI and its schemas) as the context.
 */
public final class ClassLoaders {

    /** Work that may throw a checked exception. */
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    static {
        // POI logs through the Log4j API; without a Log4j implementation the API prints an error on
        // standard error at the first use. Jiedao does not need POI's debug logging: use the API's
        // own simple provider, switched off, unless the installation configured Log4j itself.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            if (System.getProperty("log4j2.simplelogLevel") == null) {
                System.setProperty("log4j2.simplelogLevel", "OFF");
            }
        }
    }

    private ClassLoaders() {
    }

    /** Makes sure the logging set-up above ran before POI's first class initialises. */
    public static void init() {
        // the static initialiser does the work
    }

    public static <T, E extends Exception> T withBundleLoader(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoaders.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
