package org.jiedao.ui.internal.parts;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.modules.ModuleCategory;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.ui.internal.Messages;

/**
 * The module navigator: every module declared through {@code org.jiedao.core.modules}, grouped by
 * category, with a filter field. The selected module becomes the workbench selection.
 */
public final class ModuleNavigatorPart {

    /** Widget data key under which tests and tools find the navigator's tree. */
    public static final String TREE_ID = "org.jiedao.ui.navigator.tree";
    /** Widget data key of the filter field. */
    public static final String FILTER_ID = "org.jiedao.ui.navigator.filter";
    static final String OVERVIEW_PART = "org.jiedao.ui.part.overview";

    private final ModuleRegistry registry;
    private final ESelectionService selectionService;
    private final EPartService parts;

    private TreeViewer viewer;
    private Label emptyLabel;
    private String filter = "";

    @Inject
    public ModuleNavigatorPart(ModuleRegistry registry, ESelectionService selectionService, EPartService parts) {
        this.registry = registry;
        this.selectionService = selectionService;
        this.parts = parts;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(parent);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);

        Text filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.Navigator_filter);
        filterText.setData(FILTER_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);

        Composite treeHolder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(treeHolder);
        TreeColumnLayout columnLayout = new TreeColumnLayout();
        treeHolder.setLayout(columnLayout);
        viewer = new TreeViewer(treeHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setData(TREE_ID, Boolean.TRUE);
        viewer.getTree().setHeaderVisible(true);
        ColumnViewerToolTipSupport.enableFor(viewer);

        TreeViewerColumn nameColumn = new TreeViewerColumn(viewer, SWT.LEFT);
        nameColumn.getColumn().setText(Messages.Navigator_column_name);
        columnLayout.setColumnData(nameColumn.getColumn(), new ColumnWeightData(75, 120));
        nameColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof ModuleCategory category) {
                    return category.name();
                }
                return ((ModuleDescriptor) element).name();
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof ModuleDescriptor module && module.icon().isPresent()) {
                    URL url = module.icon().get();
                    return resources.create(ImageDescriptor.createFromURL(url));
                }
                return null;
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof ModuleDescriptor module) {
                    return module.description().isEmpty() ? module.id() : module.description();
                }
                return null;
            }
        });

        TreeViewerColumn versionColumn = new TreeViewerColumn(viewer, SWT.LEFT);
        versionColumn.getColumn().setText(Messages.Navigator_column_version);
        columnLayout.setColumnData(versionColumn.getColumn(), new ColumnWeightData(25, 60));
        versionColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof ModuleDescriptor module) {
                    return module.version().getMajor() + "." + module.version().getMinor() + "."
                            + module.version().getMicro();
                }
                return "";
            }
        });

        viewer.setContentProvider(new CategoryTreeContentProvider());
        viewer.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            selectionService.setSelection(first instanceof ModuleDescriptor ? first : null);
            if (first instanceof ModuleDescriptor) {
                // the overview shares the main area with the dashboard: bring it up, keep the focus here
                parts.showPart(OVERVIEW_PART, PartState.VISIBLE);
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof ModuleCategory) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });

        emptyLabel = new Label(parent, SWT.WRAP);
        emptyLabel.setText(Messages.Navigator_empty);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(emptyLabel);
        emptyLabel.setVisible(false);

        filterText.addModifyListener(e -> {
            filter = filterText.getText().strip().toLowerCase(Locale.ROOT);
            refresh();
        });
        refresh();
    }

    private void refresh() {
        List<ModuleDescriptor> modules = new ArrayList<>();
        for (ModuleDescriptor module : registry.getModules()) {
            if (filter.isEmpty() || module.name().toLowerCase(Locale.ROOT).contains(filter)
                    || module.id().toLowerCase(Locale.ROOT).contains(filter)) {
                modules.add(module);
            }
        }
        viewer.setInput(modules);
        viewer.expandAll();
        boolean empty = modules.isEmpty();
        emptyLabel.setVisible(empty);
        ((org.eclipse.swt.layout.GridData) emptyLabel.getLayoutData()).exclude = !empty;
        emptyLabel.getParent().layout(true, true);
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Categories (those with at least one module) over their modules, in registry order. */
    private static final class CategoryTreeContentProvider implements ITreeContentProvider {

        private Map<ModuleCategory, List<ModuleDescriptor>> tree = Map.of();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
            Map<ModuleCategory, List<ModuleDescriptor>> grouped = new LinkedHashMap<>();
            if (newInput instanceof List<?> list) {
                for (Object o : list) {
                    ModuleDescriptor module = (ModuleDescriptor) o;
                    grouped.computeIfAbsent(module.category(), c -> new ArrayList<>()).add(module);
                }
            }
            tree = grouped;
        }

        @Override
        public Object[] getElements(Object inputElement) {
            return tree.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object parentElement) {
            List<ModuleDescriptor> children = tree.get(parentElement);
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof ModuleDescriptor module ? module.category() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ModuleCategory;
        }
    }
}
