package org.jiedao.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.modules.ModuleCategory;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.internal.Messages;

/** Shows the module selected in the navigator, or a welcome page when none is. */
public final class ModuleOverviewPart {

    /** Widget data key of the title label. */
    public static final String TITLE_ID = "org.jiedao.ui.overview.title";

    private final ModuleRegistry registry;
    private final UserAccount user;
    private Composite body;
    private ModuleDescriptor shown;

    @Inject
    public ModuleOverviewPart(ModuleRegistry registry, @Optional UserAccount user) {
        this.registry = registry;
        this.user = user;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().create());
        body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        render();
    }

    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) ModuleDescriptor module) {
        if (module != null && !module.equals(shown)) {
            shown = module;
            if (body != null && !body.isDisposed()) {
                render();
            }
        }
    }

    private void render() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.fillDefaults().numColumns(2).margins(24, 20).spacing(16, 8).applyTo(body);
        if (shown == null) {
            renderWelcome();
        } else {
            renderModule(shown);
        }
        body.layout(true, true);
    }

    private void renderWelcome() {
        title(Messages.Overview_welcomeTitle);
        if (user != null) {
            paragraph(NLS.bind(Messages.Overview_signedInAs, user.displayName(),
                    user.role().displayName(java.util.Locale.getDefault())
                            + user.unitCode().map(code -> " " + code).orElse("")));
        }
        paragraph(Messages.Overview_welcomeText);
        long nonPlatform = registry.getModules().stream()
                .filter(m -> !ModuleCategory.PLATFORM.equals(m.category().id())).count();
        if (nonPlatform == 0) {
            paragraph(Messages.Overview_onlyPlatform);
        }
        paragraph(NLS.bind(Messages.Overview_installedCount, registry.getModules().size()));
    }

    private void renderModule(ModuleDescriptor module) {
        title(module.name());
        paragraph(module.description().isEmpty() ? Messages.Overview_noDescription : module.description());
        field(Messages.Overview_id, module.id());
        field(Messages.Overview_version, module.version().toString());
        field(Messages.Overview_category, module.category().name());
        field(Messages.Overview_bundle, module.contributor());
    }

    private void title(String text) {
        Label title = new Label(body, SWT.WRAP);
        title.setText(text);
        title.setFont(JFaceResources.getHeaderFont());
        title.setData(TITLE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(title);
    }

    private void paragraph(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
    }

    private void field(String name, String value) {
        Label key = new Label(body, SWT.NONE);
        key.setText(name);
        key.setFont(JFaceResources.getBannerFont());
        Label label = new Label(body, SWT.WRAP);
        label.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    @Focus
    public void setFocus() {
        body.setFocus();
    }
}
