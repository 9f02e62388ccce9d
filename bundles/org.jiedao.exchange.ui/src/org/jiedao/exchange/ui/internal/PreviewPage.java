package org.jiedao.exchange.ui.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.exchange.FilePreview;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;

/**
 * Step 3: the first rows as they will be read, rows with problems in red and the problems listed;
 * the choice between "all rows or nothing" and "import the valid rows, write the others to a file".
 */
final class PreviewPage extends WizardPage {

    /** Widget data keys for tests. */
    static final String ROWS_ID = "jiedao.import.rows";
    static final String PROBLEMS_ID = "jiedao.import.problems";
    static final String SKIP_ID = "jiedao.import.skip";
    static final String REJECTS_ID = "jiedao.import.rejects";

    private final ImportWizard wizard;
    private Table rows;
    private Table problems;
    private Button skip;
    private Text rejects;

    PreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(Messages.Preview_title);
        setDescription(Messages.Preview_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
        rows = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        rows.setData(ROWS_ID, Boolean.TRUE);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        problems = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        problems.setData(PROBLEMS_ID, Boolean.TRUE);
        problems.setHeaderVisible(true);
        for (String title : new String[] { Messages.Preview_row, Messages.Preview_column, Messages.Preview_problem }) {
            new TableColumn(problems, SWT.NONE).setText(title);
        }
        sash.setWeights(3, 2);
        Button all = new Button(body, SWT.RADIO);
        all.setText(Messages.Preview_allOrNothing);
        all.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(all);
        skip = new Button(body, SWT.RADIO);
        skip.setData(SKIP_ID, Boolean.TRUE);
        skip.setText(Messages.Preview_skipInvalid);
        rejects = new Text(body, SWT.BORDER);
        rejects.setData(REJECTS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rejects);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                rejects.setText(chosen);
                skip.setSelection(true);
                all.setSelection(false);
            }
        });
        rejects.setEnabled(false);
        skip.addListener(SWT.Selection, e -> {
            rejects.setEnabled(skip.getSelection());
            if (skip.getSelection() && rejects.getText().isBlank()) {
                rejects.setText(defaultRejects().toString());
            }
            validate();
        });
        rejects.addListener(SWT.Modify, e -> validate());
        setControl(body);
    }

    private Path defaultRejects() {
        Path file = wizard.file().toAbsolutePath();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = name.toLowerCase().endsWith(".xlsx") || name.toLowerCase().endsWith(".xls") ? ".xlsx" : ".csv";
        return file.resolveSibling(base + Messages.Preview_rejectsSuffix + extension);
    }

    /** @return the rejects file when the user chose to skip invalid rows */
    Path rejectsFile() {
        return skip.getSelection() && !rejects.getText().isBlank() ? Path.of(rejects.getText().strip()) : null;
    }

    private void validate() {
        if (skip.getSelection() && rejects.getText().isBlank()) {
            setErrorMessage(Messages.Preview_rejectsNeeded);
        } else {
            setErrorMessage(null);
        }
        getContainer().updateButtons();
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            fill(wizard.preview);
        }
        super.setVisible(visible);
    }

    private void fill(FilePreview preview) {
        rows.setRedraw(false);
        rows.removeAll();
        for (TableColumn column : rows.getColumns()) {
            column.dispose();
        }
        new TableColumn(rows, SWT.RIGHT).setText(Messages.Preview_row);
        for (String header : preview.headers()) {
            String key = preview.mapping().getOrDefault(header, "");
            new TableColumn(rows, SWT.NONE).setText(key.isEmpty() ? header + " " + Messages.Preview_ignored : header);
        }
        Set<Integer> bad = new HashSet<>();
        preview.problems().forEach(p -> bad.add(p.row()));
        Color red = getShell().getDisplay().getSystemColor(SWT.COLOR_RED);
        List<List<String>> data = preview.rows();
        for (int i = 0; i < data.size(); i++) {
            TableItem item = new TableItem(rows, SWT.NONE);
            int number = preview.rowNumbers().get(i);
            item.setText(0, String.valueOf(number));
            for (int c = 0; c < data.get(i).size(); c++) {
                item.setText(c + 1, data.get(i).get(c));
            }
            if (bad.contains(number)) {
                item.setForeground(red);
            }
        }
        for (TableColumn column : rows.getColumns()) {
            column.pack();
        }
        rows.setRedraw(true);
        showProblems(preview.problems());
        if (preview.problems().isEmpty()) {
            setMessage(NLS.bind(Messages.Preview_allGood, data.size()));
        } else {
            setMessage(NLS.bind(Messages.Preview_someBad, preview.problems().size()), WARNING);
        }
    }

    private void showProblems(List<Problem> list) {
        problems.removeAll();
        for (Problem p : list) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { String.valueOf(p.row()), p.header().orElse(""), p.message() });
        }
        for (TableColumn column : problems.getColumns()) {
            column.pack();
        }
    }

    /** After an import that found problems: every problem (up to the result's limit), nothing written. */
    void showResult(ImportResult result) {
        showProblems(result.problems());
        setErrorMessage(NLS.bind(Messages.Preview_invalid, result.rowsRead() - result.rowsValid(), result.rowsRead()));
    }
}
