package org.jiedao.security.internal.users;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.security.Permission;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/** The permissions declared through {@code org.jiedao.core.permissions}; mistakes are logged and skipped. */
final class PermissionCatalog {

    private PermissionCatalog() {
    }

    static List<Permission> read(IExtensionRegistry registry) {
        ILog log = ILog.of(PermissionCatalog.class);
        Map<String, Permission> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(SecurityService.PERMISSIONS_EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            if (id == null || id.isBlank() || name == null || name.isBlank()) {
                log.warn("Skipped a permission of bundle '" + contributor + "': 'id' and 'name' are required.");
                continue;
            }
            if (byId.containsKey(id.strip())) {
                log.warn("Skipped permission '" + id + "' of bundle '" + contributor + "': bundle '"
                        + byId.get(id.strip()).contributor() + "' already declares it.");
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            boolean valid = true;
            String rolesText = element.getAttribute("roles");
            if (rolesText != null) {
                for (String text : rolesText.split(",")) {
                    if (text.isBlank()) {
                        continue;
                    }
                    Optional<Role> role = Role.parse(text);
                    if (role.isEmpty()) {
                        log.warn("Skipped permission '" + id + "' of bundle '" + contributor + "': unknown role '" + text.strip() + "'.");
                        valid = false;
                    } else {
                        roles.add(role.get());
                    }
                }
            }
            if (valid) {
                byId.put(id.strip(), new Permission(id.strip(), name, element.getAttribute("description"), roles, contributor));
            }
        }
        List<Permission> sorted = new ArrayList<>(byId.values());
        sorted.sort(java.util.Comparator.comparing(Permission::id));
        return sorted;
    }
}
