package org.jiedao.core.report;

import java.util.List;
import java.util.Optional;

/**
 * The reports the installed modules declare through {@link #EXTENSION_POINT} (an OSGi service).
 * Malformed declarations are logged with their bundle and skipped.
 */
public interface ReportRegistry {

    /** The extension point id. */
    String EXTENSION_POINT = "org.jiedao.core.reports";

    /** @return every declared report, by module and name */
    List<ReportDescriptor> getReports();

    /** @return the report with this id */
    Optional<ReportDescriptor> getReport(String id);

    /**
     * @return the provider class of a report, loaded from its contributing bundle
     * @throws ClassNotFoundException when the bundle or the class is missing
     */
    Class<? extends ReportProvider> loadProviderClass(ReportDescriptor report) throws ClassNotFoundException;
}
