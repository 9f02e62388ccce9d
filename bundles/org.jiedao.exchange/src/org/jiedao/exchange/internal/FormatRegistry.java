package org.jiedao.exchange.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.FormatDescriptor;
import org.jiedao.exchange.RecordFormat;

/**
 * The formats contributed through {@code org.jiedao.exchange.formats}, read on each call (the
 * registry caches the elements; formats are created once per call, which is cheap, by
 * {@link Contributions}: a format gets its OSGi services injected). Mistakes are
 * logged and skipped, never fatal.
 */
final class FormatRegistry {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    private final IExtensionRegistry registry;

    FormatRegistry(IExtensionRegistry registry) {
        this.registry = registry;
    }

    List<FormatDescriptor> formats() {
        ILog log = ILog.of(FormatRegistry.class);
        Map<String, FormatDescriptor> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(ExchangeService.FORMATS_EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            if (id == null || !ID.matcher(id.strip()).matches() || name == null || name.isBlank()) {
                log.warn("Skipped a format of bundle '" + contributor + "': 'id' (lower case, digits, '-') and 'name' are required.");
                continue;
            }
            id = id.strip();
            if (byId.containsKey(id)) {
                log.warn("Skipped format '" + id + "' of bundle '" + contributor + "': bundle '" + byId.get(id).contributor()
                        + "' already contributes it.");
                continue;
            }
            RecordFormat format;
            try {
                format = Contributions.create(element, "class", RecordFormat.class);
            } catch (CoreException | RuntimeException | LinkageError e) {
                log.error("Skipped format '" + id + "' of bundle '" + contributor + "': its class cannot be created.", e);
                continue;
            }
            Optional<String> problem = check(format);
            if (problem.isPresent()) {
                log.warn("Skipped format '" + id + "' of bundle '" + contributor + "': " + problem.get());
                continue;
            }
            byId.put(id, new FormatDescriptor(id, name, Optional.ofNullable(element.getAttribute("description")).orElse(""),
                    contributor, Optional.ofNullable(element.getAttribute("importPermission")),
                    Optional.ofNullable(element.getAttribute("exportPermission")), format));
        }
        List<FormatDescriptor> sorted = new ArrayList<>(byId.values());
        sorted.sort(java.util.Comparator.comparing(FormatDescriptor::id));
        return sorted;
    }

    private static Optional<String> check(RecordFormat format) {
        List<Column<?>> columns;
        try {
            columns = format.columns();
        } catch (RuntimeException e) {
            return Optional.of("columns() failed: " + e);
        }
        if (columns == null || columns.isEmpty()) {
            return Optional.of("it has no columns.");
        }
        Set<String> names = new HashSet<>();
        for (Column<?> column : columns) {
            if (!names.add(column.key()) || !names.add("zh:" + column.chinese())) {
                return Optional.of("column '" + column.key() + "' (" + column.chinese() + ") is declared twice.");
            }
        }
        return Optional.empty();
    }
}
