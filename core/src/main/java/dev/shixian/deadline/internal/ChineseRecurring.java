package dev.shixian.deadline.internal;

import static dev.shixian.deadline.internal.ChineseNumbers.number;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Measure;
import dev.shixian.deadline.Multiple;
import dev.shixian.deadline.PeriodEnd;
import dev.shixian.deadline.Recurring;
import dev.shixian.deadline.Weekly;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recurring phrases (每季度一次, 每月10日前, 每年1、4、7、10月8日之前, 每2个月不少于1篇, 年内至少1次, 每两年; anchored:
 * 每季度结束后15日内, 季后10个工作日内, 每季度结束后次月10日前, 每月前5个工作日内, 每月最后一个工作日), weekly phrases
 * (每周, 每两周, 每周五前) and freshness rules (超过14天未更新, 每7日至少更新一次) of the Chinese grammar. Counts are 1 to
 * 9999, freshness 1 to 9999 days. Not API.
 */
final class ChineseRecurring {

    static final int MAX_COUNT = 9999;
    static final int MAX_DAYS = 9999;
    private static final String PERIODS = "月, 季度, 半年, 年, 周, N个月, N年 or N周";
    private static final String WEEKDAYS = "a weekday (一 to 六, 日 or 天)";
    /** Weekdays after 周 or 星期, Monday first; 日 and 天 are Sunday. */
    private static final String WEEKDAY_CHARS = "一二三四五六日天";
    /** What makes a numeral after 周 a count, not a weekday: 每周一次, 每周五篇. */
    private static final String MEASURE_CHARS = "次篇条期个";
    /** The longest subject between a period and 于次月 (每月数据于次月5日前). */
    static final int MAX_SUBJECT = 6;

    /** A minimum count per period with its measure word (不少于2篇). */
    record Count(int count, Measure measure) {
    }

    /** The period of a recurring phrase: its length, due day and due months, and its anchor. */
    private record Period(int months, int dueDay, List<Integer> dueMonths, Recurring.Anchor anchor) {
        Period(int months) {
            this(months, 0, List.of(), Recurring.Anchor.IN_PERIOD);
        }

        Period(int months, int dueDay, List<Integer> dueMonths) {
            this(months, dueDay, dueMonths, Recurring.Anchor.IN_PERIOD);
        }

        Period anchored(Recurring.Anchor a) {
            return new Period(months, 0, List.of(), a);
        }
    }

    /** Characters before a period word that make it part of another word (3个月后, 上季度后, 第一季后). */
    private static final String NOT_BEFORE_BARE = "个第本上下次当该首末每近去明今同前";

    private ChineseRecurring() {
    }

    // ------------------------------------------------------------------ freshness: 超过14天未更新, 每14日至少更新一次

    static Deadline freshness(Text in) {
        int start = in.pos;
        if (in.quiet("超过")) {
            int nStart = in.pos;
            Integer days = days(in, true);
            if (days != null && in.oneOf("未更新 or 没有更新", Words.NOT_UPDATED) != null) {
                return new Freshness(checkDays(nStart, days));
            }
        } else if (in.quiet("每")) {
            // 每N天, 每N日: a freshness rule; 每周, 每N周 are calendar weeks (weekly)
            int nStart = in.pos;
            Integer days = days(in, false);
            if (days != null) {
                in.quiet("至少");
                in.quiet("更新");
                in.quietOneOf(Words.ONCE);
                return new Freshness(checkDays(nStart, days));
            }
        }
        in.pos = start;
        return null;
    }

    /** A number of days, or of weeks in days if {@code weeks} (may exceed {@link #MAX_DAYS}), or null. */
    private static Integer days(Text in, boolean weeks) {
        int save = in.pos;
        Integer n = number(in);
        if (in.quietOneOf(Words.DAYS) != null) {
            return n == null ? 1 : n;
        }
        in.pos = save;
        if (!weeks) {
            return null;
        }
        n = number(in);
        if (in.quietOneOf(Words.WEEKS) != null) {
            long days = (n == null ? 1L : n) * 7L;
            return days > MAX_DAYS ? Integer.MAX_VALUE : (int) days;
        }
        in.pos = save;
        return null;
    }

    private static int checkDays(int at, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new Text.SemanticError(at, "a number of days 1.." + MAX_DAYS);
        }
        return days;
    }

    // ------------------------------------------------------------------ weekly: 每周, 每两周, 每周五前

    /**
     * 每周, 每周一次, 每两周, 每2周一次, 按周, 每周五前, 每周五下班前, 每周星期五前, 每星期一前, 每2周周五前, 每两周的周五前,
     * 每周，周五前, then a count (每周不少于2篇). A numeral after 周 is a weekday unless a measure or another numeral
     * follows it (每周一次 is once a week, 每周一前, 每周一更新 and 每周一9:30前 are Monday); null, the position
     * unchanged, if this is not a weekly phrase.
     *
     * @throws Text.SemanticError if the number of weeks is out of range
     */
    static Deadline weekly(Text in) {
        int start = in.pos;
        in.quiet("定期");
        in.quiet("至少");
        if (in.quietOneOf(Words.PER) == null) {
            in.pos = start;
            return null;
        }
        in.ws();
        int nStart = in.pos;
        Integer n = ChineseNumbers.ahead(in) ? number(in) : null;
        if (in.quietOneOf(Words.WEEKS) == null) {
            in.pos = start;
            return null;
        }
        int weeks = n == null ? 1 : n;
        if (weeks < 1 || weeks > Weekly.MAX_WEEKS) {
            throw new Text.SemanticError(nStart, "a period of 1.." + Weekly.MAX_WEEKS + " weeks");
        }
        int day = weeks == 1 ? weekday(in) : 0;
        if (day == 0) {
            // 每2周周五前, 每两周的周五前, 每周，周五前
            int save = in.pos;
            in.quiet("的");
            in.quiet(",");
            if (in.quiet("周") || in.quiet("星期")) {
                day = weekday(in);
            }
            if (day == 0) {
                in.pos = save;
            }
        }
        if (day > 0) {
            in.quiet("下班");
            in.quietOneOf(Words.BEFORE);
        }
        in.quietOneOf(Words.VERBS);
        in.quiet("定期");
        Count count = count(in);
        Count c = count == null ? new Count(1, Measure.NONE) : count;
        return new Weekly(weeks, day, c.count(), c.measure());
    }

    /**
     * A weekday right after 周 or 星期 (一 … 六, 日 or 天), not followed by a measure or another numeral; 0, the
     * position unchanged, if none. Another numeral there (每周八) records that a weekday was expected.
     */
    private static int weekday(Text in) {
        int save = in.pos;
        in.ws();
        int i = WEEKDAY_CHARS.indexOf(in.peek());
        if (i < 0) {
            if (ChineseNumbers.isNumeral(in.peek()) && !Character.isDigit(in.peek())) {
                in.fail(in.pos, WEEKDAYS);
            }
            in.pos = save;
            return 0;
        }
        in.pos++;
        int after = in.pos;
        in.ws();
        char next = in.peek();
        if (MEASURE_CHARS.indexOf(next) >= 0 || Measure.fromChinese(next).isPresent()
                || ChineseNumbers.isNumeral(next) && !ChineseDates.clockAhead(in)) {
            // 每周一次, 每周五篇, 每周二十篇: a count, not a weekday
            in.pos = save;
            return 0;
        }
        in.pos = after;
        return Math.min(i + 1, 7);
    }

    // ------------------------------------------------------------------ recurring: 每季度一次, 每月10日前

    static Deadline recurring(Text in) {
        int start = in.pos;
        in.quiet("定期");
        in.quiet("至少");
        Period period;
        boolean needCount = false;
        String per = in.quietOneOf(Words.PER);
        if (per != null) {
            Deadline ends = monthEnds(in);
            if (ends != null) {
                return ends;
            }
            period = period(in, per, start);
            if (period == null) {
                in.pos = start;
                return null;
            }
            if (period.dueDay() == 0) {
                Recurring.Anchor a = anchor(in, true);
                if (a != null) {
                    period = period.anchored(a);
                } else {
                    in.quietOneOf(Words.END);
                }
            }
            in.quietOneOf(Words.BEFORE);
        } else if (in.quietOneOf(Words.WHOLE_YEAR) != null) {
            period = new Period(12);
            needCount = true;
        } else if ((period = bare(in)) != null) {
            in.quietOneOf(Words.BEFORE);
        } else {
            in.pos = start;
            return null;
        }
        in.quietOneOf(Words.VERBS);
        in.quiet("定期");
        Count count = count(in);
        if (count == null && needCount) {
            in.pos = start;
            return null;
        }
        Count c = count == null ? new Count(1, Measure.NONE) : count;
        return new Recurring(period.months(), period.dueDay(), period.dueMonths(), c.count(), c.measure(),
                period.anchor());
    }

    /**
     * 季后10个工作日内, 月后10日前, 年度终了后3个月内: a period word and its end without 每, read only when a count or
     * the next month follows and no numeral or relative word comes right before (3个月后, 上季度后); null, the
     * position unchanged, otherwise.
     */
    private static Period bare(Text in) {
        int save = in.pos;
        in.ws();
        int at = in.pos;
        String w = in.quietOneOf(Words.BARE_PERIOD_AFTER);
        if (w == null) {
            in.pos = save;
            return null;
        }
        int b = at - 1;
        while (b >= 0 && in.s.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && (ChineseNumbers.isNumeral(in.s.charAt(b)) || NOT_BEFORE_BARE.indexOf(in.s.charAt(b)) >= 0)) {
            in.pos = save;
            return null;
        }
        Recurring.Anchor a = afterEnd(in);
        if (a == null) {
            in.pos = save;
            return null;
        }
        int months = w.startsWith("季") ? 3 : w.startsWith("月") ? 1 : w.startsWith("半") ? 6 : 12;
        return new Period(months).anchored(a);
    }

    /**
     * After a period word: 结束后15日内, 结束后10个工作日内, 结束后3个月内, (结束后)次月10日前, 第一个工作日,
     * 前5个工作日内, 最后一个工作日, 倒数第2个工作日; null, the position unchanged, if none follows.
     *
     * @param nextMonthAlone  whether 次月N日 may follow the period word directly (每季度次月10日前)
     */
    private static Recurring.Anchor anchor(Text in, boolean nextMonthAlone) {
        int save = in.pos;
        in.quiet("的");
        Recurring.Anchor a = workingDay(in);
        if (a == null && in.quietOneOf(Words.PERIOD_AFTER) != null) {
            a = afterEnd(in);
        }
        if (a == null && nextMonthAlone) {
            in.pos = save;
            in.quiet("的");
            a = nextMonth(in);
            if (a == null) {
                a = subjectThenNextMonth(in);
            }
        }
        if (a == null) {
            in.pos = save;
        }
        return a;
    }

    /** After 结束后: 15日内, 10个工作日内, 3个月内, 次月10日前; null if none (the position is then undefined). */
    private static Recurring.Anchor afterEnd(Text in) {
        in.quiet("的");
        Recurring.Anchor next = nextMonth(in);
        if (next != null) {
            return next;
        }
        int nStart = in.pos;
        Integer n = ChineseNumbers.ahead(in) ? number(in) : null;
        if (n == null) {
            return null;
        }
        AfterEvent.Counting unit;
        int max;
        if (in.quietOneOf(Words.WORKING_DAYS) != null) {
            unit = AfterEvent.Counting.WORKING_DAYS;
            max = Recurring.Anchor.MAX_WORKING_DAYS_AFTER;
        } else if (in.quietOneOf(Words.DAYS) != null) {
            unit = AfterEvent.Counting.DAYS;
            max = Recurring.Anchor.MAX_DAYS_AFTER;
        } else if (in.quiet("个月")) {
            unit = AfterEvent.Counting.MONTHS;
            max = Recurring.Anchor.MAX_MONTHS_AFTER;
        } else {
            return null;
        }
        if (n < 1 || n > max) {
            throw new Text.SemanticError(nStart, "a number of " + unit.english(2) + " 1.." + max
                    + " after the period's end");
        }
        in.quietOneOf(Words.WITHIN);
        return Recurring.Anchor.afterEnd(n, unit);
    }

    /**
     * 数据于次月5日前, 于次月5日前: a subject of at most {@value #MAX_SUBJECT} characters, or none (read and dropped,
     * as subjects before an event are), 于 or 在, and a day of the next month; null, the position unchanged, if not
     * that.
     */
    private static Recurring.Anchor subjectThenNextMonth(Text in) {
        int save = in.pos;
        in.ws();
        int from = in.pos;
        for (int k = from; k <= from + MAX_SUBJECT && k < in.s.length(); k++) {
            in.pos = k;
            if (in.quietOneOf(Words.AT) != null) {
                Recurring.Anchor a = nextMonth(in);
                if (a != null) {
                    return a;
                }
            }
            if (!ChineseEvents.isSubjectCharacter(in.s.charAt(k))) {
                break;
            }
        }
        in.pos = save;
        return null;
    }

    /** 次月10日, 下月5号: a day of the month after the period; null if not that. */
    private static Recurring.Anchor nextMonth(Text in) {
        int save = in.pos;
        if (in.quietOneOf(Words.NEXT_MONTH) == null) {
            return null;
        }
        in.quiet("的");
        int dStart = in.pos;
        Integer d = ChineseNumbers.ahead(in) ? number(in) : null;
        if (d == null || in.quietOneOf(Words.DAY_MARK) == null) {
            in.pos = save;
            return null;
        }
        return Recurring.Anchor.dayOfNextMonth(checkDay(dStart, d));
    }

    /**
     * 第N个工作日, 首个工作日, 前N个工作日(内), 最后一个工作日, 倒数第N个工作日: a working day of the period, N 1..15;
     * null, the position unchanged, if not that.
     */
    private static Recurring.Anchor workingDay(Text in) {
        int save = in.pos;
        if (in.quiet("首个工作日")) {
            return Recurring.Anchor.workingDay(1);
        }
        boolean last = false;
        if (in.quiet("倒数第")) {
            last = true;
        } else if (in.quiet("最后")) {
            Integer n = ChineseNumbers.ahead(in) ? number(in) : null;
            if (n != null && n == 1 && in.quietOneOf(Words.WORKING_DAYS) != null) {
                return Recurring.Anchor.lastWorkingDay(1);
            }
            in.pos = save;
            return null;
        } else if (!in.quiet("第") && !in.quiet("前")) {
            return null;
        }
        int nStart = in.pos;
        Integer n = ChineseNumbers.ahead(in) ? number(in) : null;
        if (n == null || in.quietOneOf(Words.WORKING_DAYS) == null) {
            in.pos = save;
            return null;
        }
        if (n < 1 || n > Recurring.Anchor.MAX_WORKING_DAY) {
            throw new Text.SemanticError(nStart, "a working day of the period 1.." + Recurring.Anchor.MAX_WORKING_DAY);
        }
        in.quietOneOf(Words.WITHIN);
        return last ? Recurring.Anchor.lastWorkingDay(n) : Recurring.Anchor.workingDay(n);
    }

    /**
     * 每年6月和12月, 每年6月底、12月底前: two or more months of every year, each due at its end; the parts, one
     * {@link PeriodEnd} of a month each (the model's exact reading: June 30 and December 31 have no common due day
     * for one {@link Recurring}). Null, the position unchanged, if this is not such a list.
     */
    private static Deadline monthEnds(Text in) {
        int save = in.pos;
        if (in.quietOneOf(Words.YEAR) == null) {
            return null;
        }
        in.quiet("的");
        List<Deadline> parts = new ArrayList<>();
        boolean month = false;
        while (parts.size() < 12) {
            int mStart = in.pos;
            Integer m = ChineseNumbers.ahead(in) ? number(in) : null;
            if (m == null) {
                in.pos = save;
                return null;
            }
            month = in.quiet("月");
            if (m < 1 || m > 12) {
                if (!month) {
                    in.pos = save;
                    return null;
                }
                throw new Text.SemanticError(mStart, "a month 1..12");
            }
            if (month) {
                in.quietOneOf(Words.END);
            }
            parts.add(PeriodEnd.of(PeriodEnd.Span.MONTH, m));
            int before = in.pos;
            if (in.quietOneOf(Words.LIST_SEPARATORS) == null) {
                break;
            }
            if (!ChineseNumbers.ahead(in)) {
                in.pos = before;
                break;
            }
        }
        if (parts.size() < 2 || !month || ChineseNumbers.ahead(in)) {
            in.pos = save;
            return null;
        }
        return Multiple.of(parts);
    }

    /** The period after 每 or 按, or null (recording what was expected after 每). */
    private static Period period(Text in, String per, int start) {
        int pStart = in.pos;
        if (in.quietOneOf(Words.YEAR) != null) {
            Period dated = yearly(in);
            return dated != null ? dated : new Period(12);
        }
        Period p;
        if (in.quietOneOf(Words.QUARTER) != null) {
            p = new Period(3);
        } else if (in.quietOneOf(Words.HALF_YEAR) != null) {
            p = new Period(6);
        } else if (in.quietOneOf(Words.MONTH) != null) {
            return monthly(in);
        } else {
            if (!ChineseNumbers.ahead(in)) {
                if (per.equals("每")) {
                    in.fail(in.pos, PERIODS);
                }
                return null;
            }
            Integer n = number(in);
            if (n != null && in.quietOneOf(Words.YEAR) != null) {
                // 每两年, 每5年: periods of whole years from the plan's year
                if (n < 1 || n > Recurring.MAX_MONTHS / 12) {
                    throw new Text.SemanticError(pStart, "a period of 1.." + Recurring.MAX_MONTHS / 12 + " years");
                }
                return new Period(12 * n);
            }
            if (n == null || in.quietOneOf(Words.MONTH) == null) {
                in.fail(in.pos, PERIODS);
                return null;
            }
            if (n < 1 || (n <= 12 ? 12 % n != 0 : n % 12 != 0 || n > Recurring.MAX_MONTHS)) {
                throw new Text.SemanticError(pStart, "a period of 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 up "
                        + "to " + Recurring.MAX_MONTHS);
            }
            p = new Period(n);
        }
        if (p.months() > 1 && p.months() < 12) {
            int k = monthOfPeriod(in, p.months());
            if (k > 0) {
                int dStart = in.pos;
                Integer d = number(in);
                if (d == null || in.oneOf("日 or 号", Words.DAY_MARK) == null) {
                    return null;
                }
                List<Integer> list = new ArrayList<>();
                for (int first = 1; first <= 12; first += p.months()) {
                    list.add(first + k - 1);
                }
                return checked(dStart, p.months(), checkDay(dStart, d), list);
            }
        }
        return p;
    }

    /** After 每年: 每年1、4、7、10月8日, 每年3月底; null if neither follows. */
    private static Period yearly(Text in) {
        int save = in.pos;
        in.quiet("的");
        int endMonth = quarterOrHalf(in);
        if (endMonth > 0) {
            // 每年一季度末前, 每年第一季度, 每年上半年: due at the end of that part of each year
            return new Period(12, Month.of(endMonth).maxLength(), List.of(endMonth));
        }
        List<Integer> list = monthList(in);
        if (list == null) {
            in.pos = save;
            return null;
        }
        int dStart = in.pos;
        Integer d = ChineseNumbers.ahead(in) ? number(in) : null;
        if (d == null && list.size() == 1 && (in.quiet("上旬") || in.quiet("中旬"))) {
            // 每年3月上旬, 每年3月中旬: the 10th, the 20th (as 11月上旬, §3)
            return new Period(12, in.s.startsWith("上", in.pos - 2) ? 10 : 20, list);
        }
        if (d == null && list.size() == 1 && in.quiet("下旬")) {
            return new Period(12, Month.of(list.get(0)).maxLength(), list);
        }
        if (d == null && list.size() == 1 && (in.quietOneOf(Words.END) != null || in.quiet("份")
                || in.atEnd() || !ChineseNumbers.isNumeral(in.peek()) && "上中下".indexOf(in.peek()) < 0
                && Words.BEFORE.at(in.s, in.pos) == null)) {
            // 每年3月底前, 每年12月, 每年3月份: the month's last day (29 for February, which a short month cuts to 28);
            // not 每年12月前, which may mean before December (N月前 is ambiguous)
            in.quietOneOf(Words.END);
            return new Period(12, Month.of(list.get(0)).maxLength(), list);
        }
        if (d != null && in.quietOneOf(Words.DAY_MARK) != null) {
            if (12 % list.size() != 0) {
                throw new Text.SemanticError(save, "one month per period: 1, 2, 3, 4, 6 or 12 months");
            }
            return checked(save, 12 / list.size(), checkDay(dStart, d), list);
        }
        in.pos = save;
        return null;
    }

    /**
     * A quarter ([第]N季度, N季) or a half (上半年, 下半年) of a year, with an optional 末 or 底, followed by the end of
     * the time limit's words (not by a month or a day: 一季度首月10日前 is another shape): the month it ends in, or 0
     * with the position unchanged.
     */
    private static int quarterOrHalf(Text in) {
        int save = in.pos;
        String half = in.quietOneOf(Words.HALVES);
        int month = 0;
        if (half != null) {
            month = half.equals("上半年") ? 6 : 12;
        } else {
            in.quiet("第");
            in.ws();
            if (ChineseNumbers.ahead(in)) {
                int qStart = in.pos;
                Integer q = number(in);
                if (q != null && in.quietOneOf(Words.QUARTER) != null) {
                    if (q < 1 || q > 4) {
                        throw new Text.SemanticError(qStart, "a quarter 1..4");
                    }
                    month = 3 * q;
                }
            }
        }
        if (month == 0) {
            in.pos = save;
            return 0;
        }
        in.quietOneOf(Words.END);
        in.ws();
        if (!in.atEnd() && (ChineseNumbers.isNumeral(in.peek()) || "首第末最".indexOf(in.peek()) >= 0)) {
            in.pos = save;
            return 0;
        }
        return month;
    }

    /** After 每月: 每月10日, 每月上旬, 每月月底. */
    private static Period monthly(Text in) {
        int save = in.pos;
        in.quiet("的");
        int dStart = in.pos;
        Integer d = ChineseNumbers.ahead(in) ? number(in) : null;
        if (d != null && in.quietOneOf(Words.DAY_MARK) != null) {
            return new Period(1, checkDay(dStart, d), List.of());
        }
        in.pos = save;
        // 每月上旬, 中旬, 下旬: due on the 10th, the 20th, the month's last day (as 11月上旬, §3)
        in.quiet("的");
        String third = in.quietOneOf(Words.THIRDS);
        if (third == null) {
            in.pos = save;
        }
        return new Period(1, "上旬".equals(third) ? 10 : "中旬".equals(third) ? 20 : 0, List.of());
    }

    /** A due day on given months, checked as {@link Recurring} does: one month in each period, the day in it. */
    private static Period checked(int at, int months, int day, List<Integer> dueMonths) {
        for (int i = 0; i < dueMonths.size(); i++) {
            int m = dueMonths.get(i);
            if ((m - 1) / months != i) {
                throw new Text.SemanticError(at, "month " + m + " in period " + (i + 1) + " of " + months + " months");
            }
            if (day > Month.of(m).maxLength()) {
                throw new Text.SemanticError(at, "a day 1.." + Month.of(m).maxLength() + " of month " + m);
            }
        }
        return new Period(months, day, List.copyOf(dueMonths));
    }

    /**
     * A month of each period: 首月 or 第一个月 (1), 第N个月, 末月 or 最后一个月 (the period's last); 0 if none.
     *
     * @throws Text.SemanticError if N is not a month of the period
     */
    private static int monthOfPeriod(Text in, int months) {
        int start = in.pos;
        in.quiet("的");
        int k = monthOfPeriodAfter(in, months);
        if (k == 0) {
            in.pos = start;
        }
        return k;
    }

    private static int monthOfPeriodAfter(Text in, int months) {
        if (in.quietOneOf(Words.FIRST_MONTH) != null) {
            return 1;
        }
        if (in.quietOneOf(Words.LAST_MONTH) != null) {
            return months;
        }
        int save = in.pos;
        if (in.quiet("第")) {
            int at = in.pos - 1;
            Integer k = ChineseNumbers.ahead(in) ? number(in) : null;
            if (k != null && in.quietOneOf(Words.MONTH) != null) {
                if (k < 1 || k > months) {
                    throw new Text.SemanticError(at, "a month of the period, 1.." + months);
                }
                return k;
            }
        }
        in.pos = save;
        return 0;
    }

    private static int checkDay(int at, int d) {
        if (d < 1 || d > 31) {
            throw new Text.SemanticError(at, "a day 1..31");
        }
        return d;
    }

    /** 1、4、7、10月: at most 12 months, each 1..12; null if this is not such a list. */
    private static List<Integer> monthList(Text in) {
        int save = in.pos;
        List<Integer> out = new ArrayList<>();
        while (out.size() < 12) {
            int mStart = in.pos;
            Integer m = number(in);
            if (m == null) {
                in.pos = save;
                return null;
            }
            if (m < 1 || m > 12) {
                if (in.quiet("月")) {
                    throw new Text.SemanticError(mStart, "a month 1..12");
                }
                in.pos = save;
                return null;
            }
            out.add(m);
            if (in.quietOneOf(Words.LIST_SEPARATORS) == null) {
                break;
            }
        }
        if (!in.quiet("月")) {
            in.pos = save;
            return null;
        }
        return out;
    }

    /** A minimum count (不少于2篇, 至少1次, 10条以上, 2次), or null. */
    private static Count count(Text in) {
        int save = in.pos;
        in.quiet(",");
        if (in.quietOneOf(Words.AT_LEAST) != null) {
            in.quietOneOf(Words.SHOULD);
            in.quietOneOf(Words.COUNT_VERBS);
            int nStart = in.pos;
            Integer n = number(in);
            if (n == null) {
                in.pos = save;
                return null;
            }
            if (in.quietOneOf(Words.COUNT_RANGE) != null) {
                number(in);
            }
            Measure m = measure(in);
            in.quietOneOf(Words.AND_ABOVE);
            return new Count(checkCount(nStart, n), m);
        }
        int nStart = in.pos;
        Integer n = number(in);
        if (n != null) {
            Measure m = measure(in);
            if (m != Measure.NONE && in.quietOneOf(Words.AND_ABOVE) != null || m == Measure.TIME) {
                return new Count(checkCount(nStart, n), m);
            }
        }
        in.pos = save;
        return null;
    }

    private static int checkCount(int at, int n) {
        if (n < 1) {
            throw new Text.SemanticError(at, "a count of at least 1");
        }
        if (n > MAX_COUNT) {
            throw new Text.SemanticError(at, "a count 1.." + MAX_COUNT);
        }
        return n;
    }

    private static Measure measure(Text in) {
        in.ws();
        if (!in.atEnd() && in.peek() == '期') {
            // 4期: issues of a bulletin, each one publication: read as times (次)
            in.pos++;
            return Measure.TIME;
        }
        if (!in.atEnd()) {
            Optional<Measure> m = Measure.fromChinese(in.peek());
            if (m.isPresent()) {
                in.pos++;
                return m.get();
            }
        }
        return Measure.NONE;
    }
}
