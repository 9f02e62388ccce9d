package org.jiedao.core.report;

import java.util.Objects;

/**
 * A parameter a report declares; the workbench asks for it in a form, {@code jiedao-cli report
 * print ID --param name=value} takes it on the command line.
 *
 * @param name     the key, e.g. {@code unit}
 * @param label    localised label shown in the form
 * @param required whether the report cannot be built without it
 * @param kind     what the value is
 */
public record ReportParameter(String name, String label, boolean required, Kind kind) {

    /** The kinds of parameter values. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** A date, written {@code 2021-06-15}. */
        DATE,
        /** An organisation unit code (or exact name). */
        ORG_UNIT;

        /** @return the kind named in the extension ({@code text}, {@code date}, {@code orgUnit}), or null */
        public static Kind parse(String text) {
            if (text == null || text.isBlank() || text.strip().equals("text")) {
                return TEXT;
            }
            return switch (text.strip()) {
            case "date" -> DATE;
            case "orgUnit" -> ORG_UNIT;
            default -> null;
            };
        }
    }

    public ReportParameter {
        Objects.requireNonNull(name, "name");
        label = label == null || label.isBlank() ? name : label;
        Objects.requireNonNull(kind, "kind");
    }
}
