package org.jiedao.exchange.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.FormatDescriptor;

/** Step 2: which column of the format each column of the file is (or that it is ignored). */
final class MappingPage extends WizardPage {

    /** Widget data key for tests: the combo of a file header carries the header. */
    static final String HEADER_KEY = "jiedao.import.header";

    private final ImportWizard wizard;
    private ScrolledComposite scroll;
    private Composite grid;

    MappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(Messages.Mapping_title);
        setDescription(Messages.Mapping_description);
    }

    @Override
    public void createControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        grid = new Composite(scroll, SWT.NONE);
        scroll.setContent(grid);
        setControl(scroll);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            rebuild();
        }
        super.setVisible(visible);
    }

    private void rebuild() {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
        List<Column<?>> columns = wizard.format().map(FormatDescriptor::format).map(f -> f.columns()).orElse(List.of());
        Label fileHeader = new Label(grid, SWT.NONE);
        fileHeader.setText(Messages.Mapping_fileColumn);
        Label formatHeader = new Label(grid, SWT.NONE);
        formatHeader.setText(Messages.Mapping_formatColumn);
        new Label(grid, SWT.NONE);
        for (String header : wizard.preview.headers()) {
            Label label = new Label(grid, SWT.NONE);
            label.setText(header);
            Combo combo = new Combo(grid, SWT.READ_ONLY);
            combo.setData(HEADER_KEY, header);
            combo.add(Messages.Mapping_ignore);
            String current = wizard.preview.mapping().getOrDefault(header, "");
            combo.select(0);
            for (int i = 0; i < columns.size(); i++) {
                Column<?> column = columns.get(i);
                combo.add(column.key() + " — " + column.chinese() + (column.isRequired() ? " *" : ""));
                if (column.key().equals(current)) {
                    combo.select(i + 1);
                }
            }
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            Label accepts = new Label(grid, SWT.NONE);
            accepts.setText(combo.getSelectionIndex() > 0 ? columns.get(combo.getSelectionIndex() - 1).type().describe(java.util.Locale.getDefault()) : "");
            combo.addListener(SWT.Selection, e -> {
                int index = combo.getSelectionIndex();
                wizard.mapping.put(header, index <= 0 ? "" : columns.get(index - 1).key());
                accepts.setText(index <= 0 ? "" : columns.get(index - 1).type().describe(java.util.Locale.getDefault()));
                grid.layout(true);
                validate();
            });
        }
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        grid.layout(true);
        validate();
    }

    private void validate() {
        try {
            wizard.refreshPreview();
        } catch (ExchangeException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
            return;
        }
        if (!wizard.preview.missingRequired().isEmpty()) {
            setErrorMessage(NLS.bind(Messages.Mapping_missing, String.join(", ", wizard.preview.missingRequired())));
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setPageComplete(true);
        }
    }
}
