package org.jiedao.ui.internal;

/** Failures put into words for an officer: a message, never a stack trace (that goes to the log). */
public final class Failures {

    private Failures() {
    }

    /** @return the failure's message in one line (or its kind when it has none), at most 160 characters */
    public static String summary(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return firstLine.length() > 160 ? firstLine.substring(0, 157) + "..." : firstLine;
    }
}
