package dev.shixian.deadline.internal;

/**
 * Wrappers (完成时限：, 时限要求为, 办理时限：), labels (最新规划：) and separators of the Chinese grammar. Wrapper labels
 * are dropped in a loop, never by recursion, so any number of them costs linear time. A label is at most
 * {@value #MAX_LABEL} characters. Not API.
 */
final class ChineseLabels {

    /** The most characters of a label. */
    static final int MAX_LABEL = 40;
    private static final int WRAPPER_HEAD_MAX = 4;

    /** A label before a colon: its text (stripped) and the position after the colon. */
    record Candidate(String text, int end) {
    }

    private ChineseLabels() {
    }

    static boolean isSeparator(char c) {
        return c == '。' || c == ';' || c == ',' || c == '、' || c == '.' || c == '!' || c == '?';
    }

    /** Skips spaces and separators; true if there was a separator. */
    static boolean separators(Text in) {
        boolean any = false;
        while (true) {
            in.ws();
            if (!in.atEnd() && isSeparator(in.peek())) {
                in.pos++;
                any = true;
            } else {
                return any;
            }
        }
    }

    /**
     * Whether a text is a wrapper word (完成时限, 时限要求) or up to four characters followed by a wrapper ending
     * (办理时限, 完成期限, 公开时间), which is never a label.
     */
    static boolean isWrapper(String text) {
        if (Words.WRAPPERS.contains(text)) {
            return true;
        }
        if (text.length() <= WRAPPER_HEAD_MAX + 4) {
            String e = Words.WRAPPER_ENDINGS.endOf(text);
            return e != null && text.length() - e.length() <= WRAPPER_HEAD_MAX;
        }
        return false;
    }

    /**
     * The text before a colon at the position (after spaces), at most {@value #MAX_LABEL} characters with no
     * separator or quote, or null. The position does not move.
     */
    static Candidate candidate(Text in) {
        String s = in.s;
        int start = in.pos;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        int colon = in.nextColon(start);
        if (colon < 0 || colon - start > MAX_LABEL || isClock(s, colon)) {
            return null;
        }
        for (int j = start; j < colon; j++) {
            char c = s.charAt(j);
            if (isSeparator(c) || c == '"' || c == '“' || c == '”') {
                return null;
            }
        }
        String text = s.substring(start, colon).strip();
        return text.isEmpty() ? null : new Candidate(text, colon + 1);
    }

    /**
     * Whether the colon at {@code colon} is inside a clock time (17:00): one or two digits before it, exactly two
     * after it, then no digit.
     */
    private static boolean isClock(String s, int colon) {
        int before = 0;
        while (colon - before - 1 >= 0 && before < 3 && Character.isDigit(s.charAt(colon - before - 1))
                && s.charAt(colon - before - 1) <= '9') {
            before++;
        }
        int end = colon + 3;
        return before >= 1 && before <= 2 && end <= s.length() && isAsciiDigit(s.charAt(colon + 1))
                && isAsciiDigit(s.charAt(colon + 2)) && (end == s.length() || !isAsciiDigit(s.charAt(end)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A label before a part: wrapper labels (完成时限：) are skipped, in a loop; the first other label is returned
     * and the position moved after its colon. Null if there is none.
     */
    static String label(Text in) {
        while (true) {
            Candidate c = candidate(in);
            if (c == null) {
                return null;
            }
            in.pos = c.end();
            if (!isWrapper(c.text())) {
                return c.text();
            }
        }
    }

    /**
     * A wrapper at the start of a phrase, unless a label that is not a wrapper starts there (期限A：长期 has the label
     * 期限A): a head and a wrapper ending followed by a colon, 为 or 是 (办理时限：, 完成期限为), or a wrapper word
     * (完成时限, 时限要求) optionally followed by a colon, 为 or 是.
     */
    static void wrapper(Text in) {
        Candidate c = candidate(in);
        if (c != null && !isWrapper(c.text())) {
            return;
        }
        int save = in.pos;
        in.ws();
        int from = in.pos;
        String s = in.s;
        for (int i = from; i < s.length() && i - from <= WRAPPER_HEAD_MAX; i++) {
            char ch = s.charAt(i);
            if (isSeparator(ch) || ch == ':' || ChineseNumbers.isNumeral(ch) || ch == '“' || ch == '"' || ch == '「') {
                // a wrapper's head has no digit, separator or quote (“时限为A”之日起 names an event)
                break;
            }
            String e = Words.WRAPPER_ENDINGS.at(s, i);
            if (e != null) {
                in.pos = i + e.length();
                if (in.quiet(":") || in.quietOneOf(Words.WRAPPER_LINKS) != null) {
                    return;
                }
            }
        }
        in.pos = save;
        if (in.quietOneOf(Words.WRAPPERS) != null && !in.quiet(":")) {
            in.quietOneOf(Words.WRAPPER_LINKS);
        }
    }
}
