package dev.shixian.deadline.internal;

import static dev.shixian.deadline.internal.ChineseNumbers.number;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.FixedDate;
import dev.shixian.deadline.PeriodEnd;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and period ends of the Chinese grammar: 2021年12月31日, 2021.12.31, 6月底, 三季度末, 上半年, 2021年底,
 * 11月上旬, in years relative to the plan's (次年1月31日, 上一年度12月底), and ranges of them (2021年9月至12月,
 * 2021年12月至次年2月, 即日起至年底, 自印发之日起至2021年底), which are due at their end. Years are 1000 to 9999.
 * Not API.
 */
final class ChineseDates {

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;
    static final String A_YEAR = "a year " + MIN_YEAR + ".." + MAX_YEAR;
    /** A range whose end is before its start (2021年9月至6月, 2021年12月至1月). */
    static final String BACKWARD = "an end after the start of the range (an end in the next year is written with 次年:"
            + " 2021年12月至次年1月)";

    private ChineseDates() {
    }

    /**
     * A date or period end, or a range of them (2021年9月至12月, 2021年7月1日至9月30日, 自2021年7月起至年底) which is
     * due at its end; an end without a year takes the start's year (次年 in it: the year after the start's), and an
     * end before the start is an error. A range may also start now or at an event (即日起至年底,
     * 自印发之日起至2021年底): it is due at its end, and the start is dropped.
     */
    static Deadline dated(Text in) {
        int start = in.pos;
        Deadline open = openStart(in);
        if (open != null) {
            return open;
        }
        in.pos = start;
        Deadline first = point(in);
        if (first == null) {
            in.pos = start;
            return null;
        }
        int save = in.pos;
        // 自2021年7月起至年底: 起 (or 开始) only before the rest of a range
        in.quietOneOf(Words.STARTS);
        if (in.quietOneOf(Words.RANGE) != null) {
            in.ws();
            int endStart = in.pos;
            Deadline end = point(in);
            if (end != null) {
                return rangeEnd(in, first, end, endStart);
            }
        }
        in.pos = save;
        return first;
    }

    /**
     * A range that starts now or at an event and is due at its end: 即日起至年底, 从即日起到12月底,
     * 自印发之日起至2021年底, 本方案印发之日起至年底; null (the position restored) if there is none.
     */
    private static Deadline openStart(Text in) {
        int start = in.pos;
        if (in.quietOneOf(Words.NOW) == null && !ChineseEvents.rangeStart(in)) {
            in.pos = start;
            return null;
        }
        if (in.quietOneOf(Words.RANGE) == null) {
            in.pos = start;
            return null;
        }
        in.ws();
        Deadline end = point(in);
        if (end == null) {
            in.pos = start;
        }
        return end;
    }

    private static Deadline point(Text in) {
        Deadline d = numericDate(in);
        return d != null ? d : datedPoint(in);
    }

    private static Optional<Year> yearOf(Deadline d) {
        return d instanceof FixedDate f ? f.year() : ((PeriodEnd) d).year();
    }

    private static int offsetOf(Deadline d) {
        return d instanceof FixedDate f ? f.planYearOffset() : ((PeriodEnd) d).planYearOffset();
    }

    private static LocalDate dueIn(Deadline d, Year year) {
        return d instanceof FixedDate f ? f.dateIn(year) : ((PeriodEnd) d).dateIn(year);
    }

    /** The same date or period end in a year relative to the plan's (次年1月底前 from 1月底前). */
    private static Deadline relative(Deadline d, int offset) {
        if (d instanceof FixedDate f) {
            return FixedDate.relative(offset, f.monthDay());
        }
        PeriodEnd p = (PeriodEnd) d;
        return PeriodEnd.relative(offset, p.span(), p.index());
    }

    /**
     * The end of a range, with the start's year when it names none: 2021年9月至12月 is due at the end of 2021-12, and
     * 次年1月至3月 at the end of March of the year after the plan's. A relative year in the end (次年, 当年) counts from
     * the start's year when the start has a number for a year (2021年12月至次年2月: 2022-02), and from the plan's year
     * otherwise, like every relative year (12月至次年2月, 上一年度12月至本年2月). An end before the start is an error:
     * 2021年12月至2月 is refused rather than read as February of the next year, and so is 上一年度12月至次年2月 (次年 of
     * the plan's year or of the start's?).
     *
     * @throws Text.SemanticError at {@code at} if the end is before the start, its day does not exist in the year
     *     it gets, that year is out of range, or its relative year is ambiguous
     */
    private static Deadline rangeEnd(Text in, Deadline first, Deadline end, int at) {
        Optional<Year> startYear = yearOf(first);
        int startOffset = offsetOf(first);
        boolean endNamesYear = Words.RELATIVE_YEARS.at(in.s, at) != null;
        Deadline result = end;
        if (yearOf(end).isEmpty() && startYear.isPresent()) {
            int yv = startYear.get().getValue() + offsetOf(end);
            if (yv < MIN_YEAR || yv > MAX_YEAR) {
                throw new Text.SemanticError(at, A_YEAR);
            }
            Year y = Year.of(yv);
            if (end instanceof FixedDate f) {
                MonthDay md = f.monthDay();
                if (!y.isValidMonthDay(md)) {
                    throw new Text.SemanticError(at, dayRange(md.getMonthValue(), Optional.of(y)));
                }
                result = FixedDate.of(y, md);
            } else {
                PeriodEnd p = (PeriodEnd) end;
                result = PeriodEnd.of(y, p.span(), p.index());
            }
        } else if (yearOf(end).isEmpty() && !endNamesYear) {
            result = relative(end, startOffset);
        } else if (yearOf(end).isEmpty() && startOffset != 0 && offsetOf(end) != 0
                && offsetOf(end) != startOffset) {
            throw new Text.SemanticError(at, "an end whose year is not ambiguous (当年 for the plan's year, or a"
                    + " year such as 2022年)");
        }
        if (startYear.isPresent() || yearOf(result).isEmpty()) {
            Year base = startYear.orElse(Year.of(2000));
            if (dueIn(result, base).isBefore(dueIn(first, base))) {
                throw new Text.SemanticError(at, BACKWARD);
            }
        }
        return result;
    }

    private static String dayRange(int month, Optional<Year> year) {
        int max = year.map(y -> YearMonth.of(y.getValue(), month).lengthOfMonth()).orElse(Month.of(month).maxLength());
        return "a day 1.." + max + " of " + year.map(y -> y + "-").orElse("month ")
                + String.format(Locale.ROOT, "%02d", month);
    }

    /** A date written with numbers only: 2021.12.31, 2021-09-30, 2022/6/30. */
    private static Deadline numericDate(Text in) {
        int save = in.pos;
        in.ws();
        int yStart = in.pos;
        int y = digits(in, 4);
        if (y < 0 || in.pos - yStart != 4 || in.atEnd() || ".-/".indexOf(in.peek()) < 0) {
            in.pos = save;
            return null;
        }
        char sep = in.s.charAt(in.pos++);
        int mStart = in.pos;
        int m = digits(in, 2);
        if (m < 0 || in.peek() != sep) {
            in.pos = save;
            return null;
        }
        in.pos++;
        int dStart = in.pos;
        int d = digits(in, 2);
        if (d < 0) {
            in.pos = save;
            return null;
        }
        if (y < MIN_YEAR) {
            throw new Text.SemanticError(yStart, A_YEAR);
        }
        if (m < 1 || m > 12) {
            throw new Text.SemanticError(mStart, "a month 1..12");
        }
        if (d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            throw new Text.SemanticError(dStart, dayRange(m, Optional.of(Year.of(y))));
        }
        clock(in);
        return FixedDate.of(LocalDate.of(y, m, d));
    }

    /**
     * An hour after a date, read and dropped (dates are days: the deadline is the day itself, and 24时 is the end of
     * that day, not the next): 24时, 17点, 17时30分, 17:00 (with a colon, two digits of minutes). Nothing if no
     * hour follows.
     *
     * @throws Text.SemanticError if the hour is not 0..24, the minutes not 0..59, or 24 has minutes
     */
    static void clock(Text in) {
        int save = in.pos;
        in.ws();
        if (in.quietOneOf(Words.DAY_PARTS) != null) {
            in.ws();
            if (!Character.isDigit(in.peek())) {
                in.pos = save;
                return;
            }
        }
        int hStart = in.pos;
        int h = digits(in, 2);
        if (h < 0) {
            in.pos = save;
            return;
        }
        int minutes = 0;
        int mStart;
        if (in.quiet("时") || in.quiet("点")) {
            int after = in.pos;
            mStart = in.pos;
            int m = digits(in, 2);
            if (m >= 0 && in.quiet("分")) {
                minutes = m;
            } else {
                in.pos = after;
            }
        } else if (in.peek() == ':') {
            in.pos++;
            mStart = in.pos;
            minutes = digits(in, 2);
            if (minutes < 0 || in.pos - mStart != 2) {
                in.pos = save;
                return;
            }
        } else {
            in.pos = save;
            return;
        }
        if (h > 24) {
            throw new Text.SemanticError(hStart, "an hour 0..24");
        }
        if (minutes > 59 || h == 24 && minutes > 0) {
            throw new Text.SemanticError(mStart, h == 24 ? "no minutes after 24时" : "minutes 0..59");
        }
    }

    /**
     * Whether a clock time (9:30, 17时, 下午4点) begins at the position, which does not move.
     */
    static boolean clockAhead(Text in) {
        int save = in.pos;
        boolean recording = in.recording;
        in.recording = false;
        try {
            in.ws();
            if (in.quietOneOf(Words.DAY_PARTS) != null) {
                in.ws();
            }
            if (digits(in, 2) < 0) {
                return false;
            }
            return in.quiet("时") || in.quiet("点") || !in.atEnd() && in.peek() == ':';
        } finally {
            in.pos = save;
            in.recording = recording;
        }
    }

    /** Up to {@code max} ASCII digits with no more following, or -1. */
    private static int digits(Text in, int max) {
        int start = in.pos;
        int value = 0;
        while (in.pos < in.s.length() && in.s.charAt(in.pos) >= '0' && in.s.charAt(in.pos) <= '9') {
            if (in.pos - start == max) {
                in.pos = start;
                return -1;
            }
            value = value * 10 + in.s.charAt(in.pos++) - '0';
        }
        return in.pos == start ? -1 : value;
    }

    private static Deadline datedPoint(Text in) {
        int start = in.pos;
        Integer y = year(in);
        if (y != null) {
            Optional<Year> year = Optional.of(Year.of(y));
            if (in.quietOneOf(Words.YEAR_END_AFTER_YEAR) != null) {
                return PeriodEnd.yearEnd(year.get());
            }
            Deadline d = part(in, year);
            if (d == null) {
                in.ws();
                if (ChineseNumbers.isNumeral(in.peek()) && in.peek() != '十' && in.peek() != '百'
                        && in.peek() != '千' || Character.isDigit(in.peek())) {
                    in.fail(in.pos, "a month");
                    in.pos = start;
                    return null;
                }
                d = PeriodEnd.yearEnd(year.get());
            }
            return d;
        }
        in.pos = start;
        String relative = in.quietOneOf(Words.RELATIVE_YEARS);
        if (relative != null) {
            // 次年1月31日, 次年一季度末, 上一年度12月底, 次年底, 本年度内; 上一年度 alone is no time limit
            int offset = Words.relativeYear(relative);
            if (in.quietOneOf(Words.RELATIVE_YEAR_ENDS) != null) {
                return PeriodEnd.relative(offset, PeriodEnd.Span.YEAR, 1);
            }
            Deadline d = part(in, Optional.empty());
            if (d == null) {
                in.ws();
                in.fail(in.pos, "年底, a half, a quarter or a month after " + relative);
                in.pos = start;
                return null;
            }
            return relative(d, offset);
        }
        if (in.quietOneOf(Words.YEAR_END) != null) {
            return PeriodEnd.of(PeriodEnd.Span.YEAR, 1);
        }
        Deadline d = part(in, Optional.empty());
        if (d == null) {
            in.pos = start;
        }
        return d;
    }

    /** A half, a quarter or a month part of a year. */
    private static Deadline part(Text in, Optional<Year> year) {
        Deadline d = half(in, year);
        if (d == null) {
            d = quarter(in, year);
        }
        if (d == null) {
            d = monthPart(in, year);
        }
        return d;
    }

    /**
     * A year of four or more digits followed by 年 (or a range of years, 2021—2023年: the later one), or null.
     *
     * @throws Text.SemanticError if the year is outside 1000..9999
     */
    private static Integer year(Text in) {
        int save = in.pos;
        in.ws();
        int start = in.pos;
        Integer n = number(in);
        if (n == null || in.pos - start < 4) {
            in.pos = save;
            return null;
        }
        if (in.quiet("年")) {
            return checkYear(start, n);
        }
        if (n >= MIN_YEAR && n <= MAX_YEAR && in.quietOneOf(Words.RANGE) != null) {
            // 2021—2023年: a range of years, due at the end of the last
            in.ws();
            int endStart = in.pos;
            Integer end = number(in);
            if (end != null && in.pos - endStart >= 4 && in.quiet("年")) {
                checkYear(endStart, end);
                if (end < n) {
                    throw new Text.SemanticError(endStart, "an end after the start of the range");
                }
                return end;
            }
        }
        in.pos = save;
        return null;
    }

    private static int checkYear(int at, int y) {
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new Text.SemanticError(at, A_YEAR);
        }
        return y;
    }

    private static Deadline half(Text in, Optional<Year> year) {
        String h = in.quietOneOf(Words.HALVES);
        if (h == null) {
            return null;
        }
        in.quietOneOf(Words.END);
        return periodEnd(year, PeriodEnd.Span.HALF_YEAR, h.startsWith("上") ? 1 : 2);
    }

    private static Deadline quarter(Text in, Optional<Year> year) {
        int save = in.pos;
        in.quiet("第");
        int nStart = in.pos;
        Integer n = number(in);
        if (n == null || in.quietOneOf(Words.QUARTER) == null) {
            in.pos = save;
            return null;
        }
        if (n < 1 || n > 4) {
            throw new Text.SemanticError(nStart, "a quarter 1..4");
        }
        in.quietOneOf(Words.END);
        return periodEnd(year, PeriodEnd.Span.QUARTER, n);
    }

    private static Deadline monthPart(Text in, Optional<Year> year) {
        int save = in.pos;
        in.ws();
        int mStart = in.pos;
        Integer read = number(in);
        if (read != null && !in.s.startsWith("月", in.pos)) {
            // 3—6月: a range of months, due at the end of the last
            int rSave = in.pos;
            if (in.quietOneOf(Words.RANGE) != null) {
                in.ws();
                int endStart = in.pos;
                Integer end = ChineseNumbers.ahead(in) ? number(in) : null;
                if (end != null && in.s.startsWith("月", in.pos) && read >= 1 && read <= 12 && end >= 1 && end <= 12) {
                    if (end < read) {
                        throw new Text.SemanticError(endStart, "an end after the start of the range");
                    }
                    read = end;
                    mStart = endStart;
                } else {
                    in.pos = rSave;
                }
            }
        }
        Integer m = read;
        if (m == null || !in.lit("月")) {
            in.pos = save;
            return null;
        }
        if (m < 1 || m > 12) {
            throw new Text.SemanticError(mStart, "a month 1..12");
        }
        int dSave = in.pos;
        in.ws();
        int dStart = in.pos;
        Integer d = number(in);
        if (d != null && in.oneOf("日 or 号", Words.DAY_MARK) != null) {
            int max = year.map(y -> YearMonth.of(y.getValue(), m).lengthOfMonth()).orElse(Month.of(m).maxLength());
            if (d < 1 || d > max) {
                throw new Text.SemanticError(dStart, dayRange(m, year));
            }
            clock(in);
            return year.isPresent() ? FixedDate.of(LocalDate.of(year.get().getValue(), m, d))
                    : FixedDate.of(MonthDay.of(m, d));
        }
        in.pos = dSave;
        String w = in.oneOf("底, 末, 上旬, 中旬, 下旬 or a day", Words.MONTH_PARTS);
        PeriodEnd.Span span = PeriodEnd.Span.MONTH;
        if (w == null) {
            in.pos = dSave;
            if (in.ahead("前") || in.ahead("之前") || in.ahead("以前")) {
                in.ws();
                throw new Text.SemanticError(in.pos, "底 or a day (N月前 is ambiguous)");
            }
        } else if (w.equals("上旬")) {
            span = PeriodEnd.Span.EARLY_MONTH;
        } else if (w.equals("中旬") || w.equals("上中旬")) {
            // 上中旬, 中下旬: a range of thirds, due at the end of the later one
            span = PeriodEnd.Span.MIDDLE_MONTH;
        } else if (w.equals("下旬") || w.equals("中下旬")) {
            span = PeriodEnd.Span.LATE_MONTH;
        } else if (w.equals("份")) {
            in.quietOneOf(Words.END);
        }
        return periodEnd(year, span, m);
    }

    /** A period end in the given year, or in the plan's year when there is none. */
    private static PeriodEnd periodEnd(Optional<Year> year, PeriodEnd.Span span, int index) {
        return year.isPresent() ? PeriodEnd.of(year.get(), span, index) : PeriodEnd.of(span, index);
    }
}
