package org.jiedao.core.internal.contributions;

import java.text.MessageFormat;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.osgi.framework.Bundle;

/**
 * The declarations of one extension point, read on first use and read again after bundles add or
 * remove extensions of it. Shared by the registries of the core's extension points; the helpers
 * make the warnings about skipped declarations read the same everywhere.
 *
 * @param <T> what the declarations are read into
 */
public final class ExtensionSnapshot<T> implements IRegistryEventListener {

    /** Ids: letters, digits, '.', '_' and '-'. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    private final IExtensionRegistry registry;
    private final String pointId;
    private final Function<IExtension[], T> reader;
    private volatile T snapshot;

    public ExtensionSnapshot(IExtensionRegistry registry, String pointId, Function<IExtension[], T> reader) {
        this.registry = registry;
        this.pointId = pointId;
        this.reader = reader;
        registry.addListener(this, pointId);
    }

    public void dispose() {
        registry.removeListener(this);
    }

    public T get() {
        T current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    IExtensionPoint point = registry.getExtensionPoint(pointId);
                    current = reader.apply(point == null ? new IExtension[0] : point.getExtensions());
                    snapshot = current;
                }
            }
        }
        return current;
    }

    public static void warn(ILog log, String pattern, Object... args) {
        log.warn(MessageFormat.format(pattern, args));
    }

    public static String contributorOf(IConfigurationElement element) {
        try {
            return element.getContributor().getName();
        } catch (InvalidRegistryObjectException e) {
            return "?";
        }
    }

    public static Bundle bundleOf(IConfigurationElement element) {
        try {
            return ContributorFactoryOSGi.resolve(element.getContributor());
        } catch (InvalidRegistryObjectException e) {
            return null;
        }
    }

    /** @return the attribute without surrounding blanks; null when missing or blank */
    public static String attribute(IConfigurationElement element, String name) {
        String value = element.getAttribute(name);
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * What every class-backed declaration starts with: a valid id, a name, the module and the class,
     * from a bundle that is still there.
     */
    public record Declaration(String id, String name, String module, String className, String contributor, Bundle bundle) {
    }

    /**
     * Reads and checks the common attributes of a declaration; logs why and returns null when it
     * is unusable (missing or invalid attribute, an id already declared, its bundle gone).
     *
     * @param what                 e.g. "dashboard widget", for the warnings
     * @param existingContributor  the contributor of an earlier declaration with the id, or null
     */
    public static Declaration declaration(ILog log, IConfigurationElement element, String what,
            Function<String, String> existingContributor) {
        String contributor = contributorOf(element);
        String id = attribute(element, "id");
        if (id == null || !ID.matcher(id).matches()) {
            warn(log, "Skipped a {0} from bundle ''{1}'': ''id'' is missing or not a valid id ({2}).", what, contributor, id);
            return null;
        }
        String name = attribute(element, "name");
        String module = attribute(element, "module");
        String className = attribute(element, "class");
        if (name == null || module == null || className == null) {
            warn(log, "Skipped {0} ''{1}'' from bundle ''{2}'': ''name'', ''module'' and ''class'' are required.", what, id, contributor);
            return null;
        }
        String existing = existingContributor.apply(id);
        if (existing != null) {
            warn(log, "Skipped {0} ''{1}'' from bundle ''{2}'': bundle ''{3}'' already declares one with this id.", what, id,
                    contributor, existing);
            return null;
        }
        Bundle bundle = bundleOf(element);
        if (bundle == null) {
            warn(log, "Skipped {0} ''{1}'': its bundle ''{2}'' is gone.", what, id, contributor);
            return null;
        }
        return new Declaration(id, name, module, className, contributor, bundle);
    }

    /** Calls {@code reader} for every element named {@code name} of the extensions. */
    public static void forEach(IExtension[] extensions, String name, java.util.function.Consumer<IConfigurationElement> reader) {
        for (IExtension extension : extensions) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                if (name.equals(element.getName())) {
                    reader.accept(element);
                }
            }
        }
    }

    @Override
    public void added(IExtension[] extensions) {
        snapshot = null;
    }

    @Override
    public void removed(IExtension[] extensions) {
        snapshot = null;
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        snapshot = null;
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        snapshot = null;
    }
}
