package org.jiedao.exchange.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Remembers, per format, which file header the user mapped to which column (in the data folder's
 * preferences), so the next sheet from the same source maps itself.
 */
final class MappingMemory {

    private MappingMemory() {
    }

    private static Preferences node(String formatId) {
        return InstanceScope.INSTANCE.getNode("org.jiedao.exchange.ui").node("mapping").node(formatId);
    }

    /** @return header to column key ("" = ignored) as last chosen */
    static Map<String, String> recall(String formatId) {
        Map<String, String> mapping = new LinkedHashMap<>();
        try {
            Preferences node = node(formatId);
            for (String header : node.keys()) {
                mapping.put(header, node.get(header, ""));
            }
        } catch (BackingStoreException | IllegalStateException e) {
            ILog.of(MappingMemory.class).warn("Cannot read the remembered column mapping", e);
        }
        return mapping;
    }

    static void remember(String formatId, Map<String, String> mapping) {
        try {
            Preferences node = node(formatId);
            mapping.forEach(node::put);
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            ILog.of(MappingMemory.class).warn("Cannot save the column mapping", e);
        }
    }
}
