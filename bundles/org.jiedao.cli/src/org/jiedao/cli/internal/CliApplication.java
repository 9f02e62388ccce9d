package org.jiedao.cli.internal;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The headless application {@code org.jiedao.cli.app}, started by the {@code jiedao-cli} launcher
 * script. Returns the command's exit code, which the launcher passes on to the shell.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        Charset charset = terminalCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, charset));
        String helpCache = System.getProperty(HELP_CACHE_PROPERTY);
        String helpKey = System.getProperty(HELP_KEY_PROPERTY);
        if (helpCache == null || helpKey == null || args.size() != 1 || !productConfiguration()) {
            return CliRunner.forPlatform().run(args, out, err, in, dataDirectory());
        }
        // the launcher answers the next "help" from this file while the installed bundles stay the same
        java.io.StringWriter text = new java.io.StringWriter();
        int code = CliRunner.forPlatform().run(args, new PrintWriter(text), err, in, dataDirectory());
        out.print(text);
        out.flush();
        if (code == 0) {
            writeHelpCache(Path.of(helpCache), helpKey, text.toString(), charset);
        }
        return code;
    }

    /** System property set by the launcher: the file that keeps the answer to "help". */
    static final String HELP_CACHE_PROPERTY = "jiedao.cli.helpCache";
    /** System property set by the launcher: what the answer depends on (first line of the file). */
    static final String HELP_KEY_PROPERTY = "jiedao.cli.helpKey";

    private static void writeHelpCache(Path file, String key, String text, Charset charset) {
        try {
            Path temporary = java.nio.file.Files.createTempFile(file.getParent(), ".jiedao-cli-help", ".tmp");
            try {
                java.nio.file.Files.write(temporary, (key + "\n" + text).getBytes(charset));
                java.nio.file.Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(temporary);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // only a cache: the next "help" starts the platform again
        }
    }

    /**
     * Whether Equinox runs on the product's own configuration area (the one whose bundles.info the
     * launcher's cache key reads), not a per-user copy of a read-only installation.
     */
    private static boolean productConfiguration() {
        Location configuration = Platform.getConfigurationLocation();
        Location install = Platform.getInstallLocation();
        if (configuration == null || install == null || configuration.getURL() == null || install.getURL() == null) {
            return false;
        }
        try {
            return toPath(configuration.getURL()).normalize().equals(toPath(install.getURL()).resolve("configuration").normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Equinox builds file: URLs without escaping spaces or CJK characters
            return Path.of(url.getPath());
        }
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }

    /**
     * The terminal's encoding when it is one that can show Chinese (UTF-8, GBK, GB18030), else
     * UTF-8: a C/POSIX locale would otherwise turn every Chinese character into '?'.
     */
    static Charset terminalCharset() {
        for (String property : new String[] { "stdout.encoding", "sun.stdout.encoding", "native.encoding" }) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                Charset charset = Charset.forName(name);
                if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("GB")) {
                    return charset;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Path dataDirectory() {
        Location location = Platform.getInstanceLocation();
        URL url = location == null ? null : location.getURL();
        if (url == null) {
            return Path.of(System.getProperty("user.home"), ".jiedao");
        }
        return toPath(url);
    }
}
