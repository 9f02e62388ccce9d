package org.jiedao.core.report;

/**
 * Builds one report, declared through {@code org.jiedao.core.reports}. The class is created each
 * time the report is built; fields or constructors annotated {@code @jakarta.inject.Inject}
 * receive OSGi services (as for {@code jiedao-cli} commands). It runs outside the UI thread and
 * must not use SWT.
 */
public interface ReportProvider {

    /**
     * @param request the declared parameters (already checked: required ones present, dates in
     *                ISO form {@code 2021-06-15}), the locale and the signed-in user
     * @return the document to lay out, print or write as PDF
     * @throws ReportException for a parameter value the report refuses (e.g. an unknown unit)
     */
    ReportDocument build(ReportRequest request) throws ReportException;
}
