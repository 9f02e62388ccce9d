package org.jiedao.persistence.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.persistence.PersistenceService;
import org.osgi.framework.Bundle;

/**
 * An entity class contributed through {@code org.jiedao.core.entities}, with the bundle that
 * loads it.
 */
public record EntityContribution(String className, Bundle bundle) {

    /**
     * The contributed classes that load; those that do not are logged with their bundle and left
     * out, so one broken module does not keep the others from their data.
     */
    public static List<EntityContribution> read(IExtensionRegistry registry) {
        ILog log = ILog.of(EntityContribution.class);
        List<EntityContribution> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(PersistenceService.ENTITIES_EXTENSION_POINT)) {
            String contributor = "?";
            try {
                contributor = element.getContributor().getName();
                String className = element.getAttribute("class");
                Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
                if (className == null || className.isBlank() || bundle == null) {
                    log.warn("Skipped an entity declaration of bundle '" + contributor + "': 'class' is required.");
                    continue;
                }
                bundle.loadClass(className.strip());
                result.add(new EntityContribution(className.strip(), bundle));
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                log.warn("Skipped an entity of bundle '" + contributor + "': " + e, e);
            }
        }
        return result;
    }
}
