package org.jiedao.exchange.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.text.LocalizedMessages;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ExportResult;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.FormatDescriptor;

/** The export wizard: a format, a file (.xlsx or .csv), the headers' language and the format's filters. */
public final class ExportWizard extends Wizard {

    /** Widget data keys for tests. */
    static final String FILE_ID = "jiedao.export.file";
    static final String FORMAT_ID = "jiedao.export.format";

    private final ExchangeService exchange;
    private final List<FormatDescriptor> formats;
    private final String initialFormat;
    private Page page;
    ExportResult result;

    public ExportWizard(ExchangeService exchange, String initialFormat) {
        this.exchange = exchange;
        this.formats = exchange.formats().stream().filter(FormatDescriptor::exportable).toList();
        this.initialFormat = initialFormat;
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        FormatDescriptor format = formats.get(page.format.getSelectionIndex());
        Path file = Path.of(page.file.getText().strip());
        Map<String, String> filters = new LinkedHashMap<>();
        page.filters.forEach((name, text) -> {
            if (!text.getText().isBlank()) {
                filters.put(name, text.getText().strip());
            }
        });
        Charset charset = page.charset.getSelectionIndex() == 1 ? Charset.forName("GB18030") : null;
        ExportOptions options = new ExportOptions(filters, page.chinese.getSelection(), Optional.ofNullable(charset));
        ExchangeException[] failure = new ExchangeException[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result = exchange.exportFile(format.id(), file, options, monitor);
                } catch (ExchangeException e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(String.valueOf(e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure[0] != null) {
            page.setErrorMessage(failure[0].getMessage());
            return false;
        }
        MessageDialog.openInformation(getShell(), Messages.Export_doneTitle, NLS.bind(Messages.Export_done, result.rows(), result.file()));
        return true;
    }

    private final class Page extends WizardPage {
        Combo format;
        Text file;
        Button chinese;
        Combo charset;
        Composite filterArea;
        final Map<String, Text> filters = new LinkedHashMap<>();

        Page() {
            super("export");
            setTitle(Messages.Export_pageTitle);
            setDescription(Messages.Export_pageDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            new Label(body, SWT.NONE).setText(Messages.Import_format);
            format = new Combo(body, SWT.READ_ONLY);
            format.setData(FORMAT_ID, Boolean.TRUE);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
            for (int i = 0; i < formats.size(); i++) {
                format.add(formats.get(i).name() + " (" + formats.get(i).id() + ")");
                if (formats.get(i).id().equals(initialFormat)) {
                    format.select(i);
                }
            }
            if (format.getSelectionIndex() < 0 && !formats.isEmpty()) {
                format.select(0);
            }
            new Label(body, SWT.NONE).setText(Messages.Export_file);
            file = new Text(body, SWT.BORDER);
            file.setData(FILE_ID, Boolean.TRUE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.Browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
                dialog.setFilterNames(new String[] { "Excel (*.xlsx)", "CSV (*.csv)" });
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    if (!chosen.toLowerCase().endsWith(".xlsx") && !chosen.toLowerCase().endsWith(".csv")) {
                        chosen += dialog.getFilterIndex() == 1 ? ".csv" : ".xlsx";
                    }
                    file.setText(chosen);
                }
            });
            new Label(body, SWT.NONE).setText(Messages.Export_headers);
            Composite headers = new Composite(body, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(headers);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(headers);
            chinese = new Button(headers, SWT.RADIO);
            chinese.setText(Messages.Export_headersChinese);
            Button keys = new Button(headers, SWT.RADIO);
            keys.setText(Messages.Export_headersKeys);
            boolean zh = LocalizedMessages.isChinese(java.util.Locale.getDefault());
            chinese.setSelection(zh);
            keys.setSelection(!zh);
            new Label(body, SWT.NONE).setText(Messages.Export_charset);
            charset = new Combo(body, SWT.READ_ONLY);
            charset.setItems(Messages.Export_charsetUtf8, "GB18030 (GBK)");
            charset.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(charset);
            filterArea = new Composite(body, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(filterArea);
            format.addListener(SWT.Selection, e -> rebuildFilters());
            file.addListener(SWT.Modify, e -> validate());
            rebuildFilters();
            setControl(body);
        }

        private void rebuildFilters() {
            for (Control child : filterArea.getChildren()) {
                child.dispose();
            }
            filters.clear();
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filterArea);
            if (format.getSelectionIndex() >= 0 && formats.get(format.getSelectionIndex()).format() instanceof ExportableFormat f) {
                for (ExportFilter filter : f.filters()) {
                    Label label = new Label(filterArea, SWT.NONE);
                    label.setText(filter.description());
                    Text text = new Text(filterArea, SWT.BORDER);
                    text.setMessage(Messages.Export_filterEmpty);
                    GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
                    filters.put(filter.name(), text);
                }
            }
            filterArea.getParent().layout(true, true);
            validate();
        }

        private void validate() {
            String name = file.getText().strip().toLowerCase();
            if (formats.isEmpty()) {
                setErrorMessage(Messages.Import_noFormats);
                setPageComplete(false);
            } else if (name.isEmpty()) {
                setErrorMessage(null);
                setPageComplete(false);
            } else if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                setErrorMessage(Messages.Export_type);
                setPageComplete(false);
            } else {
                setErrorMessage(null);
                setPageComplete(true);
            }
        }
    }
}
