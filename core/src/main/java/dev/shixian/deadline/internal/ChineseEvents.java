package dev.shixian.deadline.internal;

import static dev.shixian.deadline.internal.ChineseNumbers.number;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.WithEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrases that name events (Chinese grammar): periods after an event (印发后3个工作日内, 形成或变更之日起20日内),
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
        in.ws();
        int nStart = in.pos;
        Integer n = number(in);
        if (n == null) {
            in.pos = start;
            return null;
        }
        String u = in.oneOf("个工作日, 日, 天 or 个月", Words.UNITS);
        if (u == null) {
            in.pos = start;
            return null;
        }
        AfterEvent.Counting unit;
        long amount = n;
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
                    in.pos = start;
                    return null;
                }
                unit = AfterEvent.Counting.YEARS;
                break;
            case "个星期":
            case "星期":
            case "周":
                unit = AfterEvent.Counting.DAYS;
                amount = 7L * n;
                break;
            default:
                unit = AfterEvent.Counting.DAYS;
        }
        if (n < 1) {
            throw new Text.SemanticError(nStart, "a positive number");
        }
        if (amount > unit.max()) {
            throw new Text.SemanticError(nStart, "a number of " + unit.english(2) + " 1.." + unit.max());
        }
        return new AfterEvent((int) amount, unit, events == null ? List.of() : events);
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
            }
        }
        in.quietOneOf(Words.CLAUSE_ENDS);
        in.quiet(",");
        return events;
    }

    /**
     * A subject word before an event (政策性文件, 规划; {@link Words#SUBJECTS}) or a quoted subject followed by an event
     * word or a quoted event (“有关事项”印发后), kept as {@link Text#subject}; nothing if neither is there.
     */
    private static void subjectWord(Text in) {
        int save = in.pos;
        in.ws();
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
                        in.subject = trimSubject(in.s.substring(from, i));
                        return events;
                    }
                }
            }
            return null;
        } finally {
            in.recording = recording;
        }
    }

    /** A subject without the adverbs that may end it before the verb: 年度预算经批复 → 年度预算, 文件正式印发 → 文件. */
    private static String trimSubject(String subject) {
        String t = subject;
        for (String adverb : new String[] {"正式", "依法", "经"}) {
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
