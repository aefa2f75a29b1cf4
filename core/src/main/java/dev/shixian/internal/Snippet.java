package dev.shixian.internal;

import java.util.Objects;

/**
 * Quotes a short window of an input for an error message, so that a message never repeats a whole large input and
 * never carries raw control characters. Not API: used by the library's parsers and loaders.
 *
 * <p>Example: {@code Snippet.around("印发后613566757周内", 3)} is {@code 印发后613566757周内} (short inputs are quoted
 * whole); for a 1 MB input only {@value #RADIUS} characters each side of the index are kept, with "…" marking
 * what was cut.
 */
public final class Snippet {

    /** The number of characters kept on each side of the position. */
    public static final int RADIUS = 40;

    private Snippet() {
    }

    /**
     * The text around a position: at most {@link #RADIUS} characters each side, "…" where text was cut, control,
     * format (zero-width, bidi) and other invisible characters escaped as {@code \}{@code uXXXX}.
     *
     * @param text  the input, not null
     * @param index  the position, clamped to the text
     * @return the window, escaped, not null
     */
    public static String around(CharSequence text, int index) {
        Objects.requireNonNull(text, "text");
        int at = Math.max(0, Math.min(index, text.length()));
        int from = Math.max(0, at - RADIUS);
        int to = Math.min(text.length(), at + RADIUS);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from + 8);
        if (from > 0) {
            b.append('…');
        }
        escape(text, from, to, b);
        if (to < text.length()) {
            b.append('…');
        }
        return b.toString();
    }

    /**
     * The start of a text: at most 2 × {@link #RADIUS} characters, escaped as in {@link #around(CharSequence, int)}.
     *
     * @param text  the input, not null
     * @return the quoted start, not null
     */
    public static String of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int to = Math.min(text.length(), RADIUS * 2);
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        StringBuilder b = new StringBuilder(to + 1);
        escape(text, 0, to, b);
        if (to < text.length()) {
            b.append('…');
        }
        return b.toString();
    }

    private static void escape(CharSequence text, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || (Character.isSurrogate(c) && !validPair(text, i, from, to))) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
    }

    private static boolean validPair(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i - 1 >= from && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
