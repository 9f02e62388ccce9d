package org.jiedao.core.internal.report;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.internal.contributions.ExtensionSnapshot;
import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportParameter;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRegistry;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ReportRegistry} over the extension registry, read lazily and again after contributions
 * change. A malformed declaration is logged with its bundle and skipped.
 */
@Component(service = ReportRegistry.class)
public final class ExtensionReportRegistry implements ReportRegistry {

    private static final Pattern ID = ExtensionSnapshot.ID;
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");

    private final ILog log = ILog.of(ExtensionReportRegistry.class);
    private IExtensionRegistry registry;
    private ExtensionSnapshot<List<ReportDescriptor>> reports;

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        reports = new ExtensionSnapshot<>(registry, EXTENSION_POINT, this::read);
    }

    @Deactivate
    void deactivate() {
        reports.dispose();
    }

    @Override
    public List<ReportDescriptor> getReports() {
        return reports.get();
    }

    @Override
    public Optional<ReportDescriptor> getReport(String id) {
        return getReports().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public Class<? extends ReportProvider> loadProviderClass(ReportDescriptor report) throws ClassNotFoundException {
        Bundle bundle = null;
        IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
        if (point != null) {
            for (IExtension extension : point.getExtensions()) {
                if (extension.getContributor().getName().equals(report.contributor())) {
                    bundle = ContributorFactoryOSGi.resolve(extension.getContributor());
                    break;
                }
            }
        }
        if (bundle == null) {
            throw new ClassNotFoundException(report.className() + " (bundle " + report.contributor() + " is not available)");
        }
        return bundle.loadClass(report.className()).asSubclass(ReportProvider.class);
    }

    private List<ReportDescriptor> read(IExtension[] extensions) {
        Map<String, ReportDescriptor> found = new LinkedHashMap<>();
        for (IExtension extension : extensions) {
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                if ("report".equals(element.getName())) {
                    readReport(element, found);
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.getDefault());
        List<ReportDescriptor> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(ReportDescriptor::moduleId).thenComparing(ReportDescriptor::name, collator));
        return List.copyOf(sorted);
    }

    private void readReport(IConfigurationElement element, Map<String, ReportDescriptor> found) {
        String contributor = "?";
        try {
            contributor = ExtensionSnapshot.contributorOf(element);
            String id = trimmed(element.getAttribute("id"));
            String name = trimmed(element.getAttribute("name"));
            String module = trimmed(element.getAttribute("module"));
            String className = trimmed(element.getAttribute("class"));
            if (id == null || name == null || module == null || className == null) {
                warn("Skipped a report from bundle ''{0}'': ''id'', ''name'', ''module'' and ''class'' are required.", contributor);
                return;
            }
            if (!ID.matcher(id).matches()) {
                warn("Skipped report ''{0}'' from bundle ''{1}'': the id may contain only letters, digits, ''.'', ''_'' and ''-''.",
                        id, contributor);
                return;
            }
            ReportDescriptor existing = found.get(id);
            if (existing != null) {
                warn("Skipped report ''{0}'' from bundle ''{1}'': bundle ''{2}'' already declares a report with this id.",
                        id, contributor, existing.contributor());
                return;
            }
            List<ReportParameter> parameters = new ArrayList<>();
            for (IConfigurationElement child : element.getChildren("parameter")) {
                String parameterName = trimmed(child.getAttribute("name"));
                ReportParameter.Kind kind = ReportParameter.Kind.parse(child.getAttribute("kind"));
                if (parameterName == null || !PARAMETER.matcher(parameterName).matches() || kind == null) {
                    warn("Skipped report ''{0}'' from bundle ''{1}'': parameter ''{2}'' needs a name (letters, digits, ''_'', ''-'') and a kind text, date or orgUnit.",
                            id, contributor, parameterName);
                    return;
                }
                if (parameters.stream().anyMatch(p -> p.name().equals(parameterName))) {
                    warn("Skipped report ''{0}'' from bundle ''{1}'': parameter ''{2}'' is declared twice.", id, contributor, parameterName);
                    return;
                }
                parameters.add(new ReportParameter(parameterName, trimmed(child.getAttribute("label")),
                        "true".equalsIgnoreCase(trimmed(child.getAttribute("required"))), kind));
            }
            found.put(id, new ReportDescriptor(id, name, module, Optional.ofNullable(trimmed(element.getAttribute("permission"))),
                    parameters, className, contributor));
        } catch (RuntimeException | LinkageError e) {
            log.warn("Skipped a report from bundle '" + contributor + "': " + e, e);
        }
    }

    private void warn(String pattern, Object... args) {
        ExtensionSnapshot.warn(log, pattern, args);
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
