package org.jiedao.exchange;

import java.util.Optional;

/**
 * A format as contributed through {@code org.jiedao.exchange.formats}.
 *
 * @param id                the format's id, e.g. {@code org-units} (the name scripts use)
 * @param name              its name in the user's language
 * @param description       what it holds, in the user's language (may be empty)
 * @param contributor       the contributing bundle
 * @param importPermission  the permission needed to import, if any
 * @param exportPermission  the permission needed to export, if any
 * @param format            the format itself
 */
public record FormatDescriptor(String id, String name, String description, String contributor,
        Optional<String> importPermission, Optional<String> exportPermission, RecordFormat format) {

    public boolean importable() {
        return format instanceof ImportableFormat;
    }

    public boolean exportable() {
        return format instanceof ExportableFormat;
    }
}
