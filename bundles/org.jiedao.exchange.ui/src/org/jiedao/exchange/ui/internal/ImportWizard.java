package org.jiedao.exchange.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.FilePreview;
import org.jiedao.exchange.FormatDescriptor;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;

/**
 * The import wizard: choose a format and a file, map the file's columns (remembered per format),
 * preview the first rows with their problems, then import with progress and cancel. By default
 * nothing is written unless every row is valid; the user may instead import the valid rows and
 * send the others, with their reasons, to a rejects file.
 */
public final class ImportWizard extends Wizard {

    /** Rows shown in the preview. */
    static final int PREVIEW_ROWS = 20;

    final ExchangeService exchange;
    final List<FormatDescriptor> formats;
    final String initialFormat;
    FilePreview preview;
    /** the user's choices on the mapping page: file header to column key ("" = ignore) */
    final Map<String, String> mapping = new LinkedHashMap<>();
    ImportResult result;

    private ImportFilePage filePage;
    private MappingPage mappingPage;
    private PreviewPage previewPage;

    public ImportWizard(ExchangeService exchange, String initialFormat) {
        this.exchange = exchange;
        this.formats = exchange.formats().stream().filter(FormatDescriptor::importable).toList();
        this.initialFormat = initialFormat;
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        filePage = new ImportFilePage(this);
        mappingPage = new MappingPage(this);
        previewPage = new PreviewPage(this);
        addPage(filePage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    String formatId() {
        return filePage.formatId();
    }

    Optional<FormatDescriptor> format() {
        return formats.stream().filter(f -> f.id().equals(formatId())).findFirst();
    }

    Path file() {
        return filePage.file();
    }

    /** The options the pages describe (without the rejects choice). */
    ImportOptions options() {
        Charset charset = filePage.charset();
        return ImportOptions.defaults().withSheet(filePage.sheet()).withCharset(charset).withMapping(mapping)
                .withIgnoreUnknownColumns(true);
    }

    /** Reads the start of the file again with the current choices. */
    void refreshPreview() throws ExchangeException {
        preview = exchange.preview(formatId(), file(), options(), PREVIEW_ROWS);
    }

    @Override
    public boolean canFinish() {
        return preview != null && preview.missingRequired().isEmpty() && getContainer().getCurrentPage() == previewPage;
    }

    @Override
    public boolean performFinish() {
        ImportOptions options = options().withRejectsFile(previewPage.rejectsFile());
        String formatId = formatId();
        Path file = file();
        ExchangeException[] failure = new ExchangeException[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result = exchange.importFile(formatId, file, options, monitor);
                } catch (ExchangeException e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            previewPage.setErrorMessage(NLS.bind(Messages.Import_failed, e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure[0] != null) {
            previewPage.setErrorMessage(failure[0].getMessage());
            return false;
        }
        MappingMemory.remember(formatId, preview.mapping());
        switch (result.status()) {
        case INVALID:
            previewPage.showResult(result);
            return false;
        case PARTIAL:
            MessageDialog.openWarning(getShell(), Messages.Import_doneTitle, NLS.bind(Messages.Import_partial,
                    new Object[] { result.rowsWritten(), result.rowsRead() - result.rowsValid(),
                            result.rejectsFile().map(Path::toString).orElse("") }));
            return true;
        default:
            MessageDialog.openInformation(getShell(), Messages.Import_doneTitle, NLS.bind(Messages.Import_done, result.rowsWritten(),
                    format().map(FormatDescriptor::name).orElse(formatId)));
            return true;
        }
    }
}
