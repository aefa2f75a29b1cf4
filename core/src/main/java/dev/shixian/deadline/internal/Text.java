package dev.shixian.deadline.internal;

import dev.shixian.deadline.DeadlineParseException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Parser state over an NFKC-normalised copy of the input that remembers, for each normalised character, its index in
 * the original input, so errors report positions the caller can see. Also tracks the furthest failure and what was
 * expected there (the usual way to report errors from a backtracking parser).
 *
 * <p>Not thread-safe; one instance per parse. Not API.
 */
abstract class Text {

    /** A definite error at a position, such as an impossible date; not retried by other alternatives. */
    static final class SemanticError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int at;
        final String expected;

        SemanticError(int at, String expected) {
            super(expected, null, false, false);
            this.at = at;
            this.expected = expected;
        }
    }

    final String input;
    final String s;
    final int[] map;
    int pos;
    private int failPos = -1;
    private final Set<String> expected = new LinkedHashSet<>();

    Text(String input) {
        this.input = input;
        StringBuilder b = new StringBuilder(input.length());
        int[] m = new int[input.length() * 4 + 1];
        int n = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.getType(cp) != Character.FORMAT) {
                String norm = Normalizer.normalize(input.substring(i, i + len), Normalizer.Form.NFKC);
                for (int k = 0; k < norm.length(); k++) {
                    char c = norm.charAt(k);
                    if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r' || c == '\n') {
                        c = ' ';
                    }
                    if (n == m.length - 1) {
                        m = Arrays.copyOf(m, m.length * 2);
                    }
                    b.append(c);
                    m[n++] = i;
                }
            }
            i += len;
        }
        m[n] = input.length();
        this.s = b.toString();
        this.map = Arrays.copyOf(m, n + 1);
    }

    final boolean atEnd() {
        return pos >= s.length();
    }

    final void ws() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Records that {@code what} was expected at {@code at}. */
    final void fail(int at, String what) {
        if (at > failPos) {
            failPos = at;
            expected.clear();
        }
        if (at == failPos) {
            expected.add(what);
        }
    }

    final int failPos() {
        return failPos;
    }

    /** Replaces whatever was expected at {@code at} by one description. */
    final void replaceExpectation(int at, String what) {
        if (failPos <= at) {
            failPos = at;
            expected.clear();
            expected.add(what);
        }
    }

    final DeadlineParseException error() {
        int at = Math.max(failPos, 0);
        String what = expected.isEmpty() ? "a time limit" : String.join(" or ", expected);
        return new DeadlineParseException(input, map[Math.min(at, s.length())], what);
    }

    final DeadlineParseException error(SemanticError e) {
        return new DeadlineParseException(input, map[Math.min(e.at, s.length())], e.expected);
    }

    /** Matches a literal after spaces, recording it as expected if absent. */
    final boolean lit(String w) {
        ws();
        if (s.startsWith(w, pos)) {
            pos += w.length();
            return true;
        }
        fail(pos, w);
        return false;
    }

    /** Matches a literal after spaces without recording anything if absent. */
    final boolean quiet(String w) {
        int save = pos;
        ws();
        if (s.startsWith(w, pos)) {
            pos += w.length();
            return true;
        }
        pos = save;
        return false;
    }

    /** Matches the first of the words (give longer words first); records {@code description} if none matches. */
    final String oneOf(String description, String... words) {
        ws();
        for (String w : words) {
            if (s.startsWith(w, pos)) {
                pos += w.length();
                return w;
            }
        }
        if (description != null) {
            fail(pos, description);
        }
        return null;
    }

    /** As {@link #oneOf} without recording. */
    final String quietOneOf(String... words) {
        int save = pos;
        String w = oneOf(null, words);
        if (w == null) {
            pos = save;
        }
        return w;
    }

    final char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    final int original(int normalizedIndex) {
        return map[Math.min(normalizedIndex, s.length())];
    }
}
