package org.jiedao.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * Splits one line of a {@code jiedao-cli shell} script into arguments the way a POSIX shell does:
 * words separated by blanks; {@code '…'} keeps everything literally; {@code "…"} keeps blanks, and a
 * backslash in it escapes only {@code "}, {@code \}, {@code $} and {@code `}; outside quotes a
 * backslash escapes the next character; {@code ''} and {@code ""} are an empty argument; a {@code #}
 * at the start of a word begins a comment. No variables, globs or substitutions: {@code $} and
 * {@code *} are plain characters.
 */
final class ShellWords {

    /** A line that cannot be split; the message says where and why. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private ShellWords() {
    }

    /**
     * @return the arguments; empty for a blank or comment line
     * @throws SyntaxException for an unclosed quote, or a backslash at the end of the line
     *                         ({@link #continues} tells the caller to join the next line first)
     */
    static List<String> split(String line) throws SyntaxException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    throw new SyntaxException(Messages.Shell_trailingBackslash);
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new SyntaxException(NLS.bind(Messages.Shell_unclosedQuote, "'", i + 1));
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char d = line.charAt(j);
                    if (d == '"') {
                        closed = true;
                        break;
                    }
                    if (d == '\\' && j + 1 < n && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        word.append(line.charAt(j + 1));
                        j += 2;
                    } else {
                        word.append(d);
                        j++;
                    }
                }
                if (!closed) {
                    throw new SyntaxException(NLS.bind(Messages.Shell_unclosedQuote, "\"", i + 1));
                }
                inWord = true;
                i = j + 1;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Whether the line ends in an unescaped backslash outside quotes, so that, as in a shell, the
     * next line continues it.
     */
    static boolean continues(String line) {
        boolean single = false;
        boolean dbl = false;
        boolean inWord = false;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (single) {
                single = c != '\'';
            } else if (c == '\\') {
                if (i + 1 == n) {
                    return true;
                }
                i++;
                inWord = true;
            } else if (c == '\'' && !dbl) {
                single = true;
                inWord = true;
            } else if (c == '"') {
                dbl = !dbl;
                inWord = true;
            } else if (dbl) {
                continue;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                inWord = false;
            } else if (c == '#' && !inWord) {
                return false;
            } else {
                inWord = true;
            }
        }
        return false;
    }
}
