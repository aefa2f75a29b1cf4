package dev.shixian.deadline.internal;

import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cursor shared by the grammars: a read copy of the input ({@link Chars}: full-width forms as ASCII, every kind
 * of space as ' ', one character for one, so an index in the copy is the index in the input), the position, and the
 * furthest failure with what was expected there (the usual way to report errors from a backtracking parser).
 *
 * <p>Not thread-safe; one instance per parse. Not API.
 */
class Text {

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

    /** The last reading of a list of events: where it started and ended, and the events (null if none). */
    int eventsFrom = -1;
    int eventsTo;
    List<Event> events;

    /** The subject read before an event in the current alternative (政策性文件 in 政策性文件印发后), or null. */
    String subject;

    final String input;
    final String s;
    int pos;
    private int failPos = -1;
    /** The last answer of {@link #nextColon(int)}: the first ':' at or after {@code colonFrom}, or -1. */
    private int colonFrom = Integer.MAX_VALUE;
    private int colonAt = -1;
    private final Set<String> expected = new LinkedHashSet<>(4);
    /** Whether failures are recorded; the lenient reader reports none, so it does not record them. */
    boolean recording = true;

    /**
     * Reads the input.
     *
     * @throws DeadlineParseException at the first character that is not accepted
     */
    Text(String input) {
        this.input = input;
        char[] out = new char[input.length()];
        for (int i = 0; i < out.length; i++) {
            char c = input.charAt(i);
            if (Character.isSurrogate(c)) {
                if (i + 1 < out.length && Chars.isAcceptedPair(c, input.charAt(i + 1))) {
                    out[i] = c;
                    out[i + 1] = input.charAt(i + 1);
                    i++;
                    continue;
                }
                throw new DeadlineParseException(input, i, Chars.ACCEPTED);
            }
            char r = Chars.read(c);
            if (r == '\0') {
                throw new DeadlineParseException(input, i, Chars.ACCEPTED);
            }
            out[i] = r;
        }
        this.s = new String(out);
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
        if (!recording) {
            return;
        }
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
        if (recording && failPos <= at) {
            failPos = at;
            expected.clear();
            expected.add(what);
        }
    }

    final DeadlineParseException error() {
        int at = Math.max(failPos, 0);
        String what = expected.isEmpty() ? "a time limit" : String.join(" or ", expected);
        return new DeadlineParseException(input, Math.min(at, s.length()), what);
    }

    final DeadlineParseException error(SemanticError e) {
        return new DeadlineParseException(input, Math.min(e.at, s.length()), e.expected);
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

    /**
     * Matches the longest word of a list after spaces; records {@code description} if none matches (the position
     * is then after the spaces).
     */
    final String oneOf(String description, WordList words) {
        ws();
        String w = words.at(s, pos);
        if (w != null) {
            pos += w.length();
            return w;
        }
        if (description != null) {
            fail(pos, description);
        }
        return null;
    }

    /** As {@link #oneOf} without recording, and leaving the position unchanged on a miss. */
    final String quietOneOf(WordList words) {
        int save = pos;
        ws();
        String w = words.at(s, pos);
        if (w != null) {
            pos += w.length();
            return w;
        }
        pos = save;
        return null;
    }

    /** Whether the text after spaces starts with {@code w}; the position does not move. */
    final boolean ahead(String w) {
        int i = pos;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.startsWith(w, i);
    }

    /**
     * The index of the first ':' at or after {@code from}, or -1. Remembers its last answer, so calls with
     * increasing positions (the lenient reader's) cost linear time in all.
     */
    final int nextColon(int from) {
        if (from < colonFrom || colonAt >= 0 && colonAt < from) {
            colonAt = s.indexOf(':', from);
            colonFrom = from;
        }
        return colonAt;
    }

    /** The index of the last 前 of the input, -1 if none; -2 until first asked. */
    private int lastBefore = -2;

    /**
     * Whether a 前 stands at or after {@code from}: every time limit before an event has one (提前 too). The input is
     * searched once, on the first call.
     */
    final boolean beforeAhead(int from) {
        if (lastBefore == -2) {
            lastBefore = s.lastIndexOf('前');
        }
        return lastBefore >= from;
    }

    final char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }
}
