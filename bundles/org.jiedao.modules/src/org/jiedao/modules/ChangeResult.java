package org.jiedao.modules;

import java.nio.file.Path;
import java.util.List;

/**
 * What an install, update, uninstall or revert did.
 *
 * @param changes         one line per module added, updated or removed ({@code id 1.0.0 -> 1.0.1})
 * @param backup          the backup of the data folder taken before the change, or null when nothing changed
 *                        or the database is a shared server (backed up with its own tools)
 * @param restartRequired whether the workbench must restart to use the change (always, once something changed)
 */
public record ChangeResult(List<String> changes, Path backup, boolean restartRequired) {

    /** @return whether nothing had to change (e.g. everything was up to date) */
    public boolean nothingChanged() {
        return changes.isEmpty();
    }
}
