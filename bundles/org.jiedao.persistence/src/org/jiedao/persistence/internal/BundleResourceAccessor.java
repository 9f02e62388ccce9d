package org.jiedao.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;

/**
 * Lets Liquibase read one module's changelogs from the entries of the module's bundle (no class
 * path scanning, which does not work in OSGi). Paths are bundle-relative without a leading '/',
 * and are what Liquibase records in its history, so they must stay stable.
 */
final class BundleResourceAccessor extends AbstractResourceAccessor {

    private final Bundle bundle;

    BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    static String normalize(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        return p;
    }

    /** For includeAll: the files below a folder of the bundle (fragments included). */
    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        String folder = normalize(path);
        Enumeration<URL> entries = bundle.findEntries(folder.isEmpty() ? "/" : folder, "*", recursive);
        if (entries == null) {
            return Collections.emptyList();
        }
        List<Resource> result = new ArrayList<>();
        for (URL url : Collections.list(entries)) {
            String entry = normalize(url.getPath());
            if (!entry.endsWith("/")) {
                result.add(new BundleResource(entry, url));
            }
        }
        return result;
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        String p = normalize(path);
        URL url = bundle.getEntry(p);
        return url == null ? Collections.emptyList() : List.of(new BundleResource(p, url));
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
        // nothing to release
    }

    private URI uri(String path, URL url) {
        try {
            return url != null ? url.toURI() : new URI("bundleentry", Long.toString(bundle.getBundleId()), "/" + path, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private final class BundleResource extends AbstractResource {
        private final URL url;

        BundleResource(String path, URL url) {
            super(path, uri(path, url));
            this.url = url;
        }

        @Override
        public boolean exists() {
            return url != null;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            if (url == null) {
                throw new IOException("No entry " + getPath() + " in bundle " + bundle.getSymbolicName());
            }
            return url.openStream();
        }

        @Override
        public Resource resolve(String other) {
            return lookup(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return lookup(resolveSiblingPath(other));
        }

        private Resource lookup(String path) {
            String p = normalize(path);
            return new BundleResource(p, bundle.getEntry(p));
        }
    }
}
