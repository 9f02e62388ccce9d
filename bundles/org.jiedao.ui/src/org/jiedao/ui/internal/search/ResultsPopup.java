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
import org.eclipse.swt.widgets.Composite;
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
    private Composite overlay;
    private Table table;

    ResultsPopup(Text field, Consumer<SearchHit> opener) {
        this.field = field;
        this.opener = opener;
    }

    private void ensureCreated() {
        if (overlay != null && !overlay.isDisposed()) {
            return;
        }
        // an overlay inside the window rather than a popup window: no window manager (or Xvfb
        // without one) can hand the keyboard to it while the user is still typing in the field
        overlay = new Composite(field.getShell(), SWT.NONE);
        overlay.setLayout(new FillLayout());
        overlay.setVisible(false);
        table = new Table(overlay, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
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
        if (overlay == null || overlay.isDisposed() || field.isDisposed() || table.getItemCount() == 0) {
            return;
        }
        Shell window = field.getShell();
        Point below = window.toControl(field.toDisplay(0, field.getSize().y + 2));
        Rectangle area = window.getClientArea();
        int rows = Math.min(table.getItemCount(), 14);
        int width = Math.min(area.width - 8, Math.max(field.getSize().x + 160, table.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 8));
        int height = Math.min(area.height - below.y - 8, rows * table.getItemHeight() + 8);
        int x = Math.max(area.x + 4, Math.min(below.x, area.x + area.width - width - 4));
        overlay.setBounds(x, below.y, width, height);
        overlay.moveAbove(null);
        if (!overlay.isVisible()) {
            overlay.setVisible(true);
        }
    }

    void hide() {
        if (overlay != null && !overlay.isDisposed()) {
            overlay.setVisible(false);
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
        if (overlay != null && !overlay.isDisposed()) {
            overlay.dispose();
        }
    }
}
