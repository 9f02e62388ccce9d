package org.jiedao.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width: between any two Chinese (CJK) characters, at spaces
 * in Latin text, and inside a Latin word only when the word alone is wider than the line. Closing
 * punctuation (，。、；：？！）》」 …) stays on the line of the character before it.
 */
final class TextWrapper {

    private static final String CLOSING = "，。、；：？！）》」』”’〉】〕,.;:?!)]}%";

    private TextWrapper() {
    }

    /** @return the lines, at least one (empty for empty text); line breaks in the text are kept */
    static List<String> wrap(String text, float width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float width, ToDoubleFunction<String> measure, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(paragraph)) {
            String candidate = line + token;
            if (measure.applyAsDouble(candidate.stripTrailing()) <= width) {
                line.append(token);
                continue;
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String rest = token.stripLeading();
            // a word wider than the line is broken between characters
            while (measure.applyAsDouble(rest.stripTrailing()) > width && rest.codePointCount(0, rest.length()) > 1) {
                int end = fitting(rest, width, measure);
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        lines.add(line.toString().stripTrailing());
    }

    private static int fitting(String text, float width, ToDoubleFunction<String> measure) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (measure.applyAsDouble(text.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Units that are never split: one CJK character with the closing punctuation after it, or a Latin word with its spaces. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (CLOSING.indexOf(cp) >= 0 && (word.length() > 0 || !tokens.isEmpty())) {
                // closing punctuation never starts a line: it sticks to what precedes it
                if (word.length() > 0) {
                    word.appendCodePoint(cp);
                } else {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + (char) cp);
                }
                i += len;
                continue;
            }
            if (isCjk(cp)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                StringBuilder unit = new StringBuilder().appendCodePoint(cp);
                i += len;
                while (i < text.length() && CLOSING.indexOf(text.charAt(i)) >= 0) {
                    unit.append(text.charAt(i++));
                }
                tokens.add(unit.toString());
                continue;
            }
            if (cp == ' ') {
                word.append(' ');
                i += len;
                // the spaces end the word: the next character starts a new token
                if (i < text.length() && text.charAt(i) != ' ') {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.appendCodePoint(cp);
            i += len;
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
