package org.jiedao.security.internal.users;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The salt and iteration count of each user's password hash as the last successful sign-in on this data folder found
 * them (not secret: a salt only makes each hash different), in {@code DATA/.metadata/.jiedao-sign-in}, keyed by a
 * SHA-256 of the user name. With it a sign-in starts the slow key derivation (PBKDF2, about 0.5 s of CPU) while the
 * database opens instead of after it. A missing, stale or unreadable hint only means deriving afterwards, as before.
 */
final class SaltHints {

    private static final String FILE = ".jiedao-sign-in";

    private SaltHints() {
    }

    /** The hint for this user, or null. */
    static String get(String username) {
        Path file = file();
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        Properties hints = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            hints.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return hints.getProperty(key(username));
    }

    /** Remembers the hint for this user when it changed (after a successful sign-in). */
    static void put(String username, String saltPart) {
        Path file = file();
        if (file == null || saltPart == null || saltPart.equals(get(username))) {
            return;
        }
        try {
            Properties hints = new Properties();
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    hints.load(in);
                }
            }
            hints.setProperty(key(username), saltPart);
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(FILE + ".new");
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.ISO_8859_1)) {
                hints.store(out, "salts of password hashes (not secret), for a faster sign-in");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            ILog.of(SaltHints.class).warn("Could not keep the sign-in hint in " + file + ": " + e.getMessage());
        }
    }

    private static String key(String username) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file() {
        try {
            Location location = Platform.getInstanceLocation();
            if (location == null || location.getURL() == null || location.isReadOnly()) {
                return null;
            }
            return Path.of(location.getURL().toURI()).resolve(".metadata").resolve(FILE);
        } catch (Exception e) {
            return null;
        }
    }
}
