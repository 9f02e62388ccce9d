package org.jiedao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every user-visible string exists in English and Chinese: for every {@code X.properties} in a
 * Jiedao bundle there is an {@code X_zh.properties} with exactly the same keys, and the files are
 * pure ASCII (non-ASCII as \\uXXXX escapes), because Equinox's NLS reads them as ISO-8859-1.
 */
class TranslationsTest {

    @Test
    void everyJiedaoPropertiesFileHasAChineseTwinWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Bundle bundle : FrameworkUtil.getBundle(TranslationsTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName() == null || !bundle.getSymbolicName().startsWith("org.jiedao")) {
                continue;
            }
            Enumeration<URL> files = bundle.findEntries("/", "*.properties", true);
            while (files != null && files.hasMoreElements()) {
                URL url = files.nextElement();
                String path = url.getPath();
                if (path.contains("/target/") || path.startsWith("/META-INF/") || path.endsWith("build.properties")) {
                    continue;
                }
                if (bundle.getSymbolicName().endsWith(".source") && path.endsWith("/bundle-src.properties")) {
                    continue; // written by tycho-source-plugin for the SDK's source bundles ("… Source"), seen in an IDE only
                }
                checked++;
                checkAscii(bundle, url, problems);
                if (path.endsWith("_zh.properties")) {
                    continue;
                }
                URL zh = bundle.getEntry(path.replace(".properties", "_zh.properties"));
                if (zh == null) {
                    problems.add(bundle.getSymbolicName() + path + ": no _zh twin");
                    continue;
                }
                TreeSet<String> en = keys(url);
                TreeSet<String> cn = keys(zh);
                if (!en.equals(cn)) {
                    TreeSet<String> onlyEn = new TreeSet<>(en);
                    onlyEn.removeAll(cn);
                    TreeSet<String> onlyZh = new TreeSet<>(cn);
                    onlyZh.removeAll(en);
                    problems.add(bundle.getSymbolicName() + path + ": only in English " + onlyEn + ", only in Chinese " + onlyZh);
                }
            }
        }
        assertTrue(checked >= 6, "found the Jiedao properties files (" + checked + ")");
        assertEquals(List.of(), problems);
    }

    private static void checkAscii(Bundle bundle, URL url, List<String> problems) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                if (b < 0) {
                    problems.add(bundle.getSymbolicName() + url.getPath()
                            + ": contains non-ASCII bytes; run releng/scripts/escape-properties.py");
                    return;
                }
            }
        }
    }

    private static TreeSet<String> keys(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
