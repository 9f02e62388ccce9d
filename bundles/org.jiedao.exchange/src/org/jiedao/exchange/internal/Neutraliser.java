package org.jiedao.exchange.internal;

/**
 * Keeps text that a spreadsheet would run as a formula as text (CSV injection): CSV exports prefix
 * such text with an apostrophe, which spreadsheets hide and treat as "this is text"; imports remove
 * that apostrophe again, so an export imports unchanged. In {@code .xlsx} the cell is a string cell
 * with Excel's quote-prefix style instead, which keeps the value exact.
 */
public final class Neutraliser {

    private Neutraliser() {
    }

    /** @return whether a spreadsheet could take the text for a formula */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** @return the text prefixed with an apostrophe when it is dangerous */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }

    /** @return the text without the apostrophe {@link #neutralise} added */
    public static String restore(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && isDangerous(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
