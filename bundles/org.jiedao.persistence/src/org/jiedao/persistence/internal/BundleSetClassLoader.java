package org.jiedao.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;

/**
 * The class loader of the persistence unit: EclipseLink and JPA through this bundle, entity
 * classes through the bundles that contribute them.
 */
final class BundleSetClassLoader extends ClassLoader {

    private final List<Bundle> bundles;

    BundleSetClassLoader(ClassLoader own, Set<Bundle> contributors) {
        super(own);
        this.bundles = new ArrayList<>(new LinkedHashSet<>(contributors));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (Bundle bundle : bundles) {
            try {
                return bundle.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next contributor
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (Bundle bundle : bundles) {
            URL url = bundle.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Bundle bundle : bundles) {
            Enumeration<URL> found = bundle.getResources(name);
            if (found != null) {
                urls.addAll(Collections.list(found));
            }
        }
        return Collections.enumeration(urls);
    }
}
