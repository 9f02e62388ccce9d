package org.jiedao.ui.widgets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowDataLayer;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionBindings;
import org.eclipse.nebula.widgets.nattable.selection.config.RowOnlySelectionConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.jiedao.ui.internal.EclipseCollections;
import org.jiedao.ui.internal.Messages;

/**
 * A filterable, sortable table over a {@link RecordSource}, fast over a million rows: it holds the
 * row count and a few pages ({@value #DEFAULT_PAGE_SIZE} rows each, the least recently used
 * dropped), fetches a page off the UI thread when a row of it is first painted (showing
 * {@value #LOADING} until it arrives), and asks the source again, from the first page, when a
 * header click changes the order or the filter row changes the filter. A NatTable (Nebula) with a
 * column header, a filter row (text: contains; {@link Column#choices choices}: equals) and whole-row
 * selection.
 * <p>
 * <b>Header clicks</b> follow NatTable's single-click cycle: the first click on a sortable column's
 * header orders ascending, the next descending, the third returns to the source's own order
 * ({@link Sort#NONE}); a click on another column starts its cycle and replaces the order (one column
 * at a time). The header shows an arrow (up: ascending, down: descending). The order is the source's
 * ({@link RecordSource#page} gets the {@link Sort}: ORDER BY in the database), never a sort of rows in
 * memory; give each order that a large table offers an index. {@link Column#unsortable()} columns
 * ignore clicks.
 *
 * <pre>
 * RecordTable&lt;Petition&gt; inbox = new RecordTable&lt;&gt;(parent, List.of(
 *         Column.of("title", Messages.Inbox_title, Petition::getTitle).width(300),
 *         Column.of("receivedOn", Messages.Inbox_received, Petition::getReceivedOn).align(SWT.RIGHT)));
 * inbox.setCellColour((p, column) -&gt; p.isOverdue() ? OVERDUE_RED : null);
 * inbox.setOpenListener(p -&gt; editor.open(p));
 * inbox.setInput(JpaRecordSource.of(persistence, Petition.class).build());
 * </pre>
 *
 * Use it on the UI thread only.
 *
 * @param <T> the row type
 */
public final class RecordTable<T> {

    /** What a cell shows while its page is being fetched. */
    public static final String LOADING = "…";

    /** Rows fetched at once. */
    public static final int DEFAULT_PAGE_SIZE = 200;

    /** Pages kept. */
    static final int CACHED_PAGES = 8;

    private static final String COLUMN_LABEL = "JIEDAO_COLUMN_";
    private static final String COLOUR_LABEL = "JIEDAO_FOREGROUND_";
    private static final String BACKGROUND_LABEL = "JIEDAO_BACKGROUND_";

    static {
        // before any NatTable class uses Eclipse Collections, whatever the thread's context class loader
        EclipseCollections.initialise();
    }

    /** Gives a cell a foreground colour, e.g. overdue rows red. */
    @FunctionalInterface
    public interface CellColour<T> {
        /** @return the colour of the row's text in the column, or null for the default */
        RGB foreground(T row, Column<T> column);
    }

    private final List<Column<T>> columns;
    private final int pageSize;
    private final Display display;
    private final ConfigRegistry configRegistry = new ConfigRegistry();
    private final DataLayer bodyDataLayer;
    private final SelectionLayer selectionLayer;
    private final ViewportLayer viewportLayer;
    private final FilterRowHeaderComposite<T> filterRow;
    private final NatTable natTable;
    private final Loader loader = new Loader();

    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private final Set<String> colourLabels = new HashSet<>();
    private final List<Consumer<List<T>>> selectionListeners = new CopyOnWriteArrayList<>();
    /** Tells rows apart across refreshes; null: a refresh clears the selection. */
    private java.util.function.Function<? super T, ?> rowIdentity;
    /** Identities of rows selected before a refresh, selected again as their pages arrive. */
    private java.util.Set<Object> reselect = new java.util.HashSet<>();
    /** True while the table itself selects (reselection after a refresh), not the user. */
    private boolean reselecting;
    private final List<IntConsumer> countListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<RuntimeException>> errorListeners = new CopyOnWriteArrayList<>();

    private RecordSource<T> source;
    private Filter filter = Filter.NONE;
    private Sort sort = Sort.NONE;
    private int rowCount;
    private boolean counting;
    /** Bumped by every new query (input, filter, order, refresh): answers to older ones are dropped. */
    private volatile long generation;
    /** First and last row index on screen, for the loader to skip pages scrolled past. */
    private volatile int firstVisible;
    private volatile int lastVisible;
    private Consumer<T> openListener;
    private CellColour<T> cellColour;
    private java.util.function.Function<? super T, RGB> rowBackground;

    /** A table with {@value #DEFAULT_PAGE_SIZE} rows per page. */
    public RecordTable(Composite parent, List<Column<T>> columns) {
        this(parent, columns, DEFAULT_PAGE_SIZE);
    }

    /**
     * @param columns  the columns, left to right
     * @param pageSize rows fetched at once
     */
    public RecordTable(Composite parent, List<Column<T>> columns, int pageSize) {
        if (columns.isEmpty() || pageSize < 1) {
            throw new IllegalArgumentException("at least one column and a page size of at least 1");
        }
        this.columns = List.copyOf(columns);
        this.pageSize = pageSize;
        this.display = parent.getDisplay();

        bodyDataLayer = new DataLayer(new BodyData());
        for (int i = 0; i < this.columns.size(); i++) {
            bodyDataLayer.setColumnWidthByPosition(i, this.columns.get(i).width());
        }
        bodyDataLayer.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            labels.add(COLUMN_LABEL + columnPosition);
            if (rowBackground != null) {
                T row = cachedRow(rowPosition);
                RGB rgb = row == null ? null : rowBackground.apply(row);
                if (rgb != null) {
                    labels.addLabelOnTop(backgroundLabel(rgb));
                }
            }
            if (cellColour != null) {
                T row = cachedRow(rowPosition);
                RGB rgb = row == null ? null : cellColour.foreground(row, this.columns.get(columnPosition));
                if (rgb != null) {
                    labels.addLabelOnTop(colourLabel(rgb));
                }
            }
        });
        selectionLayer = new SelectionLayer(bodyDataLayer, false);
        selectionLayer.addConfiguration(new RowOnlySelectionConfiguration());
        viewportLayer = new ViewportLayer(selectionLayer);

        IDataProvider headerData = new HeaderData();
        DataLayer headerDataLayer = new DataLayer(headerData);
        // without the default header configuration: its click-selects-the-column binding would win over the sort click
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewportLayer, selectionLayer, false);
        columnHeader.addConfiguration(new org.eclipse.nebula.widgets.nattable.layer.config.DefaultColumnHeaderStyleConfiguration());
        columnHeader.addConfiguration(new org.eclipse.nebula.widgets.nattable.resize.config.DefaultColumnResizeBindings());
        SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(columnHeader, new RemoteSortModel());
        IFilterStrategy<T> filterStrategy = this::filterRowChanged;
        filterRow = new FilterRowHeaderComposite<>(filterStrategy, sortHeader, headerData, configRegistry);

        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, filterRow, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewportLayer, 0, 1);

        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL
                | SWT.H_SCROLL | SWT.BORDER, grid, false);
        natTable.setConfigRegistry(configRegistry);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new DefaultSelectionStyleConfiguration());
        natTable.addConfiguration(new RowOnlySelectionBindings());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.configure();
        // the body's text drawn by a painter that remembers font heights and text widths (see RecordCellPainter)
        configRegistry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LineBorderDecorator(new RecordCellPainter()),
                DisplayMode.NORMAL, GridRegion.BODY);
        configureColumns();

        natTable.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
            int position = table.getRowPositionByY(event.y);
            int index = LayerUtil.convertRowPosition(table, position, bodyDataLayer);
            T row = index < 0 ? null : cachedRow(index);
            if (row != null && openListener != null) {
                openListener.accept(row);
            }
        });
        natTable.addLayerListener(event -> {
            if (event instanceof RowSelectionEvent || event instanceof CellSelectionEvent) {
                if (!reselecting) {
                    reselect.clear(); // the user chose: the rows of before the refresh are not selected again
                }
                List<T> selection = getSelection();
                for (Consumer<List<T>> listener : selectionListeners) {
                    listener.accept(selection);
                }
            }
        });
        natTable.addDisposeListener(e -> {
            generation++;
            loader.cancel();
        });
    }

    private void configureColumns() {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, switch (column.alignment()) {
                case SWT.RIGHT -> HorizontalAlignmentEnum.RIGHT;
                case SWT.CENTER -> HorizontalAlignmentEnum.CENTER;
                default -> HorizontalAlignmentEnum.LEFT;
            });
            configRegistry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, COLUMN_LABEL + i);
            String filterLabel = FilterRowDataLayer.FILTER_ROW_COLUMN_LABEL_PREFIX + i;
            if (!column.isFilterable()) {
                configRegistry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.NEVER_EDITABLE,
                        DisplayMode.NORMAL, filterLabel);
            } else if (!column.choices().isEmpty()) {
                List<String> choices = new ArrayList<>();
                choices.add("");
                choices.addAll(column.choices());
                configRegistry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ComboBoxCellEditor(choices),
                        DisplayMode.NORMAL, filterLabel);
            }
        }
    }

    private String colourLabel(RGB rgb) {
        String label = COLOUR_LABEL + rgb.red + "_" + rgb.green + "_" + rgb.blue;
        if (colourLabels.add(label)) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(rgb));
            configRegistry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }
        return label;
    }

    private String backgroundLabel(RGB rgb) {
        String label = BACKGROUND_LABEL + rgb.red + "_" + rgb.green + "_" + rgb.blue;
        if (colourLabels.add(label)) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(rgb));
            configRegistry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }
        return label;
    }

    /** The table's control, for layout data and focus. */
    public Control getControl() {
        return natTable;
    }

    /** The NatTable itself, for what this class does not offer (and for tests reading its layers). */
    public NatTable getNatTable() {
        return natTable;
    }

    public List<Column<T>> getColumns() {
        return columns;
    }

    /** Shows the rows of {@code recordSource}, with the current filter and order, from the top. */
    public void setInput(RecordSource<T> recordSource) {
        checkThread();
        this.source = Objects.requireNonNull(recordSource);
        requery();
    }

    /**
     * Asks the source again (count and the first page), keeping filter and order. With a
     * {@linkplain #setRowIdentity row identity} it also keeps the scroll position and the selected rows
     * wherever they are now (selected again as their pages arrive); without one nothing stays selected.
     */
    public void refresh() {
        checkThread();
        if (source == null) {
            return;
        }
        if (rowIdentity == null) {
            requery();
            return;
        }
        int topRow = Math.max(0, viewportLayer.getRowIndexByPosition(0));
        java.util.Set<Object> selected = new java.util.HashSet<>();
        for (T row : getSelection()) {
            selected.add(rowIdentity.apply(row));
        }
        requery(topRow, selected);
    }

    /**
     * How rows are told apart across refreshes, e.g. {@code Petition::id}: then {@link #refresh()} (after a
     * save, an import, another officer's change) keeps the officer's place and selection.
     */
    public void setRowIdentity(java.util.function.Function<? super T, ?> identity) {
        checkThread();
        this.rowIdentity = identity;
    }

    /** Orders by a column ({@link Sort#NONE}: the source's order), as header clicks do; the header shows it. */
    public void setSort(Sort newSort) {
        checkThread();
        if (!newSort.isNone()) {
            index(newSort.column());
        }
        this.sort = newSort;
        natTable.redraw();
        if (source != null) {
            requery();
        }
    }

    public Sort getSort() {
        return sort;
    }

    /** Replaces the filter; the filter row shows it. */
    public void setFilter(Filter newFilter) {
        checkThread();
        Map<Integer, Object> cells = new HashMap<>();
        for (Map.Entry<String, Filter.Condition> entry : newFilter.conditions().entrySet()) {
            cells.put(index(entry.getKey()), entry.getValue().value());
        }
        filterRow.getFilterRowDataLayer().getFilterRowDataProvider().setFilterIndexToObjectMap(cells);
        applyFilter(newFilter);
    }

    public Filter getFilter() {
        return filter;
    }

    /** Rows matching the filter, as last counted (0 until the first count arrives). */
    public int getRowCount() {
        return rowCount;
    }

    /** True while the count, or a page on screen, is being fetched. */
    public boolean isLoading() {
        checkThread();
        if (counting) {
            return true;
        }
        int last = Math.min(lastVisible, rowCount - 1);
        for (int page = firstVisible / pageSize; last >= 0 && page <= last / pageSize; page++) {
            if (!pages.containsKey(page)) {
                return true;
            }
        }
        return false;
    }

    /** The row at {@code index} (0 = first row matching the filter) if its page is fetched, else null. */
    public T getRow(int index) {
        checkThread();
        return cachedRow(index);
    }

    /** The text the table shows in a cell: the column's text, or {@link #LOADING}. */
    public String getText(int rowIndex, int columnIndex) {
        return String.valueOf(bodyDataLayer.getDataValue(columnIndex, rowIndex));
    }

    /** The selected rows (those fetched). */
    public List<T> getSelection() {
        List<T> rows = new ArrayList<>();
        for (int position : selectionLayer.getFullySelectedRowPositions()) {
            T row = cachedRow(position);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Called with the selected rows whenever the selection changes. */
    public void addSelectionListener(Consumer<List<T>> listener) {
        selectionListeners.add(Objects.requireNonNull(listener));
    }

    /** Called with a row when it is double-clicked ("open"). */
    public void setOpenListener(Consumer<T> listener) {
        this.openListener = listener;
    }

    /** Called with the new row count whenever a count arrives (for a "{0} records" label). */
    public void addCountListener(IntConsumer listener) {
        countListeners.add(Objects.requireNonNull(listener));
    }

    /** Called when the source fails (the database is unavailable, access is denied); by default the table only stays empty. */
    public void addErrorListener(Consumer<RuntimeException> listener) {
        errorListeners.add(Objects.requireNonNull(listener));
    }

    /** Colours cells; called while painting, for fetched rows only. */
    public void setCellColour(CellColour<T> colour) {
        this.cellColour = colour;
        natTable.redraw();
    }

    /**
     * Gives whole rows a background colour (e.g. overdue rows red, rows due soon yellow); called while
     * painting, for fetched rows only; null (the function or its answer) for the default. Selected
     * rows keep the selection colour.
     */
    public void setRowBackground(java.util.function.Function<? super T, RGB> background) {
        this.rowBackground = background;
        natTable.redraw();
    }

    /** The background row {@code index} is drawn on when not selected, or null for the default (or while its page is fetched). */
    public RGB getRowBackground(int index) {
        checkThread();
        T row = cachedRow(index);
        if (row == null || rowBackground == null) {
            return null;
        }
        for (String label : bodyDataLayer.getConfigLabelsByPosition(0, index)) {
            if (label.startsWith(BACKGROUND_LABEL)) {
                return ((Color) configRegistry.getConfigAttribute(CellConfigAttributes.CELL_STYLE, DisplayMode.NORMAL, label)
                        .getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR)).getRGB();
            }
        }
        return null;
    }

    /** Scrolls so that row {@code index} shows. */
    public void reveal(int index) {
        checkThread();
        if (index >= 0 && index < rowCount) {
            viewportLayer.moveRowPositionIntoViewport(index);
            natTable.redraw();
        }
    }

    public void setFocus() {
        natTable.setFocus();
    }

    // ---- querying

    private void filterRowChanged(Map<Integer, Object> cells) {
        Filter next = Filter.NONE;
        for (Map.Entry<Integer, Object> cell : cells.entrySet()) {
            Column<T> column = columns.get(cell.getKey());
            next = next.with(column.id(), column.match(), cell.getValue() == null ? null : cell.getValue().toString());
        }
        applyFilter(next);
    }

    private void applyFilter(Filter next) {
        this.filter = next;
        if (source != null) {
            requery();
        }
    }

    private void requery() {
        requery(0, java.util.Set.of());
    }

    /** A new count and first page; then the viewport starts at row {@code topRow} and the rows {@code keep} are selected again. */
    private void requery(int topRow, java.util.Set<Object> keep) {
        long query = ++generation;
        pages.clear();
        requested.clear();
        counting = true;
        reselecting = true;
        try {
            selectionLayer.clear(false);
        } finally {
            reselecting = false;
        }
        reselect = new java.util.HashSet<>(keep);
        viewportLayer.setOriginY(0);
        RecordSource<T> from = source;
        Filter where = filter;
        Sort order = sort;
        loader.submit(new Request(query, -1, () -> {
            int count = from.count(where);
            List<T> first = count == 0 ? List.of() : from.page(where, order, 0, pageSize);
            return () -> {
                counting = false;
                rowCount = count;
                pages.put(0, first);
                bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
                if (topRow > 0 && count > 0) { // a refresh by identity: the row the officer was at stays on top
                    viewportLayer.setOriginY(bodyDataLayer.getStartYOfRowPosition(Math.min(topRow, count - 1)));
                }
                reselectIn(0, first);
                for (IntConsumer listener : countListeners) {
                    listener.accept(count);
                }
            };
        }));
        natTable.redraw();
    }

    /** Selects again the rows of a page that were selected before a refresh. */
    private void reselectIn(int page, List<T> rows) {
        if (reselect.isEmpty() || rowIdentity == null) {
            return;
        }
        reselecting = true;
        try {
            for (int offset = 0; offset < rows.size() && !reselect.isEmpty(); offset++) {
                if (reselect.remove(rowIdentity.apply(rows.get(offset)))) {
                    // as a command, so the selection listeners hear of the row (with its fresh data)
                    selectionLayer.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(
                            selectionLayer, 0, page * pageSize + offset, false, true));
                }
            }
        } finally {
            reselecting = false;
        }
    }

    private T cachedRow(int index) {
        if (index < 0 || index >= rowCount) {
            return null;
        }
        List<T> page = pages.get(index / pageSize);
        int offset = index % pageSize;
        return page == null || offset >= page.size() ? null : page.get(offset);
    }

    /** Called while painting a cell: the row if fetched, else a request for its page. */
    private Object cellValue(int columnIndex, int rowIndex) {
        int page = rowIndex / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            requestPage(page);
            return LOADING;
        }
        int offset = rowIndex % pageSize;
        return offset < rows.size() ? columns.get(columnIndex).textOf(rows.get(offset)) : "";
    }

    private void requestPage(int page) {
        if (counting || source == null || !requested.add(page)) {
            return;
        }
        int first = viewportLayer.getRowIndexByPosition(0);
        firstVisible = Math.max(first, 0);
        lastVisible = firstVisible + viewportLayer.getRowCount();
        long query = generation;
        RecordSource<T> from = source;
        Filter where = filter;
        Sort order = sort;
        loader.submit(new Request(query, page, () -> {
            List<T> rows = from.page(where, order, page * pageSize, pageSize);
            return () -> {
                requested.remove(page);
                pages.put(page, rows);
                reselectIn(page, rows);
                natTable.redraw();
            };
        }));
    }

    private int index(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + columnId);
    }

    private void checkThread() {
        if (Display.getCurrent() != display) {
            throw new IllegalStateException("RecordTable is used on the UI thread only");
        }
    }

    /** Work for the loader: runs off the UI thread, returns what to do on it. */
    @FunctionalInterface
    private interface Fetch {
        Runnable run();
    }

    /** @param page the page, or -1 for a count with the first page */
    private record Request(long generation, int page, Fetch fetch) {
    }

    /**
     * One job per table fetching one request at a time, newest first: when an officer drags the
     * scroll bar through a million rows, the pages scrolled past are skipped instead of fetched.
     */
    private final class Loader extends Job {
        private final Deque<Request> queue = new ArrayDeque<>();

        Loader() {
            super(Messages.Table_loading);
            setSystem(true);
        }

        void submit(Request request) {
            synchronized (queue) {
                if (request.page() < 0) {
                    queue.clear();
                }
                queue.addFirst(request);
            }
            schedule();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            while (!monitor.isCanceled()) {
                Request request;
                synchronized (queue) {
                    request = queue.pollFirst();
                }
                if (request == null) {
                    return Status.OK_STATUS;
                }
                if (request.generation() != generation) {
                    continue;
                }
                if (request.page() >= 0 && !nearScreen(request.page())) {
                    forget(request);
                    continue;
                }
                Runnable deliver;
                try {
                    deliver = request.fetch().run();
                } catch (RuntimeException e) {
                    deliver = () -> {
                        counting = false;
                        for (Consumer<RuntimeException> listener : errorListeners) {
                            listener.accept(e);
                        }
                    };
                }
                Runnable onUi = deliver;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!natTable.isDisposed() && request.generation() == generation) {
                            onUi.run();
                        }
                    });
                }
            }
            return Status.CANCEL_STATUS;
        }

        private boolean nearScreen(int page) {
            int firstRow = page * pageSize;
            int lastRow = firstRow + pageSize - 1;
            return lastRow >= firstVisible - pageSize && firstRow <= lastVisible + pageSize;
        }

        /** A page skipped may be painted again later: let it be requested again. */
        private void forget(Request request) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (request.generation() == generation) {
                        requested.remove(request.page());
                    }
                });
            }
        }
    }

    private final class BodyData implements IDataProvider {
        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return cellValue(columnIndex, rowIndex);
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException("RecordTable is read-only");
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return rowCount;
        }
    }

    private final class HeaderData implements IDataProvider {
        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return columns.get(columnIndex).header();
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** The order is the source's: the header only tells it what was clicked. */
    private final class RemoteSortModel implements ISortModel {
        @Override
        public List<Integer> getSortedColumnIndexes() {
            return sort.isNone() ? List.of() : List.of(index(sort.column()));
        }

        @Override
        public boolean isColumnIndexSorted(int columnIndex) {
            return !sort.isNone() && columns.get(columnIndex).id().equals(sort.column());
        }

        @Override
        public SortDirectionEnum getSortDirection(int columnIndex) {
            if (!isColumnIndexSorted(columnIndex)) {
                return SortDirectionEnum.NONE;
            }
            return sort.ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
        }

        @Override
        public int getSortOrder(int columnIndex) {
            return isColumnIndexSorted(columnIndex) ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<java.util.Comparator> getComparatorsForColumnIndex(int columnIndex) {
            return List.of();
        }

        @Override
        public java.util.Comparator<?> getColumnComparator(int columnIndex) {
            return null;
        }

        @Override
        public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
            Column<T> column = columns.get(columnIndex);
            if (!column.isSortable()) {
                return;
            }
            setSort(direction == SortDirectionEnum.NONE ? Sort.NONE : new Sort(column.id(), direction == SortDirectionEnum.ASC));
        }

        @Override
        public void clear() {
            setSort(Sort.NONE);
        }
    }
}
