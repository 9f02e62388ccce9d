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
