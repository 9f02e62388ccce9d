package org.jiedao.ui.internal.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.report.ReportDescriptor;
import org.jiedao.core.report.ReportException;
import org.jiedao.core.report.ReportParameter;
import org.jiedao.reports.LaidOutReport;
import org.jiedao.reports.ReportService;
import org.jiedao.ui.internal.Messages;

/**
 * 文件 › 报表…: the installed reports the user may see, a form for the chosen report's declared
 * parameters, and Preview, which builds and lays the report out in a background job and opens
 * the print preview.
 */
public final class ReportsDialog extends TitleAreaDialog {

    /** Widget data keys for tests. */
    public static final String TABLE_ID = "org.jiedao.ui.reports.table";
    public static final String PARAMETER_ID = "org.jiedao.ui.reports.parameter";

    private final ReportService reports;
    private final ModuleRegistry modules;
    private List<ReportDescriptor> visible;
    private Table table;
    private Composite form;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private Job running;

    public ReportsDialog(Shell parent, ReportService reports, ModuleRegistry modules) {
        super(parent);
        this.reports = reports;
        this.modules = modules;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Reports_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Reports_title);
        setMessage(Messages.Reports_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        table = new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(TABLE_ID, Boolean.TRUE);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 160).applyTo(table);
        TableColumn name = new TableColumn(table, SWT.NONE);
        name.setText(Messages.Reports_columnName);
        name.setWidth(300);
        TableColumn module = new TableColumn(table, SWT.NONE);
        module.setText(Messages.Reports_columnModule);
        module.setWidth(200);
        visible = reports.visibleReports();
        for (ReportDescriptor report : visible) {
            String moduleName = modules.getModule(report.moduleId()).map(ModuleDescriptor::name).orElse(report.moduleId());
            new TableItem(table, SWT.NONE).setText(new String[] { report.name(), moduleName });
        }
        table.addListener(SWT.Selection, e -> selected());
        table.addListener(SWT.DefaultSelection, e -> okPressed());

        form = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        if (visible.isEmpty()) {
            setMessage(Messages.Reports_none);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Reports_preview, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    private ReportDescriptor selection() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : visible.get(index);
    }

    private void selected() {
        for (Control child : form.getChildren()) {
            child.dispose();
        }
        fields.clear();
        ReportDescriptor report = selection();
        if (report != null) {
            for (ReportParameter parameter : report.parameters()) {
                Label label = new Label(form, SWT.NONE);
                label.setText(parameter.label() + (parameter.required() ? " *" : "") + (parameter.kind() == ReportParameter.Kind.DATE
                        ? " " + Messages.Reports_dateHint : ""));
                Text field = new Text(form, SWT.BORDER);
                field.setData(PARAMETER_ID, parameter.name());
                GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
                fields.put(parameter.name(), field);
            }
        }
        form.getParent().layout(true, true);
        getButton(IDialogConstants.OK_ID).setEnabled(report != null && running == null);
        setErrorMessage(null);
    }

    /** Preview: build and lay out in the background, then open the preview. */
    @Override
    protected void okPressed() {
        ReportDescriptor report = selection();
        if (report == null || running != null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getText()));
        Locale locale = Locale.getDefault();
        Shell shell = getShell();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.Reports_building);
        running = Job.create(Messages.Reports_building, monitor -> {
            monitor.beginTask(report.name(), 2);
            try {
                var document = reports.build(report.id(), values, locale);
                monitor.worked(1);
                LaidOutReport laidOut = reports.layout(document);
                monitor.worked(1);
                shell.getDisplay().asyncExec(() -> finished(laidOut, null));
            } catch (ReportException | org.jiedao.core.persistence.AccessDeniedException e) {
                shell.getDisplay().asyncExec(() -> finished(null, e.getMessage()));
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        running.setUser(true);
        running.setPriority(Job.LONG);
        running.schedule();
    }

    private void finished(LaidOutReport laidOut, String error) {
        running = null;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(selection() != null);
        setMessage(Messages.Reports_message);
        if (error != null) {
            setErrorMessage(error);
            return;
        }
        new PrintPreviewDialog(getShell(), laidOut, reports).open();
    }

}
