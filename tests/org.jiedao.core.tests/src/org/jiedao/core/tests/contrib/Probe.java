package org.jiedao.core.tests.contrib;

/** What the contributions of this bundle's {@code probes} extension point are: they say what they were given. */
public interface Probe {

    String describe();

    /** A service this bundle registers in the test. */
    interface Greeter {
        String greet(String name);
    }

    /** A service nobody registers. */
    interface Absent {
    }

    /** Services by field. */
    final class FieldProbe implements Probe {
        @jakarta.inject.Inject
        private Greeter greeter;

        @Override
        public String describe() {
            return greeter.greet("field");
        }
    }

    /** Services by constructor, kept final. */
    final class ConstructorProbe implements Probe {
        private final Greeter greeter;

        @jakarta.inject.Inject
        public ConstructorProbe(Greeter greeter) {
            this.greeter = greeter;
        }

        @Override
        public String describe() {
            return greeter.greet("constructor");
        }
    }

    /** Needs a service that is not there. */
    final class AbsentProbe implements Probe {
        @jakarta.inject.Inject
        private Absent absent;

        @Override
        public String describe() {
            return String.valueOf(absent);
        }
    }

    /** Declared with {@code class="...:data"}: gets the data as createExecutableExtension gives it, and its service. */
    final class DataProbe implements Probe, org.eclipse.core.runtime.IExecutableExtension {
        @jakarta.inject.Inject
        private Greeter greeter;
        private String data;

        @Override
        public void setInitializationData(org.eclipse.core.runtime.IConfigurationElement config, String propertyName, Object data) {
            this.data = config.getAttribute("name") + "/" + propertyName + "/" + data;
        }

        @Override
        public String describe() {
            return greeter.greet(data);
        }
    }

    /** Not a Probe. */
    final class Stranger {
    }
}
