package dev.shixian.deadline.internal;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineParseException;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Measure;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
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
        ChineseRecurring::weekly, ChineseRecurring::recurring, ChineseEvents::withEvent, ChineseDates::dated,
        ChineseEvents::beforeEvent, ChineseEvents::afterEvent};

    final boolean lenient;
    /** Whether a part ended with 各一次 (上半年、下半年各报送一次). */
    boolean eachOnce;

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
            // for each part, whether an enumeration comma (、 or ，) alone came before it: a list of one year
            List<Boolean> listed = new ArrayList<>();
            boolean enumerated = false;
            while (true) {
                ws();
                int partStart = pos;
                checkParts(parts, partStart);
                String label = ChineseLabels.label(this);
                Deadline d = single();
                if (d == null) {
                    throw error();
                }
                int before = parts.size();
                addPart(parts, partStart, label, d);
                for (int k = before; k < parts.size(); k++) {
                    listed.add(k == before && enumerated && label == null);
                }
                int sepStart = pos;
                boolean sep = ChineseLabels.separators(this);
                enumerated = sep && enumerationOnly(s, sepStart, pos);
                // 并 joins parts, unless it begins the next part's label (并：及时); 和 and 以及 join items of a list
                String joiner = ChineseLabels.candidate(this) == null ? quietOneOf(Words.JOINERS) : null;
                boolean joined = joiner != null;
                if (joined && !sep) {
                    enumerated = !joiner.startsWith("并");
                }
                if (atEnd() && !joined) {
                    break;
                }
                if (!sep && !joined) {
                    fail(pos, "end of input or a separator");
                    throw error();
                }
            }
            inheritYears(parts, listed);
            return combine(parts, eachOnce);
        } catch (SemanticError e) {
            throw error(e);
        }
    }

    /** Whether the text between two parts holds only enumeration commas (、 ， ,) and spaces. */
    /** Whether {@code s} from {@code from} to {@code to} holds only enumeration commas (、 ， ,) and spaces. */
    static boolean enumerationOnly(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '、' && c != ',' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts as one deadline. A list of all the halves (上半年、下半年) or all the quarters of the plan's year
     * followed by 各一次 is the recurring deadline it spells (half-yearly, quarterly): the same due dates, and
     * once in each period; any other list is the parts.
     */
    static Deadline combine(List<Deadline> parts, boolean eachOnce) {
        if (eachOnce && parts.size() >= 2) {
            int span = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (!(parts.get(i) instanceof PeriodEnd p) || p.year().isPresent() || p.planYearOffset() != 0
                        || p.index() != i + 1
                        || !(p.span() == PeriodEnd.Span.HALF_YEAR && parts.size() == 2
                        || p.span() == PeriodEnd.Span.QUARTER && parts.size() == 4)) {
                    span = -1;
                    break;
                }
                span = 12 / parts.size();
            }
            if (span > 0) {
                return new Recurring(span, 0, List.of(), 1, Measure.NONE);
            }
        }
        return Multiple.of(parts);
    }

    /**
     * Gives a date or period end without a year the year of the dated part right before it when it falls later in
     * that year, when only an enumeration comma (、 or ，) separates them (2022年6月、12月底前 is June and December of
     * 2022; 次年1月、4月底前 both of the next year): a list names its year once. A part that falls earlier keeps the
     * plan's year (2021年11月底前、3月底前: the reader cannot tell 2021 from 2022, and the plan's year is the rule for
     * a date without one), as does a part after ； or 。 (an independent time limit: the canonical form joins parts
     * with ；, so it reads back unchanged) and a labelled part.
     */
    static void inheritYears(List<Deadline> parts, List<Boolean> listed) {
        for (int i = 1; i < parts.size(); i++) {
            if (!listed.get(i)) {
                continue;
            }
            Deadline before = dateOf(parts.get(i - 1));
            Deadline here = dateOf(parts.get(i));
            if (before == null || here == null || !hasYear(before) || hasYear(here)
                    || !dayInYear(here).isAfter(dayInYear(before))) {
                continue;
            }
            Deadline dated = withYearOf(here, before);
            if (dated != null) {
                parts.set(i, replaceDate(parts.get(i), dated));
            }
        }
    }

    /** The fixed date or period end inside a part (labelled, annotated), or null. */
    private static Deadline dateOf(Deadline d) {
        Deadline inner = d instanceof Labelled l ? l.deadline() : d;
        inner = dev.shixian.deadline.Annotated.unwrap(inner);
        return inner instanceof dev.shixian.deadline.FixedDate || inner instanceof PeriodEnd ? inner : null;
    }

    private static boolean hasYear(Deadline d) {
        return d instanceof dev.shixian.deadline.FixedDate f ? f.year().isPresent() || f.planYearOffset() != 0
                : ((PeriodEnd) d).year().isPresent() || ((PeriodEnd) d).planYearOffset() != 0;
    }

    /** The date in a leap year, to compare within a year (a year end is 12-31). */
    private static java.time.LocalDate dayInYear(Deadline d) {
        java.time.Year leap = java.time.Year.of(2000);
        return d instanceof dev.shixian.deadline.FixedDate f ? f.monthDay().atYear(2000)
                : ((PeriodEnd) d).dateIn(leap).withYear(2000);
    }

    /** {@code d} in the year (absolute or relative to the plan's) of {@code from}, or null if it has no such date. */
    private static Deadline withYearOf(Deadline d, Deadline from) {
        java.util.Optional<java.time.Year> year = from instanceof dev.shixian.deadline.FixedDate f ? f.year()
                : ((PeriodEnd) from).year();
        int offset = from instanceof dev.shixian.deadline.FixedDate f ? f.planYearOffset()
                : ((PeriodEnd) from).planYearOffset();
        try {
            if (d instanceof dev.shixian.deadline.FixedDate f) {
                return year.isPresent() ? dev.shixian.deadline.FixedDate.of(year.get(), f.monthDay())
                        : dev.shixian.deadline.FixedDate.relative(offset, f.monthDay());
            }
            PeriodEnd p = (PeriodEnd) d;
            return year.isPresent() ? PeriodEnd.of(year.get(), p.span(), p.index())
                    : PeriodEnd.relative(offset, p.span(), p.index());
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;    // 2月29日 in a common year: left in the plan's year, where resolution reports it
        }
    }

    /** A part with its date replaced, keeping its label and annotation. */
    private static Deadline replaceDate(Deadline part, Deadline date) {
        if (part instanceof Labelled l) {
            return new Labelled(l.label(), replaceDate(l.deadline(), date));
        }
        if (part instanceof dev.shixian.deadline.Annotated a) {
            return dev.shixian.deadline.Annotated.of(date, a.subject().orElse(""), a.action().orElse(""));
        }
        return date;
    }

    /**
     * Reads leniently: a text that is a time limit strictly is read as strict mode reads it, with nothing ignored
     * (so a cell 20个工作日内 keeps its bare duration); any other text is read by {@link LenientReader}.
     */
    dev.shixian.deadline.ParseResult parseLenient() {
        Deadline strict;
        try {
            strict = new ChineseParser(input, false).parse();
        } catch (DeadlineParseException e) {
            return new LenientReader(this, true).read();
        }
        return new dev.shixian.deadline.ParseResult(strict, List.of());
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

    /**
     * Adds a part, or each part of a list read as one (每年6月和12月), each with the label if there is one.
     *
     * @throws SemanticError at {@code at} if the parts would be more than {@link Multiple#MAX_PARTS}
     */
    static void addPart(List<Deadline> parts, int at, String label, Deadline d) {
        List<Deadline> each = d instanceof Multiple m ? m.parts() : List.of(d);
        for (Deadline p : each) {
            checkParts(parts, at);
            parts.add(label == null ? p : labelled(at, label, p));
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
            // 至少 and 到期 are not the prefixes 至 and 到 (至少每季度, 至少提前5日, 到期前30日)
            if (!(!ahead("至少") && !ahead("到期") && quietOneOf(Words.PREFIXES) != null || basis())) {
                break;
            }
        }
        int afterPrefix = pos;
        Deadline best = null;
        int bestEnd = -1;
        for (Alternative alt : ALTERNATIVES) {
            pos = afterPrefix;
            subject = null;
            Deadline d = alt.parse(this);
            if (d == null) {
                continue;
            }
            String foundSubject = subject;
            // a clock time after a weekday or a day of each period (每周一9:30前, 每月3日下午16:30前): the day itself
            ChineseDates.clock(this);
            around();
            int actionFrom = -1;
            while (true) {
                ws();
                int at = pos;
                String w = quietOneOf(Words.FILLERS);
                if (w == null) {
                    break;
                }
                if (actionFrom < 0 && !isTimeFiller(w)) {
                    actionFrom = at;
                }
            }
            int fillersEnd = pos;
            around();
            String action = trailingAction(actionFrom, fillersEnd);
            d = annotated(afterPrefix, d, foundSubject, action);
            if (lenient) {
                if (pos > bestEnd) {
                    best = d;
                    bestEnd = pos;
                }
                continue;
            }
            int end = pos;
            ws();
            if (atEnd() || ChineseLabels.isSeparator(peek()) || Words.JOINERS.at(s, pos) != null) {
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
     * Refuses 前后 (around a date: before or after it is not said) right after a deadline.
     *
     * @throws SemanticError at 前后
     */
    private void around() {
        int save = pos;
        ws();
        int at = pos;
        if (s.startsWith("前后", at) || at > 0 && s.charAt(at - 1) == '前' && s.startsWith("后", at)) {
            int where = s.startsWith("前后", at) ? at : at - 1;
            throw new SemanticError(where, "前, 内 or 底 (前后, around a date, is ambiguous)");
        }
        pos = save;
    }

    /** Whether a filler only closes the time limit (前, 内, 之前, 为止) rather than naming an action. */
    private static boolean isTimeFiller(String w) {
        return Words.TIME_FILLERS.at(w, 0) != null && Words.TIME_FILLERS.at(w, 0).length() == w.length();
    }

    /**
     * The action after a time limit, or null: the action fillers read (予以公开, 报送, 完成并…), an addressee, or a
     * quoted action (“向社会公布”), an action addressed to someone (向社会公布, 向申请人说明理由), and a note after a comma (，保持最新,
     * kept after a space), with spaces left out otherwise. An action of words that
     * only say the task is done (完成, 完毕, 办结) is not kept.
     */
    private String trailingAction(int actionFrom, int fillersEnd) {
        StringBuilder action = new StringBuilder();
        String quoted = actionFrom < 0 ? quotedAction() : null;
        if (quoted != null) {
            return quoted;
        }
        int addresseeEnd = trailing();
        if (addresseeEnd < 0 && actionFrom < 0 && note == null && directed()) {
            addresseeEnd = pos;
        }
        int end = Math.max(fillersEnd, addresseeEnd);
        int from = actionFrom;
        if (from < 0 && addresseeEnd >= 0) {
            // 报送 read by the time limit itself (每季度结束后10日内报送本季度工作情况) begins the action
            int verb = verbStartBefore(fillersEnd);
            from = verb >= 0 ? verb : fillersEnd;
        }
        if (from >= 0 && end > from) {
            String main = s.substring(from, end).replace(" ", "");
            if (!onlyDone(main)) {
                action.append(main);
            }
        }
        if (note != null) {
            action.append(action.length() == 0 ? "" : " ").append(note);
        }
        return action.length() == 0 ? null : action.toString();
    }

    /** Whether a text is made of words that only say a task is done (完成, 完毕, 办结, 到位, 全面完成). */
    private static boolean onlyDone(String text) {
        int i = 0;
        while (i < text.length()) {
            String w = Words.DONE.at(text, i);
            if (w == null) {
                return false;
            }
            i += w.length();
        }
        return true;
    }

    /**
     * A quoted action right after the time limit and its fillers, then the end of the part: its text, with the
     * position after it; or null, the position unchanged. The closing mark is looked for within
     * {@value dev.shixian.deadline.Annotated#MAX_TEXT} characters, so the work stays bounded at each position.
     */
    private String quotedAction() {
        int save = pos;
        ws();
        if (atEnd() || peek() != '“') {
            pos = save;
            return null;
        }
        int open = pos;
        int limit = Math.min(s.length(), open + dev.shixian.deadline.Annotated.MAX_TEXT + 2);
        int close = -1;
        for (int i = open + 1; i < limit; i++) {
            if (s.charAt(i) == '”') {
                close = i;
                break;
            }
        }
        if (close <= open + 1) {
            pos = save;
            return null;
        }
        pos = close + 1;
        if (!partEnds()) {
            pos = save;
            return null;
        }
        return s.substring(open + 1, close);
    }

    /**
     * The time limit with the subject and the action read around it, or the time limit itself if there are none.
     *
     * @throws SemanticError at {@code at} if the subject or action is not one {@link dev.shixian.deadline.Annotated}
     *     accepts (too long)
     */
    private static Deadline annotated(int at, Deadline d, String subject, String action) {
        if (subject != null && (d.events().isEmpty()
                || d.events().size() == 1 && d.events().get(0).chinese().startsWith(subject))) {
            // 与文件同时: the word names what is simultaneous, with no event to be the subject of; 会议举行前: 会议 is
            // the event's own noun (会议召开)
            subject = null;
        }
        if (subject == null && action == null) {
            return d;
        }
        try {
            return dev.shixian.deadline.Annotated.of(d, subject == null ? "" : subject, action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            throw new SemanticError(at, "a subject and action of a time limit (" + e.getMessage() + ")");
        }
    }


    /** The note read by {@link #trailing()}, or null. */
    private String note;

    /**
     * What may follow a deadline without changing it: an addressee or object of a report (并报县政务公开办,
     * 报送市政府办公室, 报送本季度工作情况, 完成上一年度报告: a verb of {@link Words#REPORT_TO}, or a verb of
     * {@link Words#OBJECT_VERBS} just read as a filler, then at most {@value #ADDRESSEE_MAX} Chinese characters or
     * digits ending in one of {@link Words#ADDRESSEE_ENDS} or {@link Words#OBJECT_ENDS}), 各一次 or 各报送一次 (once in each period of
     * a list), and a note after a comma (，保持最新). Each is taken only if the end of the input, a separator or 并
     * follows it. Returns where the addressee ends, or -1; sets {@link #note}.
     */
    private int trailing() {
        note = null;
        int save = pos;
        int addresseeEnd = -1;
        if (addressee() && partEnds()) {
            save = pos;
            addresseeEnd = pos;
        } else {
            pos = save;
        }
        if (quiet("各")) {
            quietOneOf(Words.COUNT_VERBS);
            if (quietOneOf(Words.ONCE) != null && partEnds()) {
                eachOnce = true;
                save = pos;
            }
        }
        pos = save;
        ws();
        if (!atEnd() && peek() == ',') {
            pos++;
            String n = quietOneOf(Words.NOTES);
            if (n != null && partEnds()) {
                note = n;
                return addresseeEnd;
            }
        }
        pos = save;
        return addresseeEnd;
    }

    private static final int ADDRESSEE_MAX = 16;

    /**
     * An action addressed to someone right after a time limit: 向, at most {@value #ADDRESSEE_MAX} Chinese
     * characters, and a verb of {@link Words#DIRECTED_VERBS} ending the part (向社会公布, 向县政务公开办报送); the
     * position after it, or unmoved.
     */
    private boolean directed() {
        int save = pos;
        if (quietOneOf(Words.TOWARDS) == null) {
            return false;
        }
        int from = pos;
        for (int i = from; i < s.length() && i - from <= ADDRESSEE_MAX; i++) {
            char c = s.charAt(i);
            if (!(c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF)) {
                break;
            }
            String verb = Words.DIRECTED_VERBS.at(s, i);
            if (verb != null && i > from) {
                pos = i + verb.length();
                if (partEnds()) {
                    return true;
                }
            }
        }
        pos = save;
        return false;
    }

    private boolean addressee() {
        boolean verb = quietOneOf(Words.REPORT_TO) != null || verbStartBefore(pos) >= 0;
        if (!verb) {
            return false;
        }
        ws();
        int from = pos;
        for (int i = from; i < s.length() && i - from <= ADDRESSEE_MAX; i++) {
            char c = s.charAt(i);
            if (!(c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= '0' && c <= '9')) {
                return false;
            }
            String end = Words.ADDRESSEE_ENDS.at(s, i);
            if (end == null) {
                end = Words.OBJECT_ENDS.at(s, i);
            }
            if (end != null && i + end.length() > from) {
                int after = i + end.length();
                int save = pos;
                pos = after;
                if (partEnds()) {
                    return true;
                }
                pos = save;
            }
        }
        return false;
    }

    /**
     * Where a verb that takes an object or an addressee (报送, 上报, 完成, 公开 …) ending right before {@code at}
     * starts, or -1.
     */
    private int verbStartBefore(int at) {
        for (int i = Math.max(0, at - Words.OBJECT_VERBS_MAX); i < at; i++) {
            String w = Words.OBJECT_VERBS.at(s, i);
            if (w != null && i + w.length() == at) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the end of the input, a separator or 并 follows (after spaces); the position does not move. */
    private boolean partEnds() {
        int save = pos;
        ws();
        boolean ends = atEnd() || ChineseLabels.isSeparator(peek()) || Words.JOINERS.at(s, pos) != null;
        pos = save;
        return ends;
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
