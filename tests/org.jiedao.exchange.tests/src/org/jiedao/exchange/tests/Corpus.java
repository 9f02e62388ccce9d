package org.jiedao.exchange.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/** The committed test files (corpus/), copied out of the test bundle. */
final class Corpus {

    private Corpus() {
    }

    static Path file(String name, Path dir) {
        URL url = FrameworkUtil.getBundle(Corpus.class).getEntry("corpus/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no corpus file " + name);
        }
        Path target = dir.resolve(name);
        try (InputStream in = FileLocator.toFileURL(url).openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }
}
