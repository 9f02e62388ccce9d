package org.jiedao.core.internal.dashboard;

import static org.jiedao.core.internal.contributions.ExtensionSnapshot.attribute;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.bundleOf;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.contributorOf;
import static org.jiedao.core.internal.contributions.ExtensionSnapshot.warn;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.internal.contributions.ExtensionSnapshot;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link DashboardWidgetRegistry} over the Equinox extension registry. The security service is
 * looked up per call (it is implemented in another bundle that starts later; a static reference
 * would tie the two components' life cycles together for no gain).
 */
@Component(service = DashboardWidgetRegistry.class)
public final class ExtensionDashboardWidgetRegistry implements DashboardWidgetRegistry {

    static final int DEFAULT_ORDER = 100;

    private final ILog log = ILog.of(ExtensionDashboardWidgetRegistry.class);
    private IExtensionRegistry registry;
    private ExtensionSnapshot<List<DashboardWidget>> snapshot;

    @Reference
    void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    @Activate
    void activate() {
        snapshot = new ExtensionSnapshot<>(registry, EXTENSION_POINT, this::read);
    }

    @Deactivate
    void deactivate() {
        snapshot.dispose();
    }

    @Override
    public List<DashboardWidget> widgets() {
        return snapshot.get();
    }

    @Override
    public List<DashboardWidget> visibleWidgets() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceReference<SecurityService> reference = context == null ? null
                : context.getServiceReference(SecurityService.class);
        SecurityService security = reference == null ? null : context.getService(reference);
        try {
            return widgets().stream().filter(w -> isVisible(w, security)).toList();
        } finally {
            if (security != null) {
                context.ungetService(reference);
            }
        }
    }

    static boolean isVisible(DashboardWidget widget, SecurityService security) {
        if (widget.permission().isEmpty()) {
            return true;
        }
        if (security == null) {
            return false;
        }
        Optional<UserAccount> user = security.currentUser();
        if (user.isEmpty()) {
            return false;
        }
        String permission = widget.permission().get();
        if (user.get().unitCode().isPresent()) {
            return security.isPermitted(permission, user.get().unitCode().get());
        }
        // a user of the whole installation: their role decides
        return user.get().role() == Role.DISTRICT_ADMIN || security.permissions().stream()
                .anyMatch(p -> p.id().equals(permission) && p.roles().contains(user.get().role()));
    }

    private List<DashboardWidget> read(IExtension[] extensions) {
        Map<String, DashboardWidget> widgets = new LinkedHashMap<>();
        ExtensionSnapshot.forEach(extensions, "widget", element -> readWidget(element, widgets));
        Collator collator = Collator.getInstance(Locale.getDefault());
        List<DashboardWidget> sorted = new ArrayList<>(widgets.values());
        sorted.sort(Comparator.comparingInt(DashboardWidget::order).thenComparing(DashboardWidget::name, collator)
                .thenComparing(DashboardWidget::id));
        return List.copyOf(sorted);
    }

    private void readWidget(IConfigurationElement element, Map<String, DashboardWidget> widgets) {
        String contributor = contributorOf(element);
        try {
            ExtensionSnapshot.Declaration head = ExtensionSnapshot.declaration(log, element, "dashboard widget",
                    id -> widgets.containsKey(id) ? widgets.get(id).contributor() : null);
            if (head == null) {
                return;
            }
            String id = head.id();
            int order = DEFAULT_ORDER;
            String orderText = attribute(element, "order");
            if (orderText != null) {
                try {
                    order = Integer.parseInt(orderText);
                } catch (NumberFormatException e) {
                    warn(log, "Dashboard widget ''{0}'' from bundle ''{1}'': order ''{2}'' is not an integer; using {3}.",
                            id, contributor, orderText, DEFAULT_ORDER);
                }
            }
            int columns = 1;
            String size = attribute(element, "columns");
            if (size != null) {
                if ("1".equals(size) || "2".equals(size)) {
                    columns = Integer.parseInt(size);
                } else {
                    warn(log, "Dashboard widget ''{0}'' from bundle ''{1}'': columns ''{2}'' must be 1 or 2; using 1.",
                            id, contributor, size);
                }
            }
            widgets.put(id, new DashboardWidget(id, head.name(), head.module(), order,
                    Optional.ofNullable(attribute(element, "permission")), columns, contributor, head.bundle(), head.className()));
        } catch (RuntimeException e) {
            log.warn("Skipped a dashboard widget from bundle '" + contributor + "': " + e, e);
        }
    }
}
