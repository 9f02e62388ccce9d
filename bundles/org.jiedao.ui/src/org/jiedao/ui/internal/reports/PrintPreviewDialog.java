package org.jiedao.ui.internal.reports;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.report.ReportException;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;
import org.jiedao.ui.internal.Messages;

/**
 * Print preview of a laid-out report: the pages drawn with SWT from the same drawing operations
 * as the PDF, with zoom and page navigation; Print… sends them to a printer through the system's
 * print dialog, Save as PDF… writes the PDF in the background.
 */
public final class PrintPreviewDialog extends Dialog {

    /** Widget data keys for tests. */
    public static final String CANVAS_ID = "org.jiedao.ui.reports.preview.canvas";
    public static final String PAGE_ID = "org.jiedao.ui.reports.preview.page";

    private static final int PRINT_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int SAVE_ID = IDialogConstants.CLIENT_ID + 2;
    private static final int[] ZOOMS = { 50, 75, 100, 125, 150, 200 };

    /**
     * Replaces the save dialog in UI tests: GTK's native file chooser is not an SWT shell, so a
     * test cannot fill it in. Null in the product.
     */
    public static volatile Function<Shell, String> saveLocationForTests;

    private final LaidOutReport report;
    private final ReportService reports;
    private ReportPainter painter;
    private Canvas canvas;
    private ScrolledComposite scroller;
    private Label pageLabel;
    private Button previous;
    private Button next;
    private int page;
    private int zoom = 100;

    public PrintPreviewDialog(Shell parent, LaidOutReport report, ReportService reports) {
        super(parent);
        this.report = report;
        this.reports = reports;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Preview_title, report.title()));
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getClientArea();
        return new Point(Math.min(900, screen.width - 40), Math.min(1000, screen.height - 40));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(area);
        Composite bar = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        previous = new Button(bar, SWT.PUSH);
        previous.setText(Messages.Preview_previous);
        previous.addListener(SWT.Selection, e -> show(page - 1));
        pageLabel = new Label(bar, SWT.CENTER);
        pageLabel.setData(PAGE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.CENTER, SWT.CENTER).applyTo(pageLabel);
        next = new Button(bar, SWT.PUSH);
        next.setText(Messages.Preview_next);
        next.addListener(SWT.Selection, e -> show(page + 1));
        new Label(bar, SWT.NONE).setText(Messages.Preview_zoom);
        Combo zoomBox = new Combo(bar, SWT.READ_ONLY);
        for (int z : ZOOMS) {
            zoomBox.add(z + "%");
        }
        zoomBox.select(2);
        zoomBox.addListener(SWT.Selection, e -> {
            zoom = ZOOMS[zoomBox.getSelectionIndex()];
            resizeCanvas();
        });

        scroller = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setData(CANVAS_ID, Boolean.TRUE);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        scroller.setContent(canvas);
        painter = new ReportPainter(parent.getDisplay(), report);
        canvas.addListener(SWT.Paint, e -> paintPage(e.gc));
        canvas.addListener(SWT.Dispose, e -> painter.close());
        resizeCanvas();
        show(0);
        return area;
    }

    private float scale() {
        return getShell().getDisplay().getDPI().x / 72f * zoom / 100f;
    }

    private void resizeCanvas() {
        float scale = scale();
        canvas.setSize(Math.round(report.pageWidth() * scale) + 24, Math.round(report.pageHeight() * scale) + 24);
        canvas.redraw();
    }

    private void paintPage(GC gc) {
        float scale = scale();
        gc.setBackground(getShell().getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(12, 12, Math.round(report.pageWidth() * scale), Math.round(report.pageHeight() * scale));
        painter.paint(gc, report.pages().get(page), scale, 12, 12);
    }

    private void show(int index) {
        page = Math.max(0, Math.min(index, report.pageCount() - 1));
        pageLabel.setText(NLS.bind(Messages.Preview_page, page + 1, report.pageCount()));
        previous.setEnabled(page > 0);
        next.setEnabled(page < report.pageCount() - 1);
        scroller.setOrigin(0, 0);
        canvas.redraw();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, PRINT_ID, Messages.Preview_print, false);
        createButton(parent, SAVE_ID, Messages.Preview_savePdf, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == PRINT_ID) {
            print();
        } else if (buttonId == SAVE_ID) {
            savePdf();
        } else {
            close();
        }
    }

    private void print() {
        PrintDialog dialog = new PrintDialog(getShell());
        dialog.setStartPage(1);
        dialog.setEndPage(report.pageCount());
        PrinterData data = dialog.open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        try (ReportPainter printerPainter = new ReportPainter(printer, report)) {
            if (!printer.startJob(report.title())) {
                MessageDialog.openError(getShell(), Messages.Preview_printFailedTitle, Messages.Preview_printFailed);
                return;
            }
            // the printable area starts inside the paper's edge: shift the page by that margin
            Rectangle trim = printer.computeTrim(0, 0, 0, 0);
            float scale = printer.getDPI().x / 72f;
            int first = data.scope == PrinterData.PAGE_RANGE ? Math.max(1, data.startPage) : 1;
            int last = data.scope == PrinterData.PAGE_RANGE ? Math.min(report.pageCount(), data.endPage) : report.pageCount();
            for (int p = first; p <= last; p++) {
                printer.startPage();
                GC gc = new GC(printer);
                try {
                    printerPainter.paint(gc, report.pages().get(p - 1), scale, trim.x, trim.y);
                } finally {
                    gc.dispose();
                }
                printer.endPage();
            }
            printer.endJob();
        } finally {
            printer.dispose();
        }
    }

    private void savePdf() {
        String location;
        Function<Shell, String> hook = saveLocationForTests;
        if (hook != null) {
            location = hook.apply(getShell());
        } else {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(Messages.Preview_savePdf);
            dialog.setFilterExtensions(new String[] { "*.pdf" });
            dialog.setFileName(report.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf");
            dialog.setOverwrite(true);
            location = dialog.open();
        }
        if (location == null) {
            return;
        }
        Path file = Path.of(location.toLowerCase().endsWith(".pdf") ? location : location + ".pdf");
        Shell shell = getShell();
        Job job = Job.create(Messages.Preview_saving, monitor -> {
            try {
                reports.writePdf(report, file);
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openInformation(shell, Messages.Preview_savedTitle, NLS.bind(Messages.Preview_saved, file));
                    }
                });
            } catch (ReportException e) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell,
                        Messages.Preview_saveFailedTitle, e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
