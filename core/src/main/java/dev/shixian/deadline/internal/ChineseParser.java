package dev.shixian.deadline.internal;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Multiple;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Chinese time-limit phrases (grammar in the package documentation of dev.shixian.deadline): a phrase of
 * parts, each an optional label, prefixes and one deadline with fillers. The sub-grammars work on this shared
 * cursor: {@link ChineseNumbers}, {@link ChineseDates}, {@link ChineseRecurring}, {@link ChineseEvents},
 * {@link ChineseLabels}; {@link LenientReader} reads leniently. No regular expressions and no recursion; every
 * alternative reads a bounded number of characters at a position (lists of prefixes, events and months are
 * bounded), so the work is linear in the input. Not API.
 */
final class ChineseParser extends Text {

    static final String A_TIME_LIMIT = "a time limit (e.g. 2021年12月底前, 印发后3个工作日内, 每季度一次, 长期)";
    /** The most prefixes and basis clauses read before a deadline (最迟于, 按要求, …). */
    static final int MAX_PREFIXES = 4;
    /** Basis clauses close within this many characters of their opener. */
    private static final int BASIS_MAX = 10;

    /** One alternative of {@code single}. */
    private interface Alternative {
        Deadline parse(Text in);
    }

    private static final Alternative[] ALTERNATIVES = {ChineseEvents::openEnded, ChineseRecurring::freshness,
        ChineseRecurring::recurring, ChineseEvents::withEvent, ChineseDates::dated, ChineseEvents::afterEvent};

    final boolean lenient;

    ChineseParser(String input, boolean lenient) {
        super(input);
        this.lenient = lenient;
        this.recording = !lenient;
    }

    /** Parses the whole input strictly. */
    Deadline parse() {
        try {
            ChineseLabels.wrapper(this);
            List<Deadline> parts = new ArrayList<>();
            while (true) {
                ws();
                int partStart = pos;
                checkParts(parts, partStart);
                String label = ChineseLabels.label(this);
                Deadline d = single();
                if (d == null) {
                    throw error();
                }
                parts.add(label == null ? d : labelled(partStart, label, d));
                boolean sep = ChineseLabels.separators(this);
                // 并 joins parts, unless it begins the next part's label (并：及时)
                boolean joined = ChineseLabels.candidate(this) == null && quietOneOf(Words.JOINERS) != null;
                if (atEnd() && !joined) {
                    break;
                }
                if (!sep && !joined) {
                    fail(pos, "end of input or a separator");
                    throw error();
                }
            }
            return Multiple.of(parts);
        } catch (SemanticError e) {
            throw error(e);
        }
    }

    /** Reads leniently; see {@link LenientReader}. */
    dev.shixian.deadline.ParseResult parseLenient() {
        return new LenientReader(this, true).read();
    }

    /**
     * Refuses a part beyond {@link Multiple#MAX_PARTS}.
     *
     * @throws SemanticError at {@code at} if {@code parts} is full
     */
    static void checkParts(List<Deadline> parts, int at) {
        if (parts.size() >= Multiple.MAX_PARTS) {
            throw new SemanticError(at, "at most " + Multiple.MAX_PARTS + " parts");
        }
    }

    /** A labelled part; a label the value refuses (a backslash) is an error at the part. */
    static Deadline labelled(int at, String label, Deadline d) {
        try {
            return new Labelled(label, d);
        } catch (IllegalArgumentException e) {
            throw new SemanticError(at, "a label (" + e.getMessage() + ")");
        }
    }

    /**
     * One deadline after at most {@link #MAX_PREFIXES} prefixes and basis clauses, with its fillers; null if none.
     * Strictly, the first alternative that reaches the end, a separator or 并 wins; leniently, the longest.
     */
    Deadline single() {
        ws();
        int start = pos;
        for (int i = 0; i < MAX_PREFIXES; i++) {
            if (!(!ahead("至少") && quietOneOf(Words.PREFIXES) != null || basis())) {
                break;
            }
        }
        int afterPrefix = pos;
        Deadline best = null;
        int bestEnd = -1;
        for (Alternative alt : ALTERNATIVES) {
            pos = afterPrefix;
            Deadline d = alt.parse(this);
            if (d == null) {
                continue;
            }
            while (quietOneOf(Words.FILLERS) != null) {
                // fillers such as 前, 内, 完成
            }
            if (lenient) {
                if (pos > bestEnd) {
                    best = d;
                    bestEnd = pos;
                }
                continue;
            }
            int end = pos;
            ws();
            if (atEnd() || ChineseLabels.isSeparator(peek()) || s.startsWith("并", pos)) {
                pos = end;
                return d;
            }
            fail(pos, "end of input or a separator");
        }
        if (best != null) {
            pos = bestEnd;
            return best;
        }
        if (failPos() <= afterPrefix) {
            replaceExpectation(afterPrefix, A_TIME_LIMIT);
        }
        pos = start;
        return null;
    }

    /**
     * A basis clause: an opener (根据, 按照, 按 …), at most {@link #BASIS_MAX} characters that are not digits or
     * separators, and a closer (要求, 规定, 进度 …): 按要求, 根据工作进度, 按照有关规定.
     */
    private boolean basis() {
        int save = pos;
        String opener = quietOneOf(Words.BASIS_OPENERS);
        if (opener == null || opener.equals("按") && !atEnd() && "月季年半周日天".indexOf(peek()) >= 0) {
            // 按月, 按季度: a period, not a basis
            pos = save;
            return false;
        }
        int from = pos;
        for (int i = from; i < s.length() && i - from <= BASIS_MAX; i++) {
            char c = s.charAt(i);
            if (ChineseLabels.isSeparator(c) || c == ':' || ChineseNumbers.isNumeral(c) && c != '一') {
                break;
            }
            String closer = Words.BASIS_CLOSERS.at(s, i);
            if (closer != null) {
                pos = i + closer.length();
                return true;
            }
        }
        pos = save;
        return false;
    }

    /** Thrown by the lenient reader when it finds nothing: the strict reading's error, or "a time limit". */
    DeadlineParseException nothingFound() {
        try {
            new ChineseParser(input, false).parse();
        } catch (DeadlineParseException e) {
            return e;
        }
        return new DeadlineParseException(input, 0, A_TIME_LIMIT);
    }
}
