package org.jiedao.ui.api;

import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.report.ReportException;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;
import org.jiedao.ui.internal.Messages;
import org.jiedao.ui.internal.reports.PrintPreviewDialog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Opens the print preview (print, save as PDF) of one contributed report for a record, from an editor:
 * the report of {@code org.jiedao.core.reports} is built with the parameters given (e.g. a petition's
 * 办理单 for its number) in the user's language, laid out, and shown. A report that cannot be built
 * (a parameter refused, access denied) is explained in a message instead; nothing is thrown.
 *
 * <pre>
 * ReportPreview.open(shell, "org.jiedao.petitions.handling-form", Map.of("petition", Long.toString(id)));
 * </pre>
 *
 * Use it on the UI thread. (工具 › 报表… offers every report with its parameter form.)
 */
public final class ReportPreview {

    private ReportPreview() {
    }

    /** @return true when the preview was shown (and closed again), false when the report could not be built */
    public static boolean open(Shell shell, String reportId, Map<String, String> parameters) {
        BundleContext context = FrameworkUtil.getBundle(ReportPreview.class).getBundleContext();
        ServiceReference<ReportService> reference = context.getServiceReference(ReportService.class);
        ReportService reports = reference == null ? null : context.getService(reference);
        if (reports == null) {
            MessageDialog.openError(shell, Messages.Reports_title, Messages.Reports_unavailable);
            return false;
        }
        try {
            LaidOutReport[] laidOut = new LaidOutReport[1];
            String[] error = new String[1];
            BusyIndicator.showWhile(shell.getDisplay(), () -> {
                try {
                    laidOut[0] = reports.layout(reports.build(reportId, parameters, Locale.getDefault()));
                } catch (ReportException | AccessDeniedException e) {
                    error[0] = e.getMessage();
                }
            });
            if (error[0] != null) {
                MessageDialog.openError(shell, Messages.Reports_title, error[0]);
                return false;
            }
            new PrintPreviewDialog(shell, laidOut[0], reports).open();
            return true;
        } finally {
            context.ungetService(reference);
        }
    }
}
