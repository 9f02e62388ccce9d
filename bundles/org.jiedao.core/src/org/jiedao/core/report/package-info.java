/**
 * Reports that modules contribute through the extension point {@code org.jiedao.core.reports}: a
 * {@link org.jiedao.core.report.ReportProvider} builds a {@link org.jiedao.core.report.ReportDocument}
 * (headless, no SWT) from a {@link org.jiedao.core.report.ReportRequest}; the platform lays it out
 * and shows it in a print preview, prints it or writes it as PDF. Declarations are read through
 * the OSGi service {@link org.jiedao.core.report.ReportRegistry}.
 */
package org.jiedao.core.report;
