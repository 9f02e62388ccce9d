package org.jiedao.exchange.internal;

/**
 * Keeps text that a spreadsheet would run as a formula as text (CSV or formula injection, OWASP):
 * text starting with {@code = + - @}, a tab or a carriage return.
 * <ul>
 * <li>{@code .xlsx} exports write it as a string cell (never a formula) with Excel's quote-prefix
 * style, so the value stays exact and stays text even when a user edits the cell;</li>
 * <li>CSV exports follow OWASP's recommendation: the field is prefixed with a single quote, which
 * spreadsheets take for "this is text", and always quoted ({@link #neutralise});</li>
 * <li>CSV imports remove that one apostrophe again ({@link #restore}), so an export imports unchanged.</li>
 * </ul>
 * The apostrophe is unambiguous because the export also prefixes text that <em>already</em> starts with
 * apostrophes followed by such a character: export and import are exact inverses. A foreign CSV file
 * whose text starts with {@code '=} (an OWASP-guarded export of another program) loses the apostrophe
 * on import, as it would when opened in a spreadsheet. Spreadsheet files (.xlsx, .xls) are imported
 * exactly as their cells hold the text: an apostrophe in a cell's value is kept.
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

    /** @return whether the text, after its leading apostrophes, is {@linkplain #isDangerous dangerous} */
    static boolean needsGuard(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return isDangerous(text.substring(i));
    }

    /**
     * @return the text prefixed with an apostrophe when it is dangerous, or when it is apostrophes
     *         followed by dangerous text (so that {@link #restore} gives it back exactly)
     */
    public static String neutralise(String text) {
        return needsGuard(text) ? "'" + text : text;
    }

    /** @return whether {@link #neutralise} changes the text (the CSV field is then always quoted) */
    public static boolean isGuarded(String text) {
        return needsGuard(text);
    }

    /** @return the text without the apostrophe {@link #neutralise} added (CSV imports) */
    public static String restore(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && needsGuard(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
