package org.jiedao.safety.internal;

import org.eclipse.osgi.util.NLS;
import org.jiedao.safety.SafetyException;

/** The module's refusals: a {@link SafetyException} with a message from {@link Messages}. */
final class Refuse {

    private Refuse() {
    }

    static SafetyException because(String message, Object... bindings) {
        return new SafetyException(bindings.length == 0 ? message : NLS.bind(message, bindings));
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw because(Messages.Refused_required, field);
        }
        return text.strip();
    }

    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return length(text.strip(), max, field);
    }

    static String length(String text, int max, String field) {
        if (text.length() > max) {
            throw because(Messages.Refused_tooLong, field, max, text.length());
        }
        return text;
    }
}
