package org.jiedao.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report declared through {@code org.jiedao.core.reports}.
 *
 * @param id           unique id, prefixed with the module id (e.g. {@code org.jiedao.platform.org-units})
 * @param name         localised name
 * @param moduleId     the module the report belongs to
 * @param permission   a permission (from {@code org.jiedao.core.permissions}) a user needs to see it
 * @param parameters   the declared parameters, in order
 * @param className    the {@link ReportProvider} class
 * @param contributor  the declaring bundle
 */
public record ReportDescriptor(String id, String name, String moduleId, Optional<String> permission,
        List<ReportParameter> parameters, String className, String contributor) {

    public ReportDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(moduleId, "moduleId");
        permission = permission == null ? Optional.empty() : permission;
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(contributor, "contributor");
    }

    /** @return the declared parameter of this name */
    public Optional<ReportParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
