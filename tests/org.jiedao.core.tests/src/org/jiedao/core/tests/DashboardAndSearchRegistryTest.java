package org.jiedao.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProviderDescriptor;
import org.jiedao.core.search.SearchProviderRegistry;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code org.jiedao.core.dashboardWidgets} and {@code org.jiedao.core.searchProviders} as a third
 * party meets them: this bundle's plugin.xml declares good widgets and providers and every kind of
 * mistake; the mistakes are skipped (and logged), the rest load and run.
 */
class DashboardAndSearchRegistryTest {

    private static DashboardWidgetRegistry widgets;
    private static SearchProviderRegistry search;

    @BeforeAll
    static void services() {
        widgets = Services.await(DashboardWidgetRegistry.class);
        search = Services.await(SearchProviderRegistry.class);
    }

    private static List<String> widgetIds() {
        return widgets.widgets().stream().map(DashboardWidget::id).filter(id -> id.startsWith("org.jiedao.tests.widget.")).toList();
    }

    private static List<String> allIds() {
        return widgets.widgets().stream().map(DashboardWidget::id).toList();
    }

    @Test
    void validWidgetsAreReadInOrderAndMalformedOnesSkipped() {
        // order 5, 6, then the default 100 sorted by name ("Defaults" before "Odd values")
        assertEquals(List.of("org.jiedao.tests.widget.wide", "org.jiedao.tests.widget.guarded",
                "org.jiedao.tests.widget.defaults", "org.jiedao.tests.widget.odd"), widgetIds());
        DashboardWidget wide = widgets.widgets().stream().filter(w -> w.id().equals("org.jiedao.tests.widget.wide")).findFirst().orElseThrow();
        assertEquals("Wide sample widget", wide.name(), "translated from OSGI-INF/l10n");
        assertEquals(2, wide.columns());
        assertEquals("org.jiedao.tests.sample", wide.moduleId());
        assertEquals("org.jiedao.core.tests", wide.contributor());
        assertTrue(wide.permission().isEmpty());
    }

    @Test
    void badOrderAndColumnsFallBackToDefaults() {
        DashboardWidget odd = widgets.widgets().stream().filter(w -> w.id().equals("org.jiedao.tests.widget.odd")).findFirst().orElseThrow();
        assertEquals(100, odd.order());
        assertEquals(1, odd.columns());
    }

    @Test
    void aWidgetLoadsFromItsBundleAndRuns() throws Exception {
        DashboardWidget wide = widgets.widgets().stream().filter(w -> w.id().equals("org.jiedao.tests.widget.wide")).findFirst().orElseThrow();
        assertEquals("org.jiedao.tests.widget.wide", wide.id());
        WidgetData data = wide.providerClass().getConstructor().newInstance()
                .load(new WidgetContext(Locale.CHINA, new DataScope("/320508/", true, "tester"), Optional.empty()));
        WidgetData.Table table = (WidgetData.Table) data;
        assertEquals(List.of(List.of("/320508/", "zh")), table.rows());
    }

    @Test
    void withoutASignedInUserOnlyWidgetsWithoutPermissionShow() {
        // no security service in this runtime, nobody signed in: a guarded widget stays hidden
        List<String> visible = widgets.visibleWidgets().stream().map(DashboardWidget::id).toList();
        assertTrue(visible.contains("org.jiedao.tests.widget.wide"), visible.toString());
        assertFalse(visible.contains("org.jiedao.tests.widget.guarded"), visible.toString());
    }

    @Test
    void widgetDataChecksItsShape() {
        assertThrows(IllegalArgumentException.class, () -> WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, "s",
                List.of("a", "b"), List.of(1)), "one value per category");
        assertThrows(IllegalArgumentException.class, () -> new WidgetData.Chart(WidgetData.Chart.Kind.PIE, List.of("a"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WidgetData.Table(List.of("one"), List.of(List.of("a", "b"))));
        assertEquals("1,204", WidgetData.Figure.of(1204, "件", "").value());
    }

    @Test
    void searchProvidersAreReadAndMalformedOnesSkipped() throws Exception {
        List<SearchProviderDescriptor> ours = search.providers().stream().filter(p -> p.id().startsWith("org.jiedao.tests.")).toList();
        assertEquals(1, ours.size(), ours.toString());
        SearchProviderDescriptor sample = ours.get(0);
        assertEquals("org.jiedao.tests.search", sample.id());
        assertEquals("Sample records", sample.name());
        assertEquals("org.jiedao.tests.sample", sample.moduleId());
        List<SearchHit> hits = sample.providerClass().getConstructor().newInstance().search("街道", 10, Locale.CHINA);
        assertEquals("Sample 街道", hits.get(0).title());
    }

    @Test
    void contributionsAddedAtRunTimeAreReadAndTheirMistakesLogged() throws Exception {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <plugin>
                  <extension id="dynamicWidgets" point="org.jiedao.core.dashboardWidgets">
                    <widget id="org.jiedao.tests.dyn" name="动态组件" module="m" class="org.jiedao.core.tests.contrib.SampleWidget"/>
                    <widget id="org.jiedao.tests.dyn.broken" name="没有类"  module="m"/>
                  </extension>
                </plugin>
                """;
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        ILog log = ILog.of(FrameworkUtil.getBundle(DashboardWidgetRegistry.class));
        log.addLogListener(listener);
        try {
            assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(getClass())), false, "dynamic widgets", null, null));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!allIds().contains("org.jiedao.tests.dyn") && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(allIds().contains("org.jiedao.tests.dyn"), allIds().toString());
            assertFalse(allIds().contains("org.jiedao.tests.dyn.broken"));
            assertTrue(widgetIds().contains("org.jiedao.tests.widget.wide"), "one bad widget hides no other");
            assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.WARNING
                    && s.getMessage().contains("org.jiedao.tests.dyn.broken")
                    && s.getMessage().contains("org.jiedao.core.tests")
                    && s.getMessage().contains("class")), "the warning names widget, bundle and attribute: " + logged);
        } finally {
            log.removeLogListener(listener);
            IExtension extension = registry.getExtension("org.jiedao.core.tests.dynamicWidgets");
            if (extension != null) {
                registry.removeExtension(extension, null);
            }
        }
    }
}
