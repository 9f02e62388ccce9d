package org.jiedao.security.internal.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.modules.DemoDataProvider;

/**
 * Runs the modules' demo data providers ({@code org.jiedao.core.demoData}) in their order, each created by
 * {@link Contributions} (services injected).
 */
public final class ModuleDemoData {

    /** What one provider did. */
    public record Outcome(String module, boolean ok, String summary) {
    }

    private ModuleDemoData() {
    }

    public static List<Outcome> load(IExtensionRegistry registry, Locale locale) {
        ILog log = ILog.of(ModuleDemoData.class);
        List<IConfigurationElement> elements = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(DemoDataProvider.EXTENSION_POINT)) {
            if (element.getAttribute("class") == null || element.getAttribute("module") == null) {
                log.warn("Skipped demo data of bundle '" + element.getContributor().getName() + "': 'module' and 'class' are required.");
                continue;
            }
            elements.add(element);
        }
        elements.sort(Comparator.comparingInt(ModuleDemoData::order).thenComparing(e -> e.getAttribute("module")));
        List<Outcome> outcomes = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String module = element.getAttribute("module");
            try {
                DemoDataProvider provider = Contributions.create(element, "class", DemoDataProvider.class);
                outcomes.add(new Outcome(module, true, provider.load(locale)));
            } catch (CoreException | RuntimeException | LinkageError e) {
                log.error("The demo data of module " + module + " could not be loaded", e);
                outcomes.add(new Outcome(module, false, String.valueOf(e.getMessage())));
            }
        }
        return outcomes;
    }

    private static int order(IConfigurationElement element) {
        try {
            return Integer.parseInt(String.valueOf(element.getAttribute("order")).strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
