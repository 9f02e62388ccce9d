package org.jiedao.core.contributions;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.InjectionException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The one factory for the classes a module contributes through an extension point: import and
 * export formats, demo data, command-line commands, dashboard widgets, search providers, record
 * openers, reports. The class is created with e4 dependency injection, so a contribution asks for
 * the OSGi services it needs instead of looking them up:
 *
 * <pre>
 * public final class HoursFormat implements RecordFormat {
 *     &#64;Inject PersistenceService persistence;     // any OSGi service, by its type
 *     &#64;Inject OrgUnitService units;
 *     ...
 * }
 * </pre>
 *
 * A constructor annotated {@code @Inject} gets its parameters the same way (the contribution can then
 * keep final fields); without one, the public no-argument constructor is used. Services are found
 * when the contribution is created; an {@code @Inject} field or parameter without
 * {@code @Optional} whose service is missing fails the creation with a {@link CoreException} naming
 * it. Extensions that implement {@link IExecutableExtension} or {@link IExecutableExtensionFactory}
 * are served as {@code createExecutableExtension} would.
 *
 * <p>
 * Where the platform creates a contribution inside a window (widgets, search providers, openers)
 * it passes that window's {@link IEclipseContext}, which offers the OSGi services too and, in
 * addition, the window's own objects (the {@code Shell}, e4 services).
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * Creates the class named by {@code attribute} of {@code element} (as
     * {@code createExecutableExtension} does, {@code "class:data"} included) with the OSGi services
     * of the contributing bundle injected.
     *
     * @throws CoreException when the attribute is missing, the class cannot be loaded or created, a
     *                       required service is missing or the object is not a {@code type}
     */
    public static <T> T create(IConfigurationElement element, String attribute, Class<T> type) throws CoreException {
        return create(element, attribute, type, null);
    }

    /**
     * As {@link #create(IConfigurationElement, String, Class)}, injecting from {@code context}
     * (null: the OSGi services of the contributing bundle).
     */
    public static <T> T create(IConfigurationElement element, String attribute, Class<T> type, IEclipseContext context)
            throws CoreException {
        String contributor = element.getContributor().getName();
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new CoreException(Status.error("An extension of bundle '" + contributor + "' to "
                    + element.getDeclaringExtension().getExtensionPointUniqueIdentifier() + " has no '" + attribute + "'."));
        }
        String className = value.strip();
        String data = null;
        int colon = className.indexOf(':');
        if (colon >= 0) {
            data = className.substring(colon + 1);
            className = className.substring(0, colon).strip();
        }
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        if (bundle == null) {
            throw new CoreException(Status.error("Bundle '" + contributor + "' of class " + className + " is not installed."));
        }
        Class<?> loaded;
        try {
            loaded = bundle.loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CoreException(Status.error("Class " + className + " of bundle '" + contributor + "' cannot be loaded: " + e, e));
        }
        Object created = make(loaded, context == null ? services(bundle) : context, contributor);
        if (created instanceof IExecutableExtension executable) {
            executable.setInitializationData(element, attribute, data);
        }
        if (created instanceof IExecutableExtensionFactory factory) {
            created = factory.create();
        }
        if (!type.isInstance(created)) {
            throw new CoreException(Status.error("Class " + className + " of bundle '" + contributor + "' is not a " + type.getName() + "."));
        }
        return type.cast(created);
    }

    /**
     * Creates {@code type} with injection from {@code context} (for registries that load the class
     * themselves, e.g. from a descriptor).
     *
     * @throws CoreException when the class cannot be created or a required service is missing
     */
    public static <T> T create(Class<T> type, IEclipseContext context) throws CoreException {
        return type.cast(make(type, context, bundleName(type)));
    }

    /**
     * Creates {@code type} with the OSGi services of its own bundle injected (for a module that creates
     * one of its own contributions, e.g. in a test).
     */
    public static <T> T create(Class<T> type) throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(type);
        if (bundle == null) {
            throw new CoreException(Status.error(type.getName() + " is not loaded from a bundle."));
        }
        return create(type, services(bundle));
    }

    /**
     * The context offering the OSGi services as {@code bundle} sees them (kept by e4 for the bundle's
     * life; do not dispose it).
     */
    public static IEclipseContext services(Bundle bundle) {
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            // not started yet (lazy activation): the services as the platform sees them
            context = FrameworkUtil.getBundle(Contributions.class).getBundleContext();
        }
        return EclipseContextFactory.getServiceContext(context);
    }

    private static Object make(Class<?> type, IEclipseContext context, String contributor) throws CoreException {
        try {
            return ContextInjectionFactory.make(type, context);
        } catch (InjectionException | LinkageError e) {
            throw new CoreException(Status.error("Class " + type.getName() + " of bundle '" + contributor + "' cannot be created: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()), e));
        }
    }

    private static String bundleName(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "?" : bundle.getSymbolicName();
    }
}
