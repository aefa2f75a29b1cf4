package dev.shixian.deadline.internal;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reading of a Chinese cell: the deadlines found and the text skipped. At each position it tries a label,
 * then a deadline; if neither is there it skips one character (or a whole number), so each position is tried once
 * and, every alternative being bounded, the work is linear in the input. A character that begins no word of the
 * grammar is skipped at once, without trying the alternatives. At most {@link Multiple#MAX_PARTS} deadlines are
 * kept: one more is an error at its index. It never invents a date: the parser refuses a bare duration (no event,
 * no 每) when lenient, and a period named relative to another (上一年度, 次年, 上月) is skipped whole with any date
 * right after it, unless a year relative to the plan's begins a complete time limit (次年1月31日前). Used only when the text is not a time limit strictly (see {@code ChineseParser.parseLenient}). Not API.
 */
final class LenientReader {

    /** The characters a deadline can begin with (after spaces): first characters of its opening words. */
    private static final boolean[] STARTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (WordList list : List.of(Words.PREFIXES, Words.BASIS_OPENERS, Words.ONGOING, Words.PER_EVENT,
                Words.SUBJECTS, Words.EVENT_WORDS, Words.WITH, Words.WHEN_OR_AFTER, Words.SIMULTANEOUS,
                Words.TOGETHER, Words.PER, Words.WHOLE_YEAR, Words.YEAR_END, Words.HALVES, Words.RELATIVE_YEARS,
                Words.NOW)) {
            for (String w : list.words()) {
                STARTS[w.charAt(0)] = true;
            }
        }
        // 超过 (freshness), 每, 定期 and 至少 (recurring), 正式 (an event), 第 (a quarter), quoted event names;
        // 季, 月, 半 of a period's end without 每 (季后10个工作日内; 年 begins 年底); 提前 and 拟 (before an event)
        for (char c : "超每定至正第“\"「季月半提拟".toCharArray()) {
            STARTS[c] = true;
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (ChineseNumbers.isNumeral(c)) {
                STARTS[c] = true;
            }
        }
    }

    /** A label waiting for its deadline, and where it is in the input. */
    private record PendingLabel(String text, int start, int end) {
    }

    private final ChineseParser in;
    private final boolean[] ignored;
    private final List<Deadline> parts = new ArrayList<>();
    /** For each part, whether only an enumeration comma separates it from the part before (policy listYear). */
    private final List<Boolean> listed = new ArrayList<>();
    /** Where the last part read ends, or -1. */
    private int lastEnd = -1;
    private PendingLabel pending;
    /** Whether to skip characters that begin no deadline without trying (false only to test that shortcut). */
    private final boolean shortcut;

    LenientReader(ChineseParser in, boolean shortcut) {
        this.in = in;
        this.ignored = new boolean[in.s.length()];
        this.shortcut = shortcut;
    }

    ParseResult read() {
        try {
            ChineseLabels.wrapper(in);
            boolean afterPart = false;
            while (true) {
                ChineseLabels.separators(in);
                if (in.atEnd()) {
                    break;
                }
                int at = in.pos;
                if (afterPart && joinedPart(at)) {
                    continue;
                }
                afterPart = false;
                if (relativePeriod(at)) {
                    continue;
                }
                String label = ChineseLabels.label(in);
                if (label != null) {
                    dropPending();
                    pending = new PendingLabel(label, at, in.pos);
                    continue;
                }
                if (in.pos > at) {
                    // wrapper labels (时限：), read and dropped; go on after them
                    continue;
                }
                Deadline d = shortcut && !STARTS[in.s.charAt(at)] ? null : in.single();
                if (d != null && in.pos > at && !meaningChangedAfter(at)) {
                    afterPart = true;
                    boolean enumerated = pending == null && lastEnd >= 0
                            && ChineseParser.enumerationOnly(in.s, lastEnd, at);
                    int before = parts.size();
                    ChineseParser.addPart(parts, at, pending == null ? null : pending.text(), d);
                    for (int k = before; k < parts.size(); k++) {
                        listed.add(k == before && enumerated);
                    }
                    lastEnd = in.pos;
                    pending = null;
                    continue;
                }
                in.pos = at;
                skip();
            }
            dropPending();
            if (parts.isEmpty()) {
                throw in.nothingFound();
            }
            ChineseParser.inheritYears(parts, listed);
            return new ParseResult(ChineseParser.combine(parts, in.eachOnce), spans());
        } catch (Text.SemanticError e) {
            throw in.error(e);
        }
    }

    /** 并 or 并且 and a deadline after a deadline: another part. */
    private boolean joinedPart(int at) {
        if (in.quietOneOf(Words.JOINERS) == null) {
            return false;
        }
        int after = in.pos;
        Deadline d = in.single();
        if (d != null && in.pos > after && !meaningChangedAfter(after)) {
            int before = parts.size();
            ChineseParser.addPart(parts, at, null, d);
            for (int k = before; k < parts.size(); k++) {
                listed.add(false);
            }
            lastEnd = in.pos;
            return true;
        }
        in.pos = at;
        return false;
    }

    /**
     * Whether the words right after the time limit just read (from {@code start} to the position) change what it
     * means, so that taking it would give a wrong date: {@link Words#CHANGES_MEANING} (2021年7月1日起, 6月底后,
     * 每季度结束后10日内, 每月最后一个工作日), or a weekday after 周 or 星期 (印发后2周五前; 每周五前 itself is read
     * whole, as a weekly deadline). The position does not move.
     */
    private boolean meaningChangedAfter(int start) {
        String s = in.s;
        int end = in.pos;
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        if (Words.CHANGES_MEANING.at(s, i) != null) {
            return true;
        }
        boolean week = end - start >= 1 && s.charAt(end - 1) == '周' || s.startsWith("星期", Math.max(start, end - 2));
        return week && i == end && "一二三四五六七日天1234567".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * A period named relative to another (上一年度, 次年, 上月; {@link Words#RELATIVE_PERIODS}) is ignored whole,
     * and so is a deadline right after it (上月10日前: the 10th of the month before, which the model cannot hold),
     * so that neither a duration (一年 of 上一年度) nor a date of the wrong year is read from it. A year relative to
     * the plan's that begins a complete time limit (次年1月31日前, 上一年度12月底前, 本年度内; not followed by words
     * that change its meaning) is not ignored: it returns false and the time limit is read at {@code at}. 上一年度
     * alone (上一年度的报告) names no time limit and is ignored.
     */
    private boolean relativePeriod(int at) {
        String w = Words.RELATIVE_PERIODS.at(in.s, at);
        if (w == null) {
            return false;
        }
        if (Words.RELATIVE_YEARS.at(in.s, at) != null) {
            in.pos = at;
            Deadline d = in.single();
            boolean complete = d != null && in.pos > at && !meaningChangedAfter(at);
            in.pos = at;
            if (complete) {
                return false;
            }
        }
        int after = at + w.length();
        in.pos = after;
        Deadline d = in.single();
        if (d == null || in.pos <= after) {
            in.pos = after;
        }
        for (int i = at; i < in.pos; i++) {
            ignored[i] = true;
        }
        return true;
    }

    /** Skips one character, or a whole number so that no deadline is read from its middle. */
    private void skip() {
        String s = in.s;
        if (ChineseNumbers.isNumeral(s.charAt(in.pos))) {
            while (in.pos < s.length() && ChineseNumbers.isNumeral(s.charAt(in.pos))) {
                ignored[in.pos++] = true;
            }
        } else {
            ignored[in.pos++] = true;
        }
    }

    private void dropPending() {
        if (pending != null) {
            for (int i = pending.start(); i < pending.end(); i++) {
                ignored[i] = true;
            }
            pending = null;
        }
    }

    /** The ignored text as spans, without the separators and spaces at their edges. */
    private List<ParseResult.Ignored> spans() {
        String s = in.s;
        List<ParseResult.Ignored> out = new ArrayList<>();
        int i = 0;
        while (i < ignored.length) {
            if (!ignored[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < ignored.length && ignored[j]) {
                j++;
            }
            int a = i;
            int b = j;
            while (a < b && (ChineseLabels.isSeparator(s.charAt(a)) || s.charAt(a) == ' ')) {
                a++;
            }
            while (b > a && (ChineseLabels.isSeparator(s.charAt(b - 1)) || s.charAt(b - 1) == ' ')) {
                b--;
            }
            if (a < b) {
                out.add(new ParseResult.Ignored(a, b, in.input.substring(a, b)));
            }
            i = j;
        }
        return out;
    }
}
