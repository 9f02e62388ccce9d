package org.jiedao.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.tests.contrib.Probe;
import org.jiedao.core.tests.contrib.Probe.Greeter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The contribution factory on real extensions (this bundle's {@code org.jiedao.core.tests.probes},
 * see plugin.xml) and a real OSGi service this test registers: fields and constructors get the
 * service, a missing service or a wrong class is a CoreException that says which.
 */
class ContributionsTest {

    private static ServiceRegistration<Greeter> registration;

    @BeforeAll
    static void registerGreeter() {
        BundleContext context = FrameworkUtil.getBundle(ContributionsTest.class).getBundleContext();
        registration = context.registerService(Greeter.class, name -> "你好, " + name, null);
    }

    @AfterAll
    static void unregister() {
        registration.unregister();
    }

    private static IConfigurationElement probe(String name) {
        return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.jiedao.core.tests.probes"))
                .filter(e -> name.equals(e.getAttribute("name"))).findFirst().orElseThrow();
    }

    @Test
    void aFieldGetsTheService() throws CoreException {
        assertEquals("你好, field", Contributions.create(probe("field"), "class", Probe.class).describe());
    }

    @Test
    void aConstructorGetsTheService() throws CoreException {
        assertEquals("你好, constructor", Contributions.create(probe("constructor"), "class", Probe.class).describe());
    }

    @Test
    void dataAfterTheColonReachesAnExecutableExtension() throws CoreException {
        assertEquals("你好, data/class/north", Contributions.create(probe("data"), "class", Probe.class).describe());
    }

    @Test
    void aMissingServiceIsNamed() {
        CoreException e = assertThrows(CoreException.class, () -> Contributions.create(probe("absent"), "class", Probe.class));
        assertTrue(e.getMessage().contains("AbsentProbe") && e.getMessage().contains("org.jiedao.core.tests"), e.getMessage());
        assertTrue(String.valueOf(e.getCause()).contains("Absent"), String.valueOf(e.getCause()));
    }

    @Test
    void aClassOfTheWrongTypeIsRefused() {
        CoreException e = assertThrows(CoreException.class, () -> Contributions.create(probe("stranger"), "class", Probe.class));
        assertTrue(e.getMessage().contains("is not a " + Probe.class.getName()), e.getMessage());
    }

    @Test
    void anUnknownClassOrAMissingAttributeIsRefused() {
        CoreException unknown = assertThrows(CoreException.class, () -> Contributions.create(probe("unknown"), "class", Probe.class));
        assertTrue(unknown.getMessage().contains("NoSuchProbe of bundle 'org.jiedao.core.tests' cannot be loaded"), unknown.getMessage());
        CoreException missing = assertThrows(CoreException.class, () -> Contributions.create(probe("field"), "factory", Probe.class));
        assertTrue(missing.getMessage().contains("has no 'factory'"), missing.getMessage());
    }

    @Test
    void aClassOfTheModuleItselfGetsItsBundlesServices() throws CoreException {
        assertEquals("你好, field", Contributions.create(Probe.FieldProbe.class).describe());
    }
}
