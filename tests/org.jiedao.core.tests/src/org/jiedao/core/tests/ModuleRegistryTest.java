package org.jiedao.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.jiedao.core.modules.ModuleCategory;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Reading {@code org.jiedao.core.modules} through the {@link ModuleRegistry} service, as a
 * third party would: the declarations come from this bundle's plugin.xml (English locale here).
 */
class ModuleRegistryTest {

    private static ModuleRegistry registry;
    private static final Bundle SELF = FrameworkUtil.getBundle(ModuleRegistryTest.class);

    @BeforeAll
    static void service() {
        registry = Services.await(ModuleRegistry.class);
    }

    @Test
    void readsAValidModuleWithTranslatedTextsIconAndVersion() throws Exception {
        ModuleDescriptor sample = registry.getModule("org.jiedao.tests.sample").orElseThrow();
        assertEquals("Sample module", sample.name());
        assertEquals("A module declared by the tests.", sample.description());
        assertEquals(ModuleCategory.DOMAIN, sample.category().id());
        assertEquals(new Version(2, 3, 4), sample.version());
        assertEquals("org.jiedao.core.tests", sample.contributor());
        assertTrue(sample.icon().isPresent(), "icon resolved in the contributing bundle");
        try (InputStream in = sample.icon().get().openStream()) {
            byte[] header = in.readNBytes(4);
            assertEquals((byte) 0x89, header[0]);
            assertEquals("PNG", new String(header, 1, 3, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void platformDeclaresItselfWithItsBundleVersion() {
        ModuleDescriptor platform = registry.getModule("org.jiedao.platform").orElseThrow();
        Bundle core = FrameworkUtil.getBundle(ModuleRegistry.class);
        assertEquals(core.getVersion(), platform.version());
        assertEquals(ModuleCategory.PLATFORM, platform.category().id());
        assertEquals("Platform", platform.category().name());
    }

    @Test
    void missingVersionMeansTheContributingBundlesVersion() {
        ModuleDescriptor module = registry.getModule("org.jiedao.tests.defaultversion").orElseThrow();
        assertEquals(SELF.getVersion(), module.version());
        assertEquals("test.category", module.category().id());
        assertEquals(25, module.category().order());
    }

    @Test
    void unknownCategoryFallsBackToExtensionsAndMissingIconIsDropped() {
        ModuleDescriptor module = registry.getModule("org.jiedao.tests.uncategorised").orElseThrow();
        assertEquals(ModuleCategory.EXTENSION, module.category().id());
        assertEquals(Optional.empty(), module.icon());
    }

    @Test
    void malformedDeclarationsAreSkipped() {
        List<String> ids = registry.getModules().stream().map(ModuleDescriptor::id).toList();
        assertFalse(ids.contains("org.jiedao.tests.nameless"), "module without a name");
        assertFalse(ids.contains("org.jiedao.tests.badversion"), "module with an invalid version");
        assertFalse(ids.contains("bad id!"), "module with an invalid id");
        assertTrue(registry.getModules().stream().noneMatch(m -> m.name().equals("Without id")), "module without id");
        assertTrue(registry.getCategories().stream().noneMatch(c -> c.name().equals("Category without id")));
        assertEquals("Sample module", registry.getModule("org.jiedao.tests.sample").orElseThrow().name(),
                "the first declaration of an id wins over a duplicate");
    }

    @Test
    void modulesAreOrderedByCategoryOrderThenName() {
        List<ModuleDescriptor> modules = registry.getModules();
        List<Integer> orders = modules.stream().map(m -> m.category().order()).toList();
        List<Integer> sorted = new ArrayList<>(orders);
        sorted.sort(null);
        assertEquals(sorted, orders);
        assertEquals("org.jiedao.platform", modules.get(0).id(), "platform category comes first");
        List<String> categories = registry.getCategories().stream().map(ModuleCategory::id).toList();
        assertEquals(List.of(ModuleCategory.PLATFORM, ModuleCategory.DOMAIN, "test.category", ModuleCategory.EXTENSION),
                categories);
    }

    private static <T> Optional<T> waitFor(java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        Optional<T> value = probe.get();
        while (value.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            value = probe.get();
        }
        return value;
    }

    /**
     * A bundle installed at run time (simulated with a dynamic contribution) is seen without a
     * restart, its malformed declarations are logged with the contributor's name, and removing it
     * removes its module again.
     */
    @Test
    void followsContributionsAddedAndRemovedAtRunTimeAndLogsMistakes() throws Exception {
        IExtensionRegistry extensionRegistry = Platform.getExtensionRegistry();
        IContributor contributor = ContributorFactoryOSGi.createContributor(SELF);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <plugin>
                  <extension id="dynamic" point="org.jiedao.core.modules">
                    <module id="org.jiedao.tests.dynamic" name="动态模块" version="1.2.3"/>
                    <module id="org.jiedao.tests.dynamic.broken" version="1.0.0"/>
                  </extension>
                </plugin>
                """;
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        ILog log = ILog.of(FrameworkUtil.getBundle(ModuleRegistry.class));
        log.addLogListener(listener);
        try {
            assertTrue(registry.getModule("org.jiedao.tests.dynamic").isEmpty());
            boolean added = extensionRegistry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    contributor, false, "dynamic test contribution", null, null);
            assertTrue(added, "contribution accepted (tests run with eclipse.registry.nulltoken=true)");

            // registry change events are delivered asynchronously
            ModuleDescriptor dynamic = waitFor(() -> registry.getModule("org.jiedao.tests.dynamic")).orElseThrow();
            assertEquals("动态模块", dynamic.name());
            assertEquals(new Version(1, 2, 3), dynamic.version());
            assertTrue(registry.getModule("org.jiedao.tests.dynamic.broken").isEmpty());
            assertTrue(registry.getModule("org.jiedao.tests.sample").isPresent(), "one bad module hides no other");

            assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.WARNING
                    && s.getMessage().contains("org.jiedao.tests.dynamic.broken")
                    && s.getMessage().contains("org.jiedao.core.tests")
                    && s.getMessage().contains("name")),
                    "a warning names the module, the contributing bundle and the missing attribute: " + logged);

            IExtension extension = extensionRegistry.getExtension("org.jiedao.core.tests.dynamic");
            assertTrue(extension != null, "dynamic extension is registered");
            assertTrue(extensionRegistry.removeExtension(extension, null));
            waitFor(() -> registry.getModule("org.jiedao.tests.dynamic").isEmpty() ? Optional.of(true) : Optional.empty())
                    .orElseThrow(() -> new AssertionError("module still listed after its extension was removed"));
        } finally {
            log.removeLogListener(listener);
        }
    }
}
