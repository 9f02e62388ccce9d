package org.jiedao.exchange.ui.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.FormatDescriptor;

/** Step 1: the format, the file, the sheet and the CSV charset. */
final class ImportFilePage extends WizardPage {

    /** Widget data keys for tests. */
    static final String FORMAT_ID = "jiedao.import.format";
    static final String FILE_ID = "jiedao.import.file";

    private final ImportWizard wizard;
    private Combo format;
    private Text file;
    private Combo sheet;
    private Combo charset;
    private boolean updatingSheets;

    ImportFilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle(Messages.Import_fileTitle);
        setDescription(Messages.Import_fileDescription);
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
        List<FormatDescriptor> formats = wizard.formats;
        for (FormatDescriptor f : formats) {
            format.add(f.name() + " (" + f.id() + ")");
        }
        int initial = 0;
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).id().equals(wizard.initialFormat)) {
                initial = i;
            }
        }
        if (!formats.isEmpty()) {
            format.select(initial);
        }
        new Label(body, SWT.NONE).setText(Messages.Import_file);
        file = new Text(body, SWT.BORDER);
        file.setData(FILE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.csv;*.txt", "*.*" });
            dialog.setFilterNames(new String[] { Messages.Import_filterSheets, Messages.Import_filterAll });
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        new Label(body, SWT.NONE).setText(Messages.Import_sheet);
        sheet = new Combo(body, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(sheet);
        new Label(body, SWT.NONE).setText(Messages.Import_charset);
        charset = new Combo(body, SWT.READ_ONLY);
        charset.setItems(Messages.Import_charsetDetect, "UTF-8", "GB18030 (GBK)");
        charset.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(charset);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Import_fileHint);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).indent(0, 12).applyTo(hint);

        format.addListener(SWT.Selection, e -> {
            wizard.mapping.clear();
            update();
        });
        file.addListener(SWT.Modify, e -> {
            sheet.removeAll();
            wizard.mapping.clear();
            update();
        });
        sheet.addListener(SWT.Selection, e -> {
            if (!updatingSheets) {
                update();
            }
        });
        charset.addListener(SWT.Selection, e -> update());
        setControl(body);
    }

    String formatId() {
        int index = format.getSelectionIndex();
        return index < 0 ? "" : wizard.formats.get(index).id();
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    String sheet() {
        return sheet.getSelectionIndex() <= 0 ? null : sheet.getItem(sheet.getSelectionIndex());
    }

    Charset charset() {
        return switch (charset.getSelectionIndex()) {
        case 1 -> StandardCharsets.UTF_8;
        case 2 -> Charset.forName("GB18030");
        default -> null;
        };
    }

    /** Reads the file's start with the chosen format; says what is wrong, else allows Next. */
    private void update() {
        wizard.preview = null;
        if (format.getSelectionIndex() < 0) {
            setErrorMessage(Messages.Import_noFormats);
            setPageComplete(false);
            return;
        }
        String text = file.getText().strip();
        if (text.isEmpty() || !Files.isRegularFile(Path.of(text))) {
            setErrorMessage(text.isEmpty() ? null : Messages.Import_noSuchFile);
            setPageComplete(false);
            return;
        }
        // remembered choices first, for the headers this file has
        wizard.mapping.putAll(MappingMemory.recall(formatId()));
        try {
            wizard.refreshPreview();
            if (sheet.getItemCount() == 0 && !wizard.preview.sheet().isEmpty()) {
                updatingSheets = true;
                for (String name : wizard.preview.sheets()) {
                    sheet.add(name);
                }
                sheet.select(wizard.preview.sheets().indexOf(wizard.preview.sheet()));
                updatingSheets = false;
            }
            setErrorMessage(null);
            setMessage(wizard.preview.charset().map(cs -> org.eclipse.osgi.util.NLS.bind(Messages.Import_charsetFound, cs)).orElse(null));
            setPageComplete(true);
        } catch (ExchangeException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }

    @Override
    public IWizardPage getNextPage() {
        return wizard.preview == null ? null : super.getNextPage();
    }
}
