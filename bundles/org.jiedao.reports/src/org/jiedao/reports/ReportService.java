package org.jiedao.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;

/**
 * Builds, lays out and writes reports (an OSGi service). Every method may take a while (database
 * reads, font loading): call it outside the UI thread.
 */
public interface ReportService {

    /** @return the installed reports the signed-in user may see */
    List<ReportDescriptor> visibleReports();

    /**
     * Checks the parameters against the declaration and builds the report.
     *
     * @throws ReportException unknown report, a parameter missing, unknown or malformed, a
     *                         user without the report's permission, or a failing provider
     */
    ReportDocument build(String reportId, Map<String, String> parameters, Locale locale);

    /**
     * Lays a document out on pages with the report font's metrics.
     *
     * @throws ReportException when no Chinese TrueType font is found (the message says how to get one)
     */
    LaidOutReport layout(ReportDocument document);

    /**
     * Writes a laid-out report as PDF, the font embedded as a subset.
     *
     * @throws ReportException when the file cannot be written
     */
    void writePdf(LaidOutReport report, Path file);
}
