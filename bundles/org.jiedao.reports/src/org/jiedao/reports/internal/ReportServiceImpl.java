package org.jiedao.reports.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportException.Reason;
import org.jiedao.core.report.ReportParameter;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRegistry;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ReportService}: parameters checked against the declaration, providers created with
 * dependency injection, layout with the located Chinese font, PDF through PDFBox. The security
 * and organisation services are looked up per call (they are optional: a test runtime or a
 * headless tool may lack them).
 */
@Component(service = ReportService.class)
public final class ReportServiceImpl implements ReportService {

    private ReportRegistry registry;
    private BundleContext context;
    private volatile ReportFont font;

    @Reference
    void setRegistry(ReportRegistry reportRegistry) {
        this.registry = reportRegistry;
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public List<ReportDescriptor> visibleReports() {
        return registry.getReports().stream().filter(this::maysee).toList();
    }

    private boolean maysee(ReportDescriptor report) {
        if (report.permission().isEmpty()) {
            return true;
        }
        return withService(SecurityService.class, security -> {
            if (security == null) {
                return false;
            }
            Optional<UserAccount> user = security.currentUser();
            if (user.isEmpty()) {
                return false;
            }
            if (user.get().role() == Role.DISTRICT_ADMIN) {
                return true;
            }
            return security.permissions().stream()
                    .anyMatch(p -> p.id().equals(report.permission().get()) && p.roles().contains(user.get().role()));
        });
    }

    @Override
    public ReportDocument build(String reportId, Map<String, String> parameters, Locale locale) {
        ReportDescriptor report = registry.getReport(reportId)
                .orElseThrow(() -> new ReportException(Reason.UNKNOWN_REPORT, NLS.bind(Messages.Report_unknown, reportId)));
        if (!maysee(report)) {
            throw new ReportException(Reason.DENIED, NLS.bind(Messages.Report_denied, report.name()));
        }
        Map<String, String> checked = check(report, parameters);
        Optional<UserAccount> user = withService(SecurityService.class,
                security -> security == null ? Optional.<UserAccount>empty() : security.currentUser());
        ReportRequest request = new ReportRequest(report.id(), checked, locale, user);
        IEclipseContext injection = EclipseContextFactory.getServiceContext(context).createChild("report " + report.id());
        ReportProvider provider = null;
        try {
            provider = Contributions.create(registry.loadProviderClass(report), injection);
            ReportDocument document = provider.build(request);
            if (document == null) {
                throw new IllegalStateException("the provider returned no document");
            }
            return document;
        } catch (ReportException e) {
            throw e;
        } catch (ClassNotFoundException | CoreException | LinkageError | RuntimeException e) {
            ILog.of(ReportServiceImpl.class).error("Report " + report.id() + " of bundle " + report.contributor() + " failed", e);
            if (e instanceof RuntimeException r && isPlatformRefusal(r)) {
                throw r;
            }
            throw new ReportException(Reason.FAILED, NLS.bind(Messages.Report_providerBroken,
                    new Object[] { report.name(), report.contributor(), e.getMessage() }), e);
        } finally {
            if (provider != null) {
                ContextInjectionFactory.uninject(provider, injection);
            }
            injection.dispose();
        }
    }

    /** Access denied and database unavailable keep their own type (and exit code on the command line). */
    private static boolean isPlatformRefusal(RuntimeException e) {
        return e instanceof org.jiedao.core.persistence.AccessDeniedException
                || e instanceof org.jiedao.core.persistence.DatabaseUnavailableException;
    }

    private Map<String, String> check(ReportDescriptor report, Map<String, String> parameters) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> given : parameters.entrySet()) {
            ReportParameter declared = report.parameter(given.getKey()).orElseThrow(() -> new ReportException(Reason.BAD_PARAMETER,
                    NLS.bind(Messages.Report_unknownParameter, new Object[] { report.name(), given.getKey(), names(report) })));
            String value = given.getValue() == null ? "" : given.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            checked.put(declared.name(), switch (declared.kind()) {
            case DATE -> date(declared, value);
            case ORG_UNIT -> unit(declared, value);
            case TEXT -> value;
            });
        }
        for (ReportParameter declared : report.parameters()) {
            if (declared.required() && !checked.containsKey(declared.name())) {
                throw new ReportException(Reason.BAD_PARAMETER,
                        NLS.bind(Messages.Report_missingParameter, new Object[] { report.name(), declared.name(), declared.label() }));
            }
        }
        return checked;
    }

    private static String names(ReportDescriptor report) {
        return report.parameters().isEmpty() ? Messages.Report_noParameters
                : report.parameters().stream().map(ReportParameter::name).collect(Collectors.joining(", "));
    }

    private static String date(ReportParameter parameter, String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new ReportException(Reason.BAD_PARAMETER, NLS.bind(Messages.Report_badDate, parameter.name(), value));
        }
    }

    private String unit(ReportParameter parameter, String value) {
        return withService(OrgUnitService.class, units -> {
            if (units == null) {
                return value;
            }
            try {
                return units.findByCodeOrName(value).map(OrgUnit::code).orElseThrow(() -> new ReportException(Reason.BAD_PARAMETER,
                        NLS.bind(Messages.Report_unknownUnit, parameter.name(), value)));
            } catch (OrgUnitException e) {
                throw new ReportException(Reason.BAD_PARAMETER, e.getMessage(), e);
            }
        });
    }

    @Override
    public LaidOutReport layout(ReportDocument document) {
        return ReportLayoutEngine.layout(document, font());
    }

    @Override
    public void writePdf(LaidOutReport report, Path file) {
        ReportFont current = font();
        if (!current.file().equals(report.fontFile())) {
            throw new IllegalArgumentException("laid out with another font: " + report.fontFile());
        }
        PdfReportWriter.write(report, current, file);
    }

    /** The font is located once per process; a failed search is repeated next time (a font may have been installed). */
    private ReportFont font() {
        ReportFont current = font;
        if (current == null) {
            synchronized (this) {
                current = font;
                if (current == null) {
                    PdfBoxLogging.install();
                    current = ReportFont.locate(dataDirectory());
                    font = current;
                }
            }
        }
        return current;
    }

    private static Path dataDirectory() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet()) {
            return null;
        }
        URL url = instance.getURL();
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath());
        }
    }

    private <S, R> R withService(Class<S> type, java.util.function.Function<S, R> action) {
        ServiceReference<S> reference = context.getServiceReference(type);
        S service = reference == null ? null : context.getService(reference);
        try {
            return action.apply(service);
        } finally {
            if (service != null) {
                context.ungetService(reference);
            }
        }
    }
}
