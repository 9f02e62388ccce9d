package org.jiedao.ui.internal.search;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.search.SearchHit;
import org.jiedao.ui.internal.Messages;

/**
 * The list of hits below the search field: a module's name, then its hits (title and subtitle);
 * a provider that failed says so in its module's group. The keyboard stays in the field.
 */
final class ResultsPopup {

    /** Widget data key of the results table. */
    static final String TABLE_ID = SearchControl.RESULTS_ID;

    private final Text field;
    private final Consumer<SearchHit> opener;
    private Shell shell;
    private Table table;

    ResultsPopup(Text field, Consumer<SearchHit> opener) {
        this.field = field;
        this.opener = opener;
    }

    private void ensureCreated() {
        if (shell != null && !shell.isDisposed()) {
            return;
        }
        // ON_TOP | NO_TRIM: a popup window that never takes the keyboard from the field
        shell = new Shell(field.getShell(), SWT.ON_TOP | SWT.NO_TRIM | SWT.TOOL);
        shell.setLayout(new FillLayout());
        table = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.setData(TABLE_ID, Boolean.TRUE);
        new TableColumn(table, SWT.LEFT);
        new TableColumn(table, SWT.LEFT);
        table.addListener(SWT.DefaultSelection, e -> openSelection());
        table.addListener(SWT.MouseDoubleClick, e -> openSelection());
        table.addListener(SWT.Selection, e -> {
            // group headers and messages are not hits: keep the selection on hits
            if (table.getSelectionIndex() >= 0 && !(table.getItem(table.getSelectionIndex()).getData() instanceof SearchHit)) {
                move(1);
            }
        });
    }

    void showSearching(SearchControl.Results results) {
        update(results);
    }

    void update(SearchControl.Results results) {
        ensureCreated();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Map.Entry<String, List<Object>> group : results.groups.entrySet()) {
                TableItem header = new TableItem(table, SWT.NONE);
                header.setText(0, group.getKey());
                header.setFont(JFaceResources.getBannerFont());
                header.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
                for (Object entry : group.getValue()) {
                    TableItem item = new TableItem(table, SWT.NONE);
                    if (entry instanceof SearchHit hit) {
                        item.setText(new String[] { "  " + hit.title(), hit.subtitle() });
                        item.setForeground(1, table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                        item.setData(hit);
                    } else if (entry instanceof SearchControl.Failure failure) {
                        item.setText(0, "  " + NLS.bind(Messages.Search_failed, failure.providerName()));
                        item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                    }
                }
            }
            if (!results.done()) {
                new TableItem(table, SWT.NONE).setText(0, Messages.Search_searching);
            } else if (results.isEmpty()) {
                new TableItem(table, SWT.NONE).setText(0, NLS.bind(Messages.Search_nothing, results.query));
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            if (firstHit() >= 0 && table.getSelectionIndex() < 0) {
                table.setSelection(firstHit());
            }
        } finally {
            table.setRedraw(true);
        }
        show();
    }

    private int firstHit() {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() instanceof SearchHit) {
                return i;
            }
        }
        return -1;
    }

    void show() {
        if (shell == null || shell.isDisposed() || field.isDisposed() || table.getItemCount() == 0) {
            return;
        }
        Rectangle bounds = field.getBounds();
        Point below = field.getParent().toDisplay(bounds.x, bounds.y + bounds.height + 2);
        int rows = Math.min(table.getItemCount(), 14);
        int width = Math.max(bounds.width + 160, table.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 8);
        int height = rows * table.getItemHeight() + 8;
        Rectangle screen = field.getMonitor().getClientArea();
        int x = Math.min(below.x, screen.x + screen.width - width);
        shell.setBounds(Math.max(screen.x, x), below.y, width, height);
        if (!shell.isVisible()) {
            shell.setVisible(true);
        }
    }

    void hide() {
        if (shell != null && !shell.isDisposed()) {
            shell.setVisible(false);
        }
    }

    boolean hasFocus() {
        return table != null && !table.isDisposed() && table.isFocusControl();
    }

    /** Moves the selection to the next (+1) or previous (-1) hit, skipping group headers. */
    void move(int direction) {
        if (table == null || table.isDisposed()) {
            return;
        }
        show();
        int index = table.getSelectionIndex();
        for (int i = index + direction; i >= 0 && i < table.getItemCount(); i += direction) {
            if (table.getItem(i).getData() instanceof SearchHit) {
                table.setSelection(i);
                return;
            }
        }
        if (index >= 0 && !(table.getItem(index).getData() instanceof SearchHit)) {
            table.deselectAll();
        }
    }

    /** Opens the selected hit, else the first one. */
    void openSelection() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int index = table.getSelectionIndex();
        if (index < 0 || !(table.getItem(index).getData() instanceof SearchHit)) {
            index = firstHit();
        }
        if (index >= 0) {
            opener.accept((SearchHit) table.getItem(index).getData());
        }
    }

    void dispose() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }
}
