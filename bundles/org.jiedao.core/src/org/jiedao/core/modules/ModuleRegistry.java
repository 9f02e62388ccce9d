package org.jiedao.core.modules;

import java.util.List;
import java.util.Optional;

/**
 * The modules installed in this platform, read from the extension point
 * {@code org.jiedao.core.modules}. Available as an OSGi service.
 * <p>
 * Malformed declarations are skipped (and logged), so every descriptor returned here is complete.
 * The result follows bundles being installed or uninstalled at run time.
 */
public interface ModuleRegistry {

    /** Extension point id. */
    String EXTENSION_POINT = "org.jiedao.core.modules";

    /**
     * @return all valid module declarations, ordered by category order, then by name in the
     *         collation of the current locale (pinyin order for Chinese)
     */
    List<ModuleDescriptor> getModules();

    /** @return the module with this id, if installed */
    Optional<ModuleDescriptor> getModule(String id);

    /** @return the declared categories, ordered by their order key */
    List<ModuleCategory> getCategories();
}
