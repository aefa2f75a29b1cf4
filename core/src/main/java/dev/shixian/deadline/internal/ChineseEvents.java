package dev.shixian.deadline.internal;

import static dev.shixian.deadline.internal.ChineseNumbers.number;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.BeforeEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.WithEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrases that name events (Chinese grammar): periods after an event (印发后3个工作日内, 形成或变更之日起20日内),
 * time limits before an event (会议召开前5日, 提前15天, 届满前90个工作日至30个工作日期间),
 * simultaneity (与文件同时公开, 时间跨度不超过5个工作日), open-ended words (长期, 及时, 舆情产生后及时回应). At most
 * {@value AfterEvent#MAX_EVENTS} event words are read in a list; a quoted event name is at most
 * {@value #MAX_NAME} characters. Not API.
 */
final class ChineseEvents {

    static final int MAX_NAME = 40;
    /** The most characters of a subject skipped before an event (年度决算经县人大常委会批准后). */
    static final int MAX_SUBJECT = 20;

    private ChineseEvents() {
    }

    // ------------------------------------------------------------------ open-ended: 长期, 及时, 舆情产生后

    static Deadline openEnded(Text in) {
        int start = in.pos;
        if (in.quietOneOf(Words.ONGOING) != null) {
            in.quietOneOf(Words.VERBS);
            return OpenEnded.ONGOING;
        }
        if (in.quietOneOf(Words.PER_EVENT) != null) {
            in.quietOneOf(Words.VERBS);
            return OpenEnded.PER_EVENT;
        }
        subjectWord(in);
        List<Event> events = eventWords(in);
        if (events == null) {
            // 网络舆情产生后及时回应: a subject not in the list, in strict reading
            in.pos = start;
            in.subject = null;
            events = afterSubject(in);
        }
        if (events != null && in.quietOneOf(Words.AFTER_OR_WHEN) != null) {
            boolean procedure = in.quietOneOf(Words.PROCEDURE) != null;
            boolean prompt = in.quietOneOf(Words.PER_EVENT) != null;
            boolean verb = in.quietOneOf(Words.RESPONSE_VERBS) != null;
            if (procedure || prompt || verb) {
                return new OpenEnded(OpenEnded.Kind.PER_EVENT, events);
            }
        }
        in.pos = start;
        return null;
    }

    // ------------------------------------------------------------------ with an event: 与文件同时公开

    static Deadline withEvent(Text in) {
        int start = in.pos;
        subjectWord(in);
        List<Event> events;
        if (in.quietOneOf(Words.WITH) != null) {
            subjectWord(in);
            events = eventWords(in);
            boolean when = in.quietOneOf(Words.WHEN) != null;
            boolean marker = in.quietOneOf(Words.TOGETHER) != null;
            if (!(marker || when && events != null)) {
                in.pos = start;
                return null;
            }
        } else {
            events = eventWords(in);
            in.quietOneOf(Words.WHEN_OR_AFTER);
            if (in.oneOf("同时 or 同步", Words.SIMULTANEOUS) == null) {
                in.pos = start;
                return null;
            }
        }
        in.quietOneOf(Words.WITH_VERBS);
        int tStart = in.pos;
        int tolerance = 0;
        in.quiet(",");
        in.quietOneOf(Words.SPAN);
        if (in.quietOneOf(Words.NOT_OVER) != null) {
            int nStart = in.pos;
            Integer n = number(in);
            if (n == null || in.oneOf("个工作日", Words.WORKING_DAYS) == null) {
                throw new Text.SemanticError(nStart, "N个工作日");
            }
            if (n > WithEvent.MAX_TOLERANCE) {
                throw new Text.SemanticError(nStart, "a number of working days 0.." + WithEvent.MAX_TOLERANCE);
            }
            tolerance = n;
        } else {
            in.pos = tStart;
        }
        return new WithEvent(events == null ? List.of() : events, tolerance);
    }

    // ------------------------------------------------------------------ after an event: 印发后3个工作日内

    static Deadline afterEvent(Text in) {
        int start = in.pos;
        List<Event> events = eventClause(in);
        if (events == null && in instanceof ChineseParser p && p.lenient) {
            // lenient reading: a bare duration (两个月, 一年) with no event is not a time limit in running text
            in.pos = start;
            return null;
        }
        Duration d = duration(in);
        if (d == null) {
            in.pos = start;
            return null;
        }
        return new AfterEvent(d.amount, d.counting, events == null ? List.of() : events);
    }

    /** A number and a unit: what it counts, the amount (N周 is 7N days) and the factor applied (7 for weeks). */
    private record Duration(AfterEvent.Counting counting, int amount, int factor) {
    }

    /**
     * A number and a unit (个工作日, 日, 天, 自然日, 周, 个月, 年), or null (the position then undefined). A number of more
     * than three digits before 年 is a year (2021年), not a duration.
     *
     * @throws Text.SemanticError if the number is 0 or the amount is out of range
     */
    private static Duration duration(Text in) {
        in.ws();
        int nStart = in.pos;
        Integer n = number(in);
        if (n == null) {
            return null;
        }
        String u = in.oneOf("个工作日, 日, 天 or 个月", Words.UNITS);
        if (u == null) {
            return null;
        }
        AfterEvent.Counting unit;
        int factor = 1;
        switch (u) {
            case "个工作日":
            case "工作日":
                unit = AfterEvent.Counting.WORKING_DAYS;
                break;
            case "个月":
                unit = AfterEvent.Counting.MONTHS;
                break;
            case "年":
                if (n > AfterEvent.Counting.YEARS.max()) {
                    // 2021年: a year, not a period of years
                    return null;
                }
                unit = AfterEvent.Counting.YEARS;
                break;
            case "个星期":
            case "星期":
            case "周":
                unit = AfterEvent.Counting.DAYS;
                factor = 7;
                break;
            default:
                unit = AfterEvent.Counting.DAYS;
        }
        long amount = (long) factor * n;
        if (n < 1) {
            throw new Text.SemanticError(nStart, "a positive number");
        }
        if (amount > unit.max()) {
            throw new Text.SemanticError(nStart, "a number of " + unit.english(2) + " 1.." + unit.max());
        }
        return new Duration(unit, (int) amount, factor);
    }

    // ------------------------------------------------------------------ before an event: 会议召开前5日, 提前15天

    /** What a phrase before an event expects when a word before 前 is not an event. */
    static final String AN_EVENT_BEFORE = "an event before 前 (召开, 届满, 期满, 到期, or a quoted name such as “飞行”前1日)";

    /**
     * A time limit before an event (docs/RULES.md §2.7): [至少 (在 | 于)] [subject] [拟] events [之日] 前 [的] [至少]
     * duration, or the same with the duration before 前 (有效期届满三十日前, 听证会举行15日前), or [至少] 提前 [至少]
     * duration (the trigger). After the duration of the first and the last form, an hour (12时) is dropped and a
     * window may follow (至 duration [期间]).
     * 前N日内 is refused as ambiguous (by N days before the event, or within the N days before it).
     *
     * @throws Text.SemanticError for 内 after a count before an event, a window that does not close after it opens,
     *     or units that differ in a window
     */
    static Deadline beforeEvent(Text in) {
        int start = in.pos;
        if (!in.beforeAhead(start)) {
            // every form has 前 (提前 too)
            return null;
        }
        List<Event> events;
        boolean suffix = false;
        boolean atLeast = in.quiet("至少");
        if (in.quiet("提前")) {
            in.quiet("至少");
            events = List.of();
        } else {
            if (atLeast && !in.quiet("在") && !in.quiet("于")) {
                // 至少 stands before 提前 or 在 (至少在听证会举行10日前)
                in.pos = start;
                return null;
            }
            events = beforeClause(in);
            if (events == null) {
                in.pos = start;
                return null;
            }
            if (in.quietOneOf(Words.BEFORE) != null) {
                in.quiet("的");
                in.quiet("至少");
            } else {
                suffix = true;
            }
        }
        if (!suffix) {
            Deadline shared = sharedUnitWindow(in, events);
            if (shared != null) {
                return shared;
            }
        }
        Duration d = duration(in);
        if (d == null) {
            in.pos = start;
            return null;
        }
        if (suffix) {
            // 有效期届满三十日前: the amount before 前
            if (in.quietOneOf(Words.BEFORE) == null) {
                in.pos = start;
                return null;
            }
            return new BeforeEvent(d.amount, d.counting, events, 0);
        }
        ChineseDates.clock(in);
        int save = in.pos;
        if (in.quietOneOf(Words.RANGE) != null && ChineseNumbers.ahead(in)) {
            in.ws();
            int closeStart = in.pos;
            Duration close = windowClose(in, d);
            if (close.counting != d.counting) {
                throw new Text.SemanticError(closeStart, "the same unit as the window's opening ("
                        + d.counting.chinese() + ")");
            }
            if (close.amount >= d.amount) {
                throw new Text.SemanticError(closeStart, "fewer " + d.counting.english(2) + " than "
                        + d.amount + ": a window before an event closes after it opens (前90个工作日至30个工作日)");
            }
            ChineseDates.clock(in);
            in.quietOneOf(Words.WINDOW_ENDS);
            return new BeforeEvent(close.amount, d.counting, events, d.amount);
        }
        in.pos = save;
        int within = in.pos;
        in.ws();
        if (Words.WITHIN.at(in.s, in.pos) != null) {
            throw new Text.SemanticError(in.pos, "前N日 or a window 前N日至M日 (前N日内 is ambiguous: by N days before "
                    + "the event, or within the N days before it)");
        }
        in.pos = within;
        return new BeforeEvent(d.amount, d.counting, events, 0);
    }

    /**
     * A window whose unit follows only its closing amount (届满前90至30个工作日), or null with the position unchanged.
     *
     * @throws Text.SemanticError if the window does not close after it opens
     */
    private static Deadline sharedUnitWindow(Text in, List<Event> events) {
        int save = in.pos;
        in.ws();
        int openStart = in.pos;
        Integer opens = number(in);
        if (opens == null || in.quietOneOf(Words.RANGE) == null || !ChineseNumbers.ahead(in)) {
            in.pos = save;
            return null;
        }
        in.ws();
        int closeStart = in.pos;
        Duration close = duration(in);
        if (close == null) {
            in.pos = save;
            return null;
        }
        long open = (long) close.factor * opens;
        if (open > close.counting.max()) {
            throw new Text.SemanticError(openStart, "a number of " + close.counting.english(2) + " 1.."
                    + close.counting.max());
        }
        if (close.amount >= open) {
            throw new Text.SemanticError(closeStart, "fewer " + close.counting.english(2) + " than " + open
                    + ": a window before an event closes after it opens (前90个工作日至30个工作日)");
        }
        ChineseDates.clock(in);
        in.quietOneOf(Words.WINDOW_ENDS);
        return new BeforeEvent(close.amount, close.counting, events, (int) open);
    }

    /** The closing amount of a window: a duration, or a number in the opening's unit (前90日至30 reads 30 days). */
    private static Duration windowClose(Text in, Duration open) {
        int at = in.pos;
        Duration close = duration(in);
        if (close != null) {
            return close;
        }
        in.pos = at;
        Integer n = number(in);
        long amount = (long) open.factor * (n == null ? 0 : n);
        if (n == null || n < 1) {
            throw new Text.SemanticError(at, "a positive number");
        }
        return new Duration(open.counting, (int) Math.min(amount, Integer.MAX_VALUE), open.factor);
    }

    /**
     * The events of a phrase before an event, with the position before 前 (or before the amount, 届满三十日前), or null
     * (the position then undefined). A subject before them is read and dropped: a listed one in both readings
     * (有效期, 会议), any other in the strict reading only, as for events after ({@link #afterSubject}). 拟 (planned)
     * may stand before the event words.
     */
    private static List<Event> beforeClause(Text in) {
        int save = in.pos;
        in.ws();
        if (in.s.startsWith("会前", in.pos)) {
            // 会前3天: before the meeting
            in.pos++;
            if (endsBefore(in)) {
                return List.of(Event.MEETING);
            }
        }
        in.pos = save;
        String before = in.subject;
        subjectWord(in);
        in.quiet("拟");
        List<Event> events = eventWords(in);
        if (events != null && endsBefore(in)) {
            return events;
        }
        in.pos = save;
        in.subject = before;
        if (in instanceof ChineseParser p && p.lenient) {
            return null;
        }
        in.ws();
        int from = in.pos;
        int limit = Math.min(in.s.length(), from + MAX_SUBJECT + 1);
        boolean recording = in.recording;
        in.recording = false;
        int unknownBefore = -1;
        try {
            for (int i = from; i < limit; i++) {
                char c = in.s.charAt(i);
                if (!isSubjectCharacter(c)) {
                    break;
                }
                if (i > from && Words.EVENT_WORDS.at(in.s, i) != null) {
                    in.pos = i;
                    events = readEventWords(in);
                    if (events != null && endsBefore(in)) {
                        in.subject = trimSubject(in.s.substring(from, i)) + nounOf(in.s, i);
                        return events;
                    }
                }
                if (i > from && Words.BEFORE.at(in.s, i) != null && in.s.charAt(i - 1) != '提') {
                    in.pos = i + Words.BEFORE.at(in.s, i).length();
                    if (ChineseNumbers.ahead(in) && unknownBefore < 0) {
                        unknownBefore = i;
                    }
                }
            }
        } finally {
            in.recording = recording;
        }
        if (unknownBefore >= 0) {
            // 飞行前1日: an unknown word before 前 is not guessed to be an event
            in.fail(unknownBefore, AN_EVENT_BEFORE);
        }
        return null;
    }

    /**
     * Whether the events just read are followed by [之日 | 日] 前 and a number, or directly by a number (届满三十日前);
     * the position moves past 之日 or 日 in the first case.
     */
    private static boolean endsBefore(Text in) {
        int save = in.pos;
        if (ChineseNumbers.ahead(in)) {
            return true;
        }
        in.quietOneOf(Words.EVENT_DAY);
        int day = in.pos;
        if (in.quietOneOf(Words.BEFORE) != null) {
            in.quiet("的");
            in.quiet("至少");
            if (ChineseNumbers.ahead(in)) {
                in.pos = day;
                return true;
            }
        }
        in.pos = save;
        return false;
    }

    private static List<Event> eventClause(Text in) {
        int save = in.pos;
        String before = in.subject;
        subjectWord(in);
        in.quiet("正式");
        List<Event> events = eventWords(in);
        if (events == null) {
            in.pos = save;
            in.subject = before;
            events = afterSubject(in);
            if (events == null) {
                in.pos = save;
                return null;
            }
        } else if (Words.CLAUSE_ENDS.at(in.s, in.pos) == null && !ChineseNumbers.ahead(in)) {
            // 政府信息公开申请收到之日起: 公开 is part of the subject, not the event
            int keep = in.pos;
            String kept = in.subject;
            in.pos = save;
            List<Event> later = afterSubject(in);
            if (later != null) {
                events = later;
            } else {
                in.pos = keep;
                in.subject = kept;
                objectAfterVerb(in);
            }
        }
        in.quietOneOf(Words.CLAUSE_ENDS);
        in.quiet(",");
        return events;
    }

    /**
     * A subject word before an event (政策性文件, 规划; {@link Words#SUBJECTS}) or a quoted subject followed by an event
     * word or a quoted event (“有关事项”印发后), kept as {@link Text#subject}; nothing if neither is there, or if an
     * event word begins here (会议召开 is an event, not the subject 会议 before 召开).
     */
    private static void subjectWord(Text in) {
        int save = in.pos;
        in.ws();
        if (Words.EVENT_WORDS.at(in.s, in.pos) != null) {
            // 会议召开 is the event, not the subject 会议 and the event 召开
            in.pos = save;
            return;
        }
        if (!in.atEnd() && in.peek() == '“') {
            int open = in.pos;
            int limit = Math.min(in.s.length(), open + dev.shixian.deadline.Annotated.MAX_TEXT + 2);
            for (int i = open + 1; i < limit; i++) {
                if (in.s.charAt(i) == '”') {
                    if (i > open + 1 && i + 1 < in.s.length()
                            && (Words.EVENT_WORDS.at(in.s, i + 1) != null || in.s.charAt(i + 1) == '“')) {
                        in.subject = in.s.substring(open + 1, i);
                        in.pos = i + 1;
                        return;
                    }
                    break;
                }
            }
            in.pos = save;
            return;
        }
        String w = in.quietOneOf(Words.SUBJECTS);
        if (w != null) {
            in.subject = w;
        } else {
            in.pos = save;
        }
    }

    /**
     * An event that starts a range (自印发之日起至年底, 本方案印发之日起至2021年底): a subject (listed, or strictly any
     * as in {@link #afterSubject}), event words and 之日起, 时起 or 起. The range is due at its end; the event does not
     * change the due date and is dropped. Returns whether one was read (the position after it), or false with the
     * position restored.
     */
    static boolean rangeStart(Text in) {
        int save = in.pos;
        in.quietOneOf(Words.SUBJECTS);
        in.quiet("正式");
        List<Event> events = eventWords(in);
        if (events == null || Words.STARTS.at(in.s, in.pos) == null) {
            in.pos = save;
            events = afterSubject(in);
        }
        if (events != null && in.quietOneOf(Words.STARTS) != null) {
            return true;
        }
        in.pos = save;
        return false;
    }

    /**
     * The object of an event verb that comes first (作出行政处罚决定之日起: the decision is what was formed), kept as the
     * subject: at most {@value #MAX_SUBJECT} Chinese characters up to a clause end (之日起, 后). Strict reading only;
     * the position moves to the clause end if one is found, and stays otherwise.
     */
    private static void objectAfterVerb(Text in) {
        if (in instanceof ChineseParser p && p.lenient || in.subject != null) {
            return;
        }
        int from = in.pos;
        int limit = Math.min(in.s.length(), from + MAX_SUBJECT + 1);
        for (int i = from; i < limit; i++) {
            if (i > from && Words.CLAUSE_ENDS.at(in.s, i) != null && !in.s.startsWith("后", i - 1)) {
                in.subject = in.s.substring(from, i);
                in.pos = i;
                return;
            }
            if (!isSubjectCharacter(in.s.charAt(i))) {
                return;
            }
        }
    }

    /**
     * A subject before an event, kept as {@link Text#subject}: at most {@value #MAX_SUBJECT} Chinese
     * characters (no numeral, digit, separator or quote), then event words and a clause end (之日起, 后, 起):
     * 年度决算经县人大常委会批准后, 该项信息制作或者获取之日起, 行政处罚决定作出之日起. Strict reading only: the lenient
     * reader reports the subject as an ignored span. Bounded: each of at most {@value #MAX_SUBJECT} positions reads
     * at most {@value AfterEvent#MAX_EVENTS} event words. Returns the events with the position after them, or null
     * (the position then undefined).
     */
    private static List<Event> afterSubject(Text in) {
        if (in instanceof ChineseParser p && p.lenient) {
            return null;
        }
        in.ws();
        int from = in.pos;
        int limit = Math.min(in.s.length(), from + MAX_SUBJECT + 1);
        boolean recording = in.recording;
        in.recording = false;
        try {
            for (int i = from; i < limit; i++) {
                char c = in.s.charAt(i);
                if (!isSubjectCharacter(c)) {
                    return null;
                }
                if (i > from && Words.EVENT_WORDS.at(in.s, i) != null) {
                    in.pos = i;
                    List<Event> events = readEventWords(in);
                    if (events != null && Words.CLAUSE_ENDS.at(in.s, in.pos) != null) {
                        in.subject = trimSubject(in.s.substring(from, i)) + nounOf(in.s, i);
                        return events;
                    }
                }
            }
            return null;
        } finally {
            in.recording = recording;
        }
    }

    /**
     * The noun an event word begins with (会议 of 会议召开, 舆情 of 舆情产生, 期 of 期满), which also ends the subject
     * before it: 常务会议召开前 concerns the 常务会议, 网络舆情产生后 the 网络舆情, 公示期满后 the 公示期. Empty for other event words, and when the subject
     * already ends with the noun (常务会议会议召开, the canonical form).
     */
    private static String nounOf(String s, int eventAt) {
        String w = Words.EVENT_WORDS.at(s, eventAt);
        if (w == null || !(w.startsWith("会议") || w.startsWith("舆情") || w.equals("期满"))) {
            return "";
        }
        String noun = w.equals("期满") ? "期" : w.substring(0, 2);
        if (noun.length() == 1) {
            return eventAt >= 1 && s.charAt(eventAt - 1) == '期' ? "" : noun;
        }
        return eventAt >= 2 && s.startsWith(noun, eventAt - 2) ? "" : noun;
    }

    /**
     * A subject without the adverbs that may end it before the verb: 年度预算经批复 → 年度预算, 文件正式印发 → 文件,
     * 听证会拟举行 → 听证会.
     */
    private static String trimSubject(String subject) {
        String t = subject;
        for (String adverb : new String[] {"正式", "依法", "经", "拟"}) {
            if (t.endsWith(adverb) && t.length() > adverb.length()) {
                t = t.substring(0, t.length() - adverb.length());
            }
        }
        return t;
    }

    /** A character of a subject: a CJK ideograph that is not a numeral, or a book-title mark (《政府工作报告》). */
    static boolean isSubjectCharacter(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c == '《' || c == '》')
                && !ChineseNumbers.isNumeral(c) && c != '每';
    }

    /**
     * 形成或变更: at most {@value AfterEvent#MAX_EVENTS} event words, distinct events kept in order; or null. The
     * last reading is remembered, as several alternatives read the same list at one position.
     */
    private static List<Event> eventWords(Text in) {
        if (in.pos == in.eventsFrom) {
            in.pos = in.eventsTo;
            return in.events;
        }
        int from = in.pos;
        List<Event> out = readEventWords(in);
        in.eventsFrom = from;
        in.eventsTo = in.pos;
        in.events = out;
        return out;
    }

    private static List<Event> readEventWords(Text in) {
        int save = in.pos;
        Event first = eventWord(in);
        if (first == null) {
            in.pos = save;
            return null;
        }
        List<Event> out = new ArrayList<>(2);
        out.add(first);
        for (int words = 1; words < AfterEvent.MAX_EVENTS; words++) {
            int before = in.pos;
            if (in.quietOneOf(Words.EVENT_JOINERS) == null) {
                break;
            }
            Event e = eventWord(in);
            if (e == null) {
                in.pos = before;
                break;
            }
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Event eventWord(Text in) {
        in.ws();
        int start = in.pos;
        char c = in.peek();
        if (c == '“' || c == '"' || c == '「') {
            char close = c == '“' ? '”' : c == '"' ? '"' : '」';
            int limit = Math.min(in.s.length(), start + MAX_NAME + 2);
            int end = -1;
            for (int i = start + 1; i < limit; i++) {
                if (in.s.charAt(i) == close) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                if (in.recording) {
                    in.fail(start, "a closing " + close + " within " + MAX_NAME + " characters");
                }
                return null;
            }
            String name = in.s.substring(start + 1, end);
            in.pos = end + 1;
            try {
                return Event.of(name);
            } catch (IllegalArgumentException e) {
                throw new Text.SemanticError(start + 1, "an event name (" + e.getMessage() + ")");
            }
        }
        String w = Words.EVENT_WORDS.at(in.s, start);
        if (w != null) {
            in.pos += w.length();
            return Words.eventOf(w);
        }
        in.fail(start, "an event such as 印发, 形成, 变更, 收到申请");
        return null;
    }
}
