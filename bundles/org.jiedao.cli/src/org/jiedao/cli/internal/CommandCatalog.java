package org.jiedao.cli.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.jiedao.core.cli.CliCommand;
import org.osgi.framework.Bundle;

/**
 * The commands contributed through {@code org.jiedao.core.commands}. Malformed and duplicate
 * declarations are logged and skipped; of two commands with the same name, a Jiedao bundle's wins
 * over a third party's, then the bundle whose symbolic name sorts first (so {@code org.jiedao.cli}
 * keeps {@code dashboard} against a test bundle's duplicate), whatever order the bundles were installed in.
 */
final class CommandCatalog {

    static final String EXTENSION_POINT = "org.jiedao.core.commands";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9\\-]*");

    /** A declared command; its class is loaded only when it runs. */
    record Entry(String name, String description, String usage, String className, String contributor,
            boolean authenticated, IConfigurationElement element) {

        Class<? extends CliCommand> loadClass() throws ClassNotFoundException {
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            if (bundle == null) {
                throw new ClassNotFoundException(className + " (bundle " + contributor + " is not available)");
            }
            return bundle.loadClass(className).asSubclass(CliCommand.class);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    CommandCatalog(IExtensionRegistry registry) {
        ILog log = ILog.of(CommandCatalog.class);
        // duplicates: Jiedao's own bundles first, then by bundle name, whatever order they were installed in
        java.util.List<IConfigurationElement> elements = new java.util.ArrayList<>(
                java.util.Arrays.asList(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(java.util.Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName().startsWith("org.jiedao.") ? 0 : 1)
                .thenComparing(e -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            String contributor = "?";
            try {
                contributor = element.getContributor().getName();
                if (!"command".equals(element.getName())) {
                    continue;
                }
                String name = element.getAttribute("name");
                String className = element.getAttribute("class");
                String description = element.getAttribute("description");
                if (name == null || !NAME.matcher(name).matches() || className == null || className.isBlank()) {
                    log.warn(MessageFormat.format(
                            "Skipped a jiedao-cli command from bundle ''{0}'': ''name'' (lower case letters, digits, ''-'') and ''class'' are required.",
                            contributor));
                    continue;
                }
                Entry existing = entries.get(name);
                if (existing != null) {
                    log.warn(MessageFormat.format(
                            "Skipped jiedao-cli command ''{0}'' from bundle ''{1}'': bundle ''{2}'' already contributes a command of that name.",
                            name, contributor, existing.contributor()));
                    continue;
                }
                String usage = element.getAttribute("usage");
                boolean authenticated = !"false".equalsIgnoreCase(element.getAttribute("authenticated"));
                entries.put(name, new Entry(name, description == null ? "" : description, usage == null ? "" : usage,
                        className, contributor, authenticated, element));
            } catch (RuntimeException e) {
                log.warn("Skipped a jiedao-cli command from bundle '" + contributor + "': " + e, e);
            }
        }
    }

    Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    List<Entry> sorted() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing(Entry::name));
        return list;
    }
}
