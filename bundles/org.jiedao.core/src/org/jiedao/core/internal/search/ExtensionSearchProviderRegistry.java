package org.jiedao.core.internal.search;

import static org.jiedao.core.internal.contributions.ExtensionSnapshot.attribute;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.bundleOf;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.contributorOf;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.warn;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.internal.contributions.ExtensionSnapshot;
import org.jiedao.core.search.SearchProviderDescriptor;
import org.jiedao.core.search.SearchProviderRegistry;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** {@link SearchProviderRegistry} over the Equinox extension registry. */
@Component(service = SearchProviderRegistry.class)
public final class ExtensionSearchProviderRegistry implements SearchProviderRegistry {

    private final ILog log = ILog.of(ExtensionSearchProviderRegistry.class);
    private IExtensionRegistry registry;
    private ExtensionSnapshot<List<SearchProviderDescriptor>> snapshot;

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        snapshot = new ExtensionSnapshot<>(registry, EXTENSION_POINT, this::read);
    }

    @Deactivate
    void deactivate() {
        snapshot.dispose();
    }

    @Override
    public List<SearchProviderDescriptor> providers() {
        return snapshot.get();
    }

    private List<SearchProviderDescriptor> read(IExtension[] extensions) {
        Map<String, SearchProviderDescriptor> providers = new LinkedHashMap<>();
        ExtensionSnapshot.forEach(extensions, "provider", element -> readProvider(element, providers));
        Collator collator = Collator.getInstance(Locale.getDefault());
        List<SearchProviderDescriptor> sorted = new ArrayList<>(providers.values());
        sorted.sort(Comparator.comparing(SearchProviderDescriptor::name, collator).thenComparing(SearchProviderDescriptor::id));
        return List.copyOf(sorted);
    }

    private void readProvider(IConfigurationElement element, Map<String, SearchProviderDescriptor> providers) {
        String contributor = contributorOf(element);
        try {
            ExtensionSnapshot.Declaration head = ExtensionSnapshot.declaration(log, element, "search provider",
                    id -> providers.containsKey(id) ? providers.get(id).contributor() : null);
            if (head != null) {
                providers.put(head.id(), new SearchProviderDescriptor(head.id(), head.name(), head.module(), contributor,
                        head.bundle(), head.className()));
            }
        } catch (RuntimeException e) {
            log.warn("Skipped a search provider from bundle '" + contributor + "': " + e, e);
        }
    }
}
