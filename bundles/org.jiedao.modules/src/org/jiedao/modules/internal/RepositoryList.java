package org.jiedao.modules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jiedao.modules.ModuleException;

/**
 * The p2 repositories of one installation: one URI a line in {@code repositories.txt} of the
 * product's configuration area, written atomically. Lines starting with {@code #} are comments.
 */
final class RepositoryList {

    private RepositoryList() {
    }

    static List<URI> read(Path file) {
        List<URI> uris = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return uris;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    try {
                        uris.add(URI.create(trimmed));
                    } catch (IllegalArgumentException e) {
                        // a hand-edited line that is no URI: ignored, the others still count
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uris;
    }

    static void add(Path file, URI uri) {
        List<URI> uris = read(file);
        if (!uris.contains(uri)) {
            uris.add(uri);
            write(file, uris);
        }
    }

    static boolean remove(Path file, URI uri) {
        List<URI> uris = read(file);
        boolean removed = uris.remove(uri);
        if (removed) {
            write(file, uris);
        }
        return removed;
    }

    private static void write(Path file, List<URI> uris) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "repositories", ".tmp");
            StringBuilder text = new StringBuilder("# p2 repositories of this Jiedao installation (jiedao-cli modules repositories)\n");
            uris.forEach(u -> text.append(u).append('\n'));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ModuleException(NLS.bind(Messages.Modules_cannotSaveRepositories, file, e.getMessage()), e);
        }
    }
}
