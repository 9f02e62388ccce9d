package org.jiedao.core.internal.modules;

import static org.jiedao.core.internal.contributions.ExtensionSnapshot.attribute;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.bundleOf;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.contributorOf;

import java.net.URL;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.internal.contributions.ExtensionSnapshot;
import org.jiedao.core.modules.ModuleCategory;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ModuleRegistry} over the Equinox extension registry. Declarations are read lazily on
 * first use and again after any bundle adds or removes extensions of the point. Every malformed
 * declaration is logged with the contributing bundle and skipped; one bad module never hides the
 * others.
 */
@Component(service = ModuleRegistry.class)
public final class ExtensionModuleRegistry implements ModuleRegistry {

    private static final Pattern ID = ExtensionSnapshot.ID;
    private static final int DEFAULT_ORDER = 100;

    private final ILog log = ILog.of(ExtensionModuleRegistry.class);

    private IExtensionRegistry registry;
    private ExtensionSnapshot<Snapshot> snapshot;

    private record Snapshot(List<ModuleCategory> categories, List<ModuleDescriptor> modules) {
    }

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
    public List<ModuleDescriptor> getModules() {
        return snapshot().modules();
    }

    @Override
    public Optional<ModuleDescriptor> getModule(String id) {
        return getModules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<ModuleCategory> getCategories() {
        return snapshot().categories();
    }

    private Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot read(IExtension[] extensions) {
        Map<String, ModuleCategory> categories = new LinkedHashMap<>();
        ExtensionSnapshot.forEach(extensions, "category", element -> readCategory(element, categories));
        Map<String, ModuleDescriptor> modules = new LinkedHashMap<>();
        ExtensionSnapshot.forEach(extensions, "module", element -> readModule(element, categories, modules));
        Collator collator = Collator.getInstance(Locale.getDefault());
        List<ModuleCategory> sortedCategories = new ArrayList<>(categories.values());
        sortedCategories.sort(Comparator.comparingInt(ModuleCategory::order)
                .thenComparing(ModuleCategory::name, collator));
        List<ModuleDescriptor> sortedModules = new ArrayList<>(modules.values());
        sortedModules.sort(Comparator.comparingInt((ModuleDescriptor m) -> m.category().order())
                .thenComparing(ModuleDescriptor::name, collator)
                .thenComparing(ModuleDescriptor::id));
        return new Snapshot(List.copyOf(sortedCategories), List.copyOf(sortedModules));
    }

    private void readCategory(IConfigurationElement element, Map<String, ModuleCategory> categories) {
        String contributor = contributorOf(element);
        try {
            String id = attribute(element, "id");
            String name = attribute(element, "name");
            if (id == null || name == null) {
                warn("Skipped a module category from bundle ''{0}'': ''id'' and ''name'' are required.", contributor);
                return;
            }
            int order = DEFAULT_ORDER;
            String orderText = attribute(element, "order");
            if (orderText != null) {
                try {
                    order = Integer.parseInt(orderText);
                } catch (NumberFormatException e) {
                    warn("Module category ''{0}'' from bundle ''{1}'': order ''{2}'' is not an integer; using {3}.",
                            id, contributor, orderText, DEFAULT_ORDER);
                }
            }
            if (categories.containsKey(id)) {
                warn("Skipped module category ''{0}'' from bundle ''{1}'': the id is already declared.", id, contributor);
                return;
            }
            categories.put(id, new ModuleCategory(id, name, order));
        } catch (RuntimeException e) {
            log.warn("Skipped a module category from bundle '" + contributor + "': " + e, e);
        }
    }

    private void readModule(IConfigurationElement element, Map<String, ModuleCategory> categories,
            Map<String, ModuleDescriptor> modules) {
        String contributor = contributorOf(element);
        try {
            String id = attribute(element, "id");
            if (id == null) {
                warn("Skipped a module declared by bundle ''{0}'': the attribute ''id'' is missing.", contributor);
                return;
            }
            if (!ID.matcher(id).matches()) {
                warn("Skipped module ''{0}'' from bundle ''{1}'': the id may contain only letters, digits, ''.'', ''_'' and ''-''.",
                        id, contributor);
                return;
            }
            String name = attribute(element, "name");
            if (name == null) {
                warn("Skipped module ''{0}'' from bundle ''{1}'': the attribute ''name'' is missing.", id, contributor);
                return;
            }
            Bundle bundle = bundleOf(element);
            Version version;
            String versionText = attribute(element, "version");
            if (versionText != null) {
                try {
                    version = Version.parseVersion(versionText);
                } catch (IllegalArgumentException e) {
                    warn("Skipped module ''{0}'' from bundle ''{1}'': ''{2}'' is not a valid version (major.minor.micro).",
                            id, contributor, versionText);
                    return;
                }
            } else {
                version = bundle != null ? bundle.getVersion() : Version.emptyVersion;
            }
            ModuleDescriptor existing = modules.get(id);
            if (existing != null) {
                warn("Skipped module ''{0}'' from bundle ''{1}'': bundle ''{2}'' already declares a module with this id.",
                        id, contributor, existing.contributor());
                return;
            }
            String categoryId = attribute(element, "category");
            ModuleCategory category = categoryId == null ? null : categories.get(categoryId);
            if (category == null) {
                if (categoryId != null) {
                    warn("Module ''{0}'' from bundle ''{1}'': unknown category ''{2}''; listed under ''{3}''.",
                            id, contributor, categoryId, ModuleCategory.EXTENSION);
                }
                category = categories.getOrDefault(ModuleCategory.EXTENSION,
                        new ModuleCategory(ModuleCategory.EXTENSION, ModuleCategory.EXTENSION, DEFAULT_ORDER));
            }
            Optional<URL> icon = Optional.empty();
            String iconPath = attribute(element, "icon");
            if (iconPath != null) {
                URL url = bundle == null ? null : bundle.getEntry(iconPath);
                if (url == null) {
                    warn("Module ''{0}'' from bundle ''{1}'': icon ''{2}'' not found; listed without an icon.",
                            id, contributor, iconPath);
                } else {
                    icon = Optional.of(url);
                }
            }
            String description = attribute(element, "description");
            modules.put(id, new ModuleDescriptor(id, name, description, category, version, icon, contributor));
        } catch (RuntimeException e) {
            log.warn("Skipped a module declared by bundle '" + contributor + "': " + e, e);
        }
    }

    private void warn(String pattern, Object... args) {
        ExtensionSnapshot.warn(log, pattern, args);
    }
}
