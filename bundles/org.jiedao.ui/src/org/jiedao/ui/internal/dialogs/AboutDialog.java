package org.jiedao.ui.internal.dialogs;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.ui.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; About: the versions of Jiedao, its runtime and every installed module and bundle, with
 * a button that copies it all as text for a support request.
 */
public final class AboutDialog extends Dialog {

    /** Widget data key of the modules table. */
    public static final String MODULES_TABLE_ID = "org.jiedao.ui.about.modules";
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final ModuleRegistry registry;
    private Label copiedLabel;

    public AboutDialog(Shell parent, ModuleRegistry registry) {
        super(parent);
        this.registry = registry;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    /** The facts shown at the top, in display order. */
    static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        Bundle core = FrameworkUtil.getBundle(ModuleRegistry.class);
        facts.put(Messages.About_version, core == null ? "?" : core.getVersion().toString());
        facts.put(Messages.About_java, System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ", " + System.getProperty("java.home") + ")");
        facts.put(Messages.About_system, System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        Bundle workbench = Platform.getBundle("org.eclipse.e4.ui.workbench");
        facts.put(Messages.About_eclipse, workbench == null ? "?" : workbench.getVersion().toString());
        Bundle framework = core == null ? null : core.getBundleContext() == null ? null
                : core.getBundleContext().getBundle(0);
        facts.put(Messages.About_framework, framework == null ? "?" : framework.getSymbolicName() + " " + framework.getVersion());
        facts.put(Messages.About_swt, SWT.getPlatform() + " " + SWT.getVersion());
        Location instance = Platform.getInstanceLocation();
        URL data = instance == null ? null : instance.getURL();
        facts.put(Messages.About_dataFolder, data == null ? "-" : data.getPath());
        return facts;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(area);

        Label title = new Label(area, SWT.NONE);
        title.setText(Platform.getProduct() != null ? Platform.getProduct().getName() : Messages.About_title);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        for (Map.Entry<String, String> fact : facts().entrySet()) {
            Label key = new Label(area, SWT.NONE);
            key.setText(fact.getKey());
            Label value = new Label(area, SWT.WRAP);
            value.setText(fact.getValue());
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(value);
        }

        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(620, 260).applyTo(tabs);

        TabItem modulesTab = new TabItem(tabs, SWT.NONE);
        modulesTab.setText(Messages.About_tabModules);
        Table modules = table(tabs, Messages.About_column_name, Messages.About_column_id, Messages.About_column_version);
        modules.setData(MODULES_TABLE_ID, Boolean.TRUE);
        for (ModuleDescriptor module : registry.getModules()) {
            new TableItem(modules, SWT.NONE).setText(new String[] { module.name(), module.id(), module.version().toString() });
        }
        pack(modules);
        modulesTab.setControl(modules);

        TabItem bundlesTab = new TabItem(tabs, SWT.NONE);
        bundlesTab.setText(Messages.About_tabBundles);
        Table bundles = table(tabs, Messages.About_column_id, Messages.About_column_version, Messages.About_column_state);
        for (Bundle bundle : sortedBundles()) {
            new TableItem(bundles, SWT.NONE).setText(new String[] { String.valueOf(bundle.getSymbolicName()),
                    bundle.getVersion().toString(), state(bundle) });
        }
        pack(bundles);
        bundlesTab.setControl(bundles);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        copiedLabel = new Label(parent, SWT.NONE);
        ((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns++;
        copiedLabel.setText("          ");
        createButton(parent, COPY_ID, Messages.About_copy, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { asText() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            copiedLabel.setText(Messages.About_copied);
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** Everything the dialog shows, as plain text. */
    String asText() {
        StringBuilder text = new StringBuilder();
        text.append(Messages.About_title).append('\n');
        for (Map.Entry<String, String> fact : facts().entrySet()) {
            text.append(fact.getKey()).append(": ").append(fact.getValue()).append('\n');
        }
        text.append('\n').append(Messages.About_tabModules).append(":\n");
        for (ModuleDescriptor module : registry.getModules()) {
            text.append("  ").append(module.id()).append(' ').append(module.version()).append(' ').append(module.name()).append('\n');
        }
        text.append('\n').append(Messages.About_tabBundles).append(":\n");
        for (Bundle bundle : sortedBundles()) {
            text.append("  ").append(bundle.getSymbolicName()).append(' ').append(bundle.getVersion()).append(' ')
                    .append(state(bundle)).append('\n');
        }
        return text.toString();
    }

    private static Table table(Composite parent, String... headers) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : headers) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        return table;
    }

    private static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private static List<Bundle> sortedBundles() {
        Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
        if (self == null || self.getBundleContext() == null) {
            return List.of();
        }
        List<Bundle> bundles = new ArrayList<>(Arrays.asList(self.getBundleContext().getBundles()));
        bundles.sort(Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
        return bundles;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
        case Bundle.ACTIVE -> Messages.About_state_active;
        case Bundle.RESOLVED -> Messages.About_state_resolved;
        case Bundle.STARTING -> Messages.About_state_starting;
        case Bundle.INSTALLED -> Messages.About_state_installed;
        default -> Messages.About_state_other;
        };
    }
}
