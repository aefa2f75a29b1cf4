package dev.shixian.deadline.internal;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Annotated;
import dev.shixian.deadline.BeforeEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.Measure;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.OpenEnded;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.Weekly;
import dev.shixian.deadline.WithEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the canonical English form (grammar in the package documentation of dev.shixian.deadline). Not API. */
final class EnglishParser extends Text {

    private static final String EVENT = "an event (issuance, publication, formation, change, receipt, approval, "
            + "implementation, public-opinion or a quoted name)";

    /** The ISO weekdays, Monday first, as {@link Weekly#toString()} prints them. */
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    EnglishParser(String input) {
        super(input);
    }

    Deadline parse() {
        try {
            List<Deadline> parts = new ArrayList<>();
            do {
                ws();
                ChineseParser.checkParts(parts, pos);
                parts.add(part());
            } while (lit(";"));
            ws();
            if (!atEnd()) {
                fail(pos, "end of input");
                throw error();
            }
            return Multiple.of(parts);
        } catch (SemanticError e) {
            throw error(e);
        }
    }

    private Deadline part() {
        ws();
        int start = pos;
        if (word("label")) {
            String label = string();
            expect(lit(":"));
            Deadline d = annotated();
            return build(start, () -> new Labelled(label, d));
        }
        return annotated();
    }

    /** A single deadline, then {@code , subject "…"} and {@code , action "…"}, each optional. */
    private Deadline annotated() {
        ws();
        int start = pos;
        Deadline d = single();
        String subject = clause("subject");
        String action = clause("action");
        if (subject.isEmpty() && action.isEmpty()) {
            return d;
        }
        return build(start, () -> Annotated.of(d, subject, action));
    }

    /** {@code , <keyword> "…"}, or empty text if the next words are not that. */
    private String clause(String keyword) {
        int save = pos;
        if (lit(",") && word(keyword)) {
            ws();
            int at = pos;
            String text = string();
            if (text.isEmpty()) {
                throw new SemanticError(at, "a non-empty " + keyword);
            }
            return text;
        }
        pos = save;
        return "";
    }

    private Deadline single() {
        ws();
        int start = pos;
        if (word("by")) {
            if (word("end")) {
                expect(word("of"));
                return periodEnd(start);
            }
            for (PeriodEnd.Span span : new PeriodEnd.Span[] {PeriodEnd.Span.EARLY_MONTH, PeriodEnd.Span.MIDDLE_MONTH,
                    PeriodEnd.Span.LATE_MONTH}) {
                String w = span == PeriodEnd.Span.EARLY_MONTH ? "early" : span == PeriodEnd.Span.MIDDLE_MONTH ? "mid"
                        : "late";
                if (word(w)) {
                    return monthSpan(start, span);
                }
            }
            ws();
            fail(pos, "'end of', 'early', 'mid', 'late'");
            return fixedDate(start);
        }
        if (word("with")) {
            List<Event> events = events();
            int tol = tolerance();
            return build(start, () -> new WithEvent(events, tol));
        }
        if (word("simultaneously")) {
            int tol = tolerance();
            return build(start, () -> new WithEvent(List.of(), tol));
        }
        if (word("ongoing")) {
            return OpenEnded.ONGOING;
        }
        if (word("per")) {
            expect(word("event"));
            List<Event> events = word("after") ? events() : List.of();
            return build(start, () -> new OpenEnded(OpenEnded.Kind.PER_EVENT, events));
        }
        String freq = oneOfWords("monthly", "quarterly", "half-yearly", "yearly");
        if (freq != null) {
            int months = freq.equals("monthly") ? 1 : freq.equals("quarterly") ? 3 : freq.equals("half-yearly") ? 6
                    : 12;
            return recurring(start, months);
        }
        if (word("weekly")) {
            return weekly(start, 1);
        }
        if (word("every")) {
            int nStart = pos;
            int n = number();
            if (word("months") || word("month")) {
                if (n < 1 || (n <= 12 ? 12 % n != 0 : n % 12 != 0 || n > Recurring.MAX_MONTHS)) {
                    throw new SemanticError(nStart, "a period of 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 "
                            + "up to " + Recurring.MAX_MONTHS);
                }
                return recurring(start, n);
            }
            if (word("years") || word("year")) {
                if (n < 1 || n > Recurring.MAX_MONTHS / 12) {
                    throw new SemanticError(nStart, "a period of 1.." + Recurring.MAX_MONTHS / 12 + " years");
                }
                return recurring(start, 12 * n);
            }
            if (word("weeks") || word("week")) {
                if (n < 1 || n > Weekly.MAX_WEEKS) {
                    throw new SemanticError(nStart, "a period of 1.." + Weekly.MAX_WEEKS + " weeks");
                }
                return weekly(start, n);
            }
            if (word("days") || word("day")) {
                return build(start, () -> new Freshness(n));
            }
            fail(pos, "'months', 'years', 'weeks' or 'days'");
            throw error();
        }
        if (word("between")) {
            ws();
            int openStart = pos;
            int opens = number();
            expect(word("and"));
            int n = number();
            AfterEvent.Counting unit = unit();
            expect(word("before"));
            List<Event> events = eventsIfAny();
            return build(openStart, () -> new BeforeEvent(n, unit, events, opens));
        }
        ws();
        if (Character.isDigit(peek())) {
            int n = number();
            AfterEvent.Counting unit = unit();
            if (word("before")) {
                List<Event> events = eventsIfAny();
                return build(start, () -> new BeforeEvent(n, unit, events, 0));
            }
            List<Event> events = word("after") ? events() : List.of();
            return build(start, () -> new AfterEvent(n, unit, events));
        }
        replaceExpectation(start, "a deadline ('by', 'with', 'simultaneously', 'ongoing', 'per event', 'weekly', "
                + "'monthly', 'quarterly', 'half-yearly', 'yearly', 'every', 'between', 'label' or a number)");
        throw error();
    }

    private AfterEvent.Counting unit() {
        if (word("working")) {
            if (word("days") || word("day")) {
                return AfterEvent.Counting.WORKING_DAYS;
            }
            fail(pos, "'days'");
            throw error();
        }
        if (word("days") || word("day")) {
            return AfterEvent.Counting.DAYS;
        }
        if (word("months") || word("month")) {
            return AfterEvent.Counting.MONTHS;
        }
        if (word("years") || word("year")) {
            return AfterEvent.Counting.YEARS;
        }
        throw error();
    }

    private int tolerance() {
        int save = pos;
        if (lit(",") && word("within")) {
            int n = number();
            if (!(word("working") && (word("days") || word("day")))) {
                fail(pos, "'working days'");
                throw error();
            }
            return n;
        }
        pos = save;
        return 0;
    }

    private Deadline recurring(int start, int months) {
        int dueDay = 0;
        List<Integer> dueMonths = new ArrayList<>();
        Recurring.Anchor anchor = Recurring.Anchor.IN_PERIOD;
        // a period of several years takes no due day
        if (months <= 12 && word("by")) {
            if (word("day")) {
                ws();
                int dayStart = pos;
                dueDay = number();
                if (word("of")) {
                    if (word("the")) {
                        expect(word("next"));
                        expect(word("month"));
                        int day = dueDay;
                        anchor = build(dayStart, () -> Recurring.Anchor.dayOfNextMonth(day));
                        dueDay = 0;
                    } else {
                        expect(word("months") || word("month"));
                        dueMonths.add(number());
                        while (true) {
                            int save = pos;
                            if (lit(",")) {
                                ws();
                                if (Character.isDigit(peek())) {
                                    dueMonths.add(number());
                                    continue;
                                }
                            }
                            pos = save;
                            break;
                        }
                    }
                }
                if (anchor == Recurring.Anchor.IN_PERIOD && (dueDay < 1 || dueDay > 31)) {
                    throw new SemanticError(dayStart, "a day 1..31");
                }
            } else if (word("working")) {
                expect(word("day"));
                ws();
                int nStart = pos;
                int n = number();
                boolean fromEnd = false;
                if (word("from")) {
                    expect(word("the"));
                    expect(word("end"));
                    fromEnd = true;
                }
                boolean last = fromEnd;
                anchor = build(nStart, () -> last ? Recurring.Anchor.lastWorkingDay(n)
                        : Recurring.Anchor.workingDay(n));
            } else if (word("the")) {
                expect(word("last"));
                expect(word("working"));
                expect(word("day"));
                anchor = Recurring.Anchor.lastWorkingDay(1);
            } else if (months == 12) {
                ws();
                int mdStart = pos;
                int m = number();
                expect(lit("-"));
                int d = number();
                MonthDay md = build(mdStart, () -> MonthDay.of(m, d));
                dueDay = md.getDayOfMonth();
                dueMonths.add(md.getMonthValue());
            } else {
                fail(pos, "'day'");
                throw error();
            }
        } else {
            int save = pos;
            if (lit(",")) {
                ws();
                if (Character.isDigit(peek())) {
                    int nStart = pos;
                    int n = number();
                    AfterEvent.Counting unit = unit();
                    expect(word("after"));
                    expect(word("the"));
                    expect(word("end"));
                    anchor = build(nStart, () -> Recurring.Anchor.afterEnd(n, unit));
                } else {
                    pos = save;
                }
            } else {
                pos = save;
            }
        }
        Count count = count();
        int day = dueDay;
        Recurring.Anchor a = anchor;
        return build(start, () -> new Recurring(months, day, dueMonths, count.count, count.measure, a));
    }

    /** A minimum count: {@code , at least 2 articles}. */
    private static final class Count {
        final int count;
        final Measure measure;

        Count(int count, Measure measure) {
            this.count = count;
            this.measure = measure;
        }
    }

    private Count count() {
        int save = pos;
        if (lit(",") && word("at")) {
            expect(word("least"));
            int count = number();
            ws();
            int wStart = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            Measure measure = Measure.NONE;
            if (pos > wStart) {
                Optional<Measure> m = Measure.fromEnglish(s.substring(wStart, pos));
                if (m.isEmpty()) {
                    throw new SemanticError(wStart, "a measure (time, article, item)");
                }
                measure = m.get();
            }
            return new Count(count, measure);
        }
        pos = save;
        return new Count(1, Measure.NONE);
    }

    /** After {@code weekly} or {@code every N weeks}: {@code by Friday}, a count. */
    private Deadline weekly(int start, int weeks) {
        int day = 0;
        if (word("by")) {
            for (int d = 0; d < WEEKDAYS.length; d++) {
                if (word(WEEKDAYS[d])) {
                    day = d + 1;
                    break;
                }
            }
            if (day == 0) {
                replaceExpectation(pos, "a weekday (Monday .. Sunday)");
                throw error();
            }
        }
        Count count = count();
        int dueDay = day;
        return build(start, () -> new Weekly(weeks, dueDay, count.count, count.measure));
    }

    /**
     * "next year" (1), "previous year" (-1) or nothing (0): a year relative to the plan's after a date or period
     * without a year of its own.
     */
    private int relativeYear() {
        int save = pos;
        int offset = word("next") ? 1 : word("previous") ? -1 : 0;
        if (offset != 0 && !word("year")) {
            throw error();
        }
        if (offset == 0) {
            pos = save;
        }
        return offset;
    }

    private Deadline periodEnd(int start) {
        if (word("year")) {
            return PeriodEnd.of(PeriodEnd.Span.YEAR, 1);
        }
        int relative = relativeYear();
        if (relative != 0) {
            return PeriodEnd.relative(relative, PeriodEnd.Span.YEAR, 1);
        }
        if (word("month")) {
            int mStart = pos;
            int m = number();
            int r = relativeYear();
            return build(mStart, () -> PeriodEnd.relative(r, PeriodEnd.Span.MONTH, m));
        }
        ws();
        char c = peek();
        if (c == 'Q' || c == 'H') {
            pos++;
            int n = number();
            int r = relativeYear();
            return build(start, () -> PeriodEnd.relative(r, c == 'Q' ? PeriodEnd.Span.QUARTER
                    : PeriodEnd.Span.HALF_YEAR, n));
        }
        int yStart = pos;
        Year y = year();
        if (pos < s.length() && s.charAt(pos) == '-') {
            pos++;
            char k = peek();
            if (k == 'Q' || k == 'H') {
                pos++;
                int n = number();
                return build(start, () -> PeriodEnd.of(y, k == 'Q' ? PeriodEnd.Span.QUARTER
                        : PeriodEnd.Span.HALF_YEAR, n));
            }
            int mStart = pos;
            int m = twoDigits("a month 01..12, 'Q' or 'H'");
            return build(mStart, () -> PeriodEnd.of(y, PeriodEnd.Span.MONTH, m));
        }
        if (yStart == pos) {
            throw error();
        }
        return PeriodEnd.yearEnd(y);
    }

    private Deadline monthSpan(int start, PeriodEnd.Span span) {
        if (word("month")) {
            int mStart = pos;
            int m = number();
            int r = relativeYear();
            return build(mStart, () -> PeriodEnd.relative(r, span, m));
        }
        Year y = year();
        expect(lit("-"));
        int mStart = pos;
        int m = twoDigits("a month 01..12");
        return build(mStart, () -> PeriodEnd.of(y, span, m));
    }

    private Deadline fixedDate(int start) {
        ws();
        int dStart = pos;
        int first = digits();
        expect(lit("-"));
        int second = twoDigits("a two-digit number");
        if (pos < s.length() && s.charAt(pos) == '-' && pos - dStart == 7) {
            pos++;
            int third = twoDigits("a day 01..31");
            return build(dStart, () -> FixedDate.of(LocalDate.of(first, second, third)));
        }
        if (pos - dStart != 5) {
            throw new SemanticError(dStart, "a date yyyy-mm-dd or mm-dd");
        }
        int r = relativeYear();
        return build(dStart, () -> FixedDate.relative(r, MonthDay.of(first, second)));
    }

    private Year year() {
        ws();
        int start = pos;
        int y = digits();
        if (pos - start != 4) {
            throw new SemanticError(start, "a four-digit year");
        }
        return Year.of(y);
    }

    private int twoDigits(String what) {
        int start = pos;
        if (pos + 2 <= s.length() && Character.isDigit(s.charAt(pos)) && Character.isDigit(s.charAt(pos + 1))
                && (pos + 2 == s.length() || !Character.isDigit(s.charAt(pos + 2)))) {
            pos += 2;
            return Integer.parseInt(s.substring(start, pos));
        }
        fail(pos, what);
        throw error();
    }

    private int digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9' && pos - start < 9) {
            pos++;
        }
        if (pos == start) {
            fail(pos, "a number");
            throw error();
        }
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            throw new SemanticError(start, "a number below 1000000000");
        }
        return Integer.parseInt(s.substring(start, pos));
    }

    private int number() {
        ws();
        return digits();
    }

    /** The events after 'before', or none (the trigger) when no event follows. */
    private List<Event> eventsIfAny() {
        ws();
        char c = peek();
        return c == '"' || c < 128 && Character.isLetter(c) ? events() : List.of();
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        do {
            events.add(event());
        } while (word("or"));
        return events;
    }

    private Event event() {
        ws();
        int start = pos;
        if (peek() == '"') {
            String name = string();
            return build(start, () -> Event.of(name));
        }
        while (pos < s.length() && (Character.isLetter(s.charAt(pos)) && s.charAt(pos) < 128
                || s.charAt(pos) == '-')) {
            pos++;
        }
        Optional<Event> e = Event.builtIn(s.substring(start, pos));
        if (e.isEmpty()) {
            pos = start;
            fail(start, EVENT);
            throw error();
        }
        return e.get();
    }

    private String string() {
        ws();
        if (!lit("\"")) {
            throw error();
        }
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\' && pos < s.length()) {
                c = s.charAt(pos++);
            }
            b.append(c);
        }
        fail(pos, "a closing '\"'");
        throw error();
    }

    private boolean word(String w) {
        ws();
        if (s.regionMatches(true, pos, w, 0, w.length())) {
            int end = pos + w.length();
            if (end == s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-')) {
                pos = end;
                return true;
            }
        }
        fail(pos, "'" + w + "'");
        return false;
    }

    private String oneOfWords(String... words) {
        for (String w : words) {
            if (word(w)) {
                return w;
            }
        }
        return null;
    }

    private void expect(boolean ok) {
        if (!ok) {
            throw error();
        }
    }

    private static <T> T build(int at, java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new SemanticError(at, "a valid value (" + e.getMessage() + ")");
        }
    }
}
