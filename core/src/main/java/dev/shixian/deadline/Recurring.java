package dev.shixian.deadline;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * A recurring obligation (定期任务, docs/RULES.md §4): once or more in each period of 1, 2, 3 (quarter), 4, 6 (half-year)
 * or 12 (year) months, periods aligned on January; due on the period's last day, on a given day of a given month in
 * each period, or where its {@link Anchor} says: a count after the period's end (期满后期限, §2.8), a day of the
 * month after the period, or a working day of the period (第N个工作日, 最后一个工作日). Periods of several years
 * (每两年, 每三年, 每五年: 24, 36, … {@value #MAX_MONTHS} months) start on 1 January of the plan's start year
 * (policy {@code yearsFromPlanYear}: no calendar of multi-year periods exists) and are due on their last day; they
 * take neither a due day nor an anchor.
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>Chinese</th><th>canonical</th><th>due in each period</th></tr>
 * <tr><td>每月 / 按月</td><td>monthly</td><td>last day of the month</td></tr>
 * <tr><td>每月10日前</td><td>monthly by day 10</td><td>the 10th</td></tr>
 * <tr><td>每2个月不少于1篇</td><td>every 2 months, at least 1 article</td><td>last day (Jan–Feb, Mar–Apr, …)</td></tr>
 * <tr><td>每季度一次</td><td>quarterly</td><td>last day of the quarter</td></tr>
 * <tr><td>每年1、4、7、10月8日之前</td><td>quarterly by day 8 of months 1, 4, 7, 10</td><td>the 8th of the
 *     quarter's first month</td></tr>
 * <tr><td>每半年</td><td>half-yearly</td><td>06-30, 12-31</td></tr>
 * <tr><td>每年 / 年内至少1次</td><td>yearly</td><td>12-31</td></tr>
 * <tr><td>每年1月31日前</td><td>yearly by 01-31</td><td>01-31</td></tr>
 * <tr><td>每两年 / 每2年一次</td><td>every 2 years</td><td>12-31 of the second year (2021–2022: 2022-12-31)</td></tr>
 * <tr><td>每五年不少于1次</td><td>every 5 years</td><td>12-31 of the fifth year</td></tr>
 * <tr><td>每季度结束后15日内</td><td>quarterly, 15 days after the end</td><td>the quarter's last day + 15 days,
 *     rolled forward to a working day (2021-Q1: Thu 2021-04-15)</td></tr>
 * <tr><td>季后10个工作日内</td><td>quarterly, 10 working days after the end</td><td>the 10th working day after the
 *     quarter's last day (2021-Q1: Thu 2021-04-15, 清明节 04-03..04-05 skipped)</td></tr>
 * <tr><td>每年度终了后3个月内</td><td>yearly, 3 months after the end</td><td>the year's last day + 3 months, rolled
 *     (2021: Thu 2022-03-31)</td></tr>
 * <tr><td>每季度结束后次月10日前</td><td>quarterly by day 10 of the next month</td><td>the 10th of the month after
 *     the quarter (2021-Q1: 2021-04-10), a fixed date (§3)</td></tr>
 * <tr><td>每季度第一个工作日</td><td>quarterly by working day 1</td><td>the quarter's first working day (2021-Q4:
 *     Fri 2021-10-08, after 国庆节)</td></tr>
 * <tr><td>每月前5个工作日内</td><td>monthly by working day 5</td><td>the month's 5th working day</td></tr>
 * <tr><td>每月最后一个工作日</td><td>monthly by the last working day</td><td>the month's last working day (2021-02:
 *     Fri 2021-02-26)</td></tr>
 * <tr><td>每月倒数第2个工作日</td><td>monthly by working day 2 from the end</td><td>the month's second-last working
 *     day</td></tr>
 * </table>
 * Whatever the anchor, a due belongs to its period: {@link Due#period()} is the period, even when the date falls
 * after it (the 2021-Q1 due of {@code quarterly, 15 days after the end} is 2021-04-15, period 2021-01-01..03-31).
 * A due day past the end of a short month (每月31日前 in February) is that month's last day (民法典第二百零二条 by
 * analogy). A minimum count (不少于N篇, 至少N次) is part of the obligation; a count of 1 with 次 is the same as none.
 *
 * @param months  the period length in months: 1, 2, 3, 4, 6, 12, or a multiple of 12 up to {@value #MAX_MONTHS}
 * @param dueDay  the day of the month it is due, 1–31, or 0 for the period's last day (always 0 for a period of
 *     several years)
 * @param dueMonths  for a due day, the month-of-year it is due in each period, one per period in order, each inside
 *     its period; empty when {@code dueDay} is 0; not null. Empty with a due day means each period's first month.
 * @param minimumCount  the minimum number of completions per period, 1 to 9999
 * @param measure  the measure word of the count, not null; {@link Measure#NONE} only with a count of 1
 * @param anchor  where in or after each period the due date is, not null; {@link Anchor#IN_PERIOD} for the due day
 *     or the period's last day; any other anchor needs a due day of 0
 */
public record Recurring(int months, int dueDay, List<Integer> dueMonths, int minimumCount, Measure measure,
        Anchor anchor) implements Deadline {

    /** The largest minimum count per period. */
    public static final int MAX_COUNT = 9999;

    /** The longest period, in months: {@value} (每十年). */
    public static final int MAX_MONTHS = 120;

    /**
     * Where in or after each period a recurring obligation is due (docs/RULES.md §2.8, §4). Build one with the
     * factories: {@link #afterEnd(int, AfterEvent.Counting)}, {@link #dayOfNextMonth(int)},
     * {@link #workingDay(int)}, {@link #lastWorkingDay(int)}, or use {@link #IN_PERIOD}.
     *
     * <table>
     * <caption>Kinds and their amounts</caption>
     * <tr><th>kind</th><th>Chinese</th><th>amount</th><th>counting</th></tr>
     * <tr><td>{@link Kind#IN_PERIOD}</td><td>每季度, 每月10日前</td><td>0</td><td>DAYS</td></tr>
     * <tr><td>{@link Kind#AFTER_END}</td><td>每季度结束后15日内, 季后10个工作日内, 年度终了后3个月内</td><td>1–366
     *     days, 1–250 working days, 1–12 months</td><td>DAYS, WORKING_DAYS or MONTHS</td></tr>
     * <tr><td>{@link Kind#DAY_OF_NEXT_MONTH}</td><td>每季度结束后次月10日前</td><td>the day, 1–31</td><td>DAYS</td></tr>
     * <tr><td>{@link Kind#NTH_WORKING_DAY}</td><td>每季度第一个工作日, 每月前5个工作日内</td><td>1–15</td>
     *     <td>WORKING_DAYS</td></tr>
     * <tr><td>{@link Kind#NTH_LAST_WORKING_DAY}</td><td>每月最后一个工作日, 每月倒数第2个工作日</td><td>1–15</td>
     *     <td>WORKING_DAYS</td></tr>
     * </table>
     * The working-day limit of 15 holds in every period: the fewest working days of any month under the State
     * Council notices 2004–2026 are 16 (February 2011). A period of a custom calendar with fewer working days than
     * the amount is refused at resolution.
     *
     * @param kind  the kind, not null
     * @param amount  the amount, as in the table
     * @param counting  what the amount counts, as in the table, not null
     */
    public record Anchor(Kind kind, int amount, AfterEvent.Counting counting) {

        /** The largest number of days after a period's end. */
        public static final int MAX_DAYS_AFTER = 366;
        /** The largest number of working days after a period's end. */
        public static final int MAX_WORKING_DAYS_AFTER = 250;
        /** The largest number of months after a period's end. */
        public static final int MAX_MONTHS_AFTER = 12;
        /** The largest N of the N-th (or N-th last) working day of a period. */
        public static final int MAX_WORKING_DAY = 15;

        /** Due on the due day or the period's last day, inside the period: the anchor of {@link #every(int)}. */
        public static final Anchor IN_PERIOD = new Anchor(Kind.IN_PERIOD, 0, AfterEvent.Counting.DAYS);

        /** The kinds of anchor. */
        public enum Kind {
            /** The due day of the due month, or the period's last day (每季度, 每月10日前). */
            IN_PERIOD,
            /**
             * A count after the period's last day E, by §2.2: working days are counted after E, calendar days and
             * months are added to E and rolled forward to a working day (每季度结束后15日内).
             */
            AFTER_END,
            /** A day of the month after the period, a fixed date as §3, rolled only by {@code rollFixedDates}. */
            DAY_OF_NEXT_MONTH,
            /** The N-th working day of the period, counted from its first day (每月前5个工作日内). */
            NTH_WORKING_DAY,
            /** The N-th last working day of the period, counted back from its last day (每月最后一个工作日). */
            NTH_LAST_WORKING_DAY
        }

        /**
         * Validates the parts.
         *
         * @param kind  the kind, not null
         * @param amount  the amount, in the range of the kind (class documentation)
         * @param counting  the counting, as the kind requires, not null
         * @throws IllegalArgumentException if the amount is out of range or the counting does not fit the kind
         */
        public Anchor {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(counting, "counting");
            switch (kind) {
                case IN_PERIOD:
                    require(amount == 0, "An in-period anchor has amount 0: " + amount);
                    require(counting == AfterEvent.Counting.DAYS, "An in-period anchor counts DAYS: " + counting);
                    break;
                case AFTER_END:
                    int max = maxAfter(counting);
                    require(max > 0, "A count after a period's end is in days, working days or months, not "
                            + counting.english(2));
                    require(amount >= 1 && amount <= max, "The " + counting.english(2) + " after a period's end must"
                            + " be 1.." + max + ": " + amount);
                    break;
                case DAY_OF_NEXT_MONTH:
                    require(amount >= 1 && amount <= 31, "The day of the next month must be 1..31: " + amount);
                    require(counting == AfterEvent.Counting.DAYS, "A day of the next month counts DAYS: " + counting);
                    break;
                default:
                    require(amount >= 1 && amount <= MAX_WORKING_DAY, "The working day of a period must be 1.."
                            + MAX_WORKING_DAY + ": " + amount);
                    require(counting == AfterEvent.Counting.WORKING_DAYS, "A working day of a period counts "
                            + "WORKING_DAYS: " + counting);
            }
        }

        private static int maxAfter(AfterEvent.Counting counting) {
            switch (counting) {
                case DAYS:
                    return MAX_DAYS_AFTER;
                case WORKING_DAYS:
                    return MAX_WORKING_DAYS_AFTER;
                case MONTHS:
                    return MAX_MONTHS_AFTER;
                default:
                    return 0;
            }
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }

        /**
         * Due a count after the period's last day. Example: {@code afterEnd(15, Counting.DAYS)} is 结束后15日内; for
         * 2021-Q1 it is due Thursday 2021-04-15.
         *
         * @param amount  1–366 days, 1–250 working days or 1–12 months
         * @param counting  {@link AfterEvent.Counting#DAYS}, {@link AfterEvent.Counting#WORKING_DAYS} or
         *     {@link AfterEvent.Counting#MONTHS}, not null
         * @return the anchor, not null
         * @throws IllegalArgumentException if the amount is out of range or the counting is years
         */
        public static Anchor afterEnd(int amount, AfterEvent.Counting counting) {
            return new Anchor(Kind.AFTER_END, amount, counting);
        }

        /**
         * Due on a day of the month after the period (次月10日前). Example: {@code dayOfNextMonth(10)} for 2021-Q1 is
         * due 2021-04-10; a day past that month's end is its last day.
         *
         * @param day  the day, 1–31
         * @return the anchor, not null
         * @throws IllegalArgumentException if the day is out of range
         */
        public static Anchor dayOfNextMonth(int day) {
            return new Anchor(Kind.DAY_OF_NEXT_MONTH, day, AfterEvent.Counting.DAYS);
        }

        /**
         * Due on the N-th working day of the period (第一个工作日, 前5个工作日内). Example: {@code workingDay(1)} for
         * 2021-Q4 is due Friday 2021-10-08, after 国庆节 10-01..10-07.
         *
         * @param n  1–15
         * @return the anchor, not null
         * @throws IllegalArgumentException if n is out of range
         */
        public static Anchor workingDay(int n) {
            return new Anchor(Kind.NTH_WORKING_DAY, n, AfterEvent.Counting.WORKING_DAYS);
        }

        /**
         * Due on the N-th last working day of the period (最后一个工作日, 倒数第2个工作日). Example:
         * {@code lastWorkingDay(1)} for 2021-02 is due Friday 2021-02-26.
         *
         * @param n  1–15
         * @return the anchor, not null
         * @throws IllegalArgumentException if n is out of range
         */
        public static Anchor lastWorkingDay(int n) {
            return new Anchor(Kind.NTH_LAST_WORKING_DAY, n, AfterEvent.Counting.WORKING_DAYS);
        }

        /**
         * Whether the due date lies after the period (counts after its end, or a day of the next month).
         *
         * @return true for {@link Kind#AFTER_END} and {@link Kind#DAY_OF_NEXT_MONTH}
         */
        public boolean isAfterPeriod() {
            return kind == Kind.AFTER_END || kind == Kind.DAY_OF_NEXT_MONTH;
        }
    }

    /**
     * A recurring obligation due inside each period ({@link Anchor#IN_PERIOD}), as before anchors existed; see
     * the canonical constructor for the parts and their normalisation.
     *
     * @param months  the period length in months: 1, 2, 3, 4, 6 or 12
     * @param dueDay  the day of the month it is due, 1 to 31, or 0 for the period's last day
     * @param dueMonths  the due months, one per period, or empty; not null
     * @param minimumCount  the minimum number of completions per period, 1 to 9999
     * @param measure  the measure word of the count, not null
     * @throws IllegalArgumentException if a part is out of range
     */
    public Recurring(int months, int dueDay, List<Integer> dueMonths, int minimumCount, Measure measure) {
        this(months, dueDay, dueMonths, minimumCount, measure, Anchor.IN_PERIOD);
    }

    /**
     * Validates and normalises the parts: a missing {@code dueMonths} becomes each period's first month, a count
     * of 1 with {@link Measure#TIME} becomes {@link Measure#NONE}, and a count above 1 with {@link Measure#NONE}
     * becomes {@link Measure#TIME}.
     *
     * @param months  the period length in months: 1, 2, 3, 4, 6, 12, or a multiple of 12 up to {@value #MAX_MONTHS}
     * @param dueDay  the day of the month it is due, 1 to 31, or 0 for the period's last day (the only choice for a
     *     period of several years)
     * @param dueMonths  for a due day, the month of the year it is due in each period, one per period in order, each
     *     inside its period; must be empty when {@code dueDay} is 0, and empty with a due day means each period's
     *     first month; not null
     * @param minimumCount  the minimum number of completions per period, 1 to 9999
     * @param measure  the measure word of the count, not null; normalised as described above
     * @param anchor  where the due date is, not null; an anchor other than {@link Anchor#IN_PERIOD} needs a due
     *     day of 0
     * @throws IllegalArgumentException if a part is out of range, or a due day is given with another anchor
     */
    public Recurring {
        Objects.requireNonNull(dueMonths, "dueMonths");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.kind() != Anchor.Kind.IN_PERIOD && dueDay != 0) {
            throw new IllegalArgumentException("A due day (" + dueDay + ") and the anchor " + anchor.kind()
                    + " exclude each other: the due day must be 0");
        }
        if (months < 1 || months > MAX_MONTHS || (months < 12 ? 12 % months : months % 12) != 0) {
            throw new IllegalArgumentException("Period must be 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 up to "
                    + MAX_MONTHS + ": " + months);
        }
        if (months > 12 && (dueDay != 0 || anchor.kind() != Anchor.Kind.IN_PERIOD)) {
            throw new IllegalArgumentException("A period of several years has no due day and no anchor (it is "
                    + "due on its last day): " + (dueDay != 0 ? "day " + dueDay : anchor.kind()));
        }
        if (dueDay < 0 || dueDay > 31) {
            throw new IllegalArgumentException("Due day must be 1..31, or 0 for the period's end: " + dueDay);
        }
        if (minimumCount < 1 || minimumCount > MAX_COUNT) {
            throw new IllegalArgumentException("Minimum count must be 1.." + MAX_COUNT + ": " + minimumCount);
        }
        if (dueDay == 0) {
            if (!dueMonths.isEmpty()) {
                throw new IllegalArgumentException("Due months need a due day: " + dueMonths);
            }
            dueMonths = List.of();
        } else if (dueMonths.isEmpty()) {
            List<Integer> first = new ArrayList<>();
            for (int m = 1; m <= 12; m += months) {
                first.add(m);
            }
            dueMonths = List.copyOf(first);
            checkDay(dueDay, months, dueMonths);
        } else {
            dueMonths = List.copyOf(dueMonths);
            if (dueMonths.size() != 12 / months) {
                throw new IllegalArgumentException("Need one due month per period (" + 12 / months + "): " + dueMonths);
            }
            for (int i = 0; i < dueMonths.size(); i++) {
                int m = dueMonths.get(i);
                if (m < 1 || m > 12 || (m - 1) / months != i) {
                    throw new IllegalArgumentException("Due month " + m + " is not in period " + (i + 1) + " of "
                            + months + " months");
                }
            }
            checkDay(dueDay, months, dueMonths);
        }
        if (measure == Measure.TIME && minimumCount == 1) {
            measure = Measure.NONE;
        } else if (measure == Measure.NONE && minimumCount > 1) {
            measure = Measure.TIME;
        }
    }

    /**
     * A due day must exist in each due month, except monthly (每月31日前 is due on each month's last day): the
     * canonical forms name the months of longer periods, which must then hold the day.
     */
    private static void checkDay(int dueDay, int months, List<Integer> dueMonths) {
        if (months == 1) {
            return;
        }
        for (int m : dueMonths) {
            if (dueDay > MonthDay.of(m, 1).getMonth().maxLength()) {
                throw new IllegalArgumentException("Day " + dueDay + " does not exist in month " + m + " (a due day "
                        + "of a period longer than a month must exist in each due month)");
            }
        }
    }

    /**
     * Due at the end of each period, once. Example: {@code every(3)} is {@code quarterly} (每季度一次).
     *
     * @param months  the period, 1, 2, 3, 4, 6, 12, or a multiple of 12 up to {@value #MAX_MONTHS}
     * @return the deadline, not null
     */
    public static Recurring every(int months) {
        return new Recurring(months, 0, List.of(), 1, Measure.NONE);
    }

    /**
     * Due at the end of each period of {@code years} years, once: {@code every(12 * years)}. Example:
     * {@code everyYears(2)} is {@code every 2 years} (每2年一次); in a plan starting in 2021 its periods are
     * 2021–2022, 2023–2024, … due 2022-12-31, 2024-12-31, ….
     *
     * @param years  the period, 1 to 10 years ({@link #MAX_MONTHS} / 12)
     * @return the deadline, not null
     * @throws IllegalArgumentException if {@code years} is out of range
     */
    public static Recurring everyYears(int years) {
        if (years < 1 || years > MAX_MONTHS / 12) {
            throw new IllegalArgumentException("Period must be 1.." + MAX_MONTHS / 12 + " years: " + years);
        }
        return every(12 * years);
    }

    /**
     * A copy due on a day of each period's first month, replacing any anchor. Example:
     * {@code every(1).withDueDay(10)} is {@code monthly by day 10} (每月10日前).
     *
     * @param day  the day, 1 to 31
     * @return the deadline, not null
     */
    public Recurring withDueDay(int day) {
        return new Recurring(months, day, List.of(), minimumCount, measure, Anchor.IN_PERIOD);
    }

    /**
     * A copy due on a day of given months, one per period, replacing any anchor. Example:
     * {@code every(3).withDueDay(8, List.of(1, 4, 7, 10))} is {@code quarterly by day 8 of months 1, 4, 7, 10}
     * (每年1、4、7、10月8日之前).
     *
     * @param day  the day, 1 to 31
     * @param dueMonths  the months of the year, one per period, not null
     * @return the deadline, not null
     */
    public Recurring withDueDay(int day, List<Integer> dueMonths) {
        return new Recurring(months, day, dueMonths, minimumCount, measure, Anchor.IN_PERIOD);
    }

    /**
     * A copy due at an anchor, without a due day. Example: {@code every(3).withAnchor(Anchor.workingDay(1))} is
     * {@code quarterly by working day 1} (每季度第一个工作日).
     *
     * @param newAnchor  the anchor, not null
     * @return the deadline, not null
     */
    public Recurring withAnchor(Anchor newAnchor) {
        Objects.requireNonNull(newAnchor, "newAnchor");
        return newAnchor.kind() == Anchor.Kind.IN_PERIOD ? new Recurring(months, dueDay, dueMonths, minimumCount,
                measure, newAnchor) : new Recurring(months, 0, List.of(), minimumCount, measure, newAnchor);
    }

    /**
     * A copy due a count after each period's last day (期满后期限, docs/RULES.md §2.8). Example:
     * {@code every(3).withDueAfterEnd(15, Counting.DAYS)} is {@code quarterly, 15 days after the end}
     * (每季度结束后15日内): 2021-Q1 ends Wednesday 03-31, and 15 days later is Thursday 2021-04-15.
     *
     * @param amount  1–366 days, 1–250 working days or 1–12 months
     * @param counting  days, working days or months, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the amount is out of range or the counting is years
     */
    public Recurring withDueAfterEnd(int amount, AfterEvent.Counting counting) {
        return withAnchor(Anchor.afterEnd(amount, counting));
    }

    /**
     * A copy due on a day of the month after each period (次月10日前). Example:
     * {@code every(3).withDueInNextMonth(10)} is {@code quarterly by day 10 of the next month} (每季度结束后次月10日前):
     * 2021-04-10 for 2021-Q1.
     *
     * @param day  the day, 1–31; a day past the month's end is its last day
     * @return the deadline, not null
     */
    public Recurring withDueInNextMonth(int day) {
        return withAnchor(Anchor.dayOfNextMonth(day));
    }

    /**
     * A copy due on the N-th working day of each period. Example: {@code every(1).withDueOnWorkingDay(5)} is
     * {@code monthly by working day 5} (每月前5个工作日内).
     *
     * @param n  1–15
     * @return the deadline, not null
     */
    public Recurring withDueOnWorkingDay(int n) {
        return withAnchor(Anchor.workingDay(n));
    }

    /**
     * A copy due on the N-th last working day of each period. Example: {@code every(1).withDueOnLastWorkingDay(1)}
     * is {@code monthly by the last working day} (每月最后一个工作日): Friday 2021-02-26 for February 2021.
     *
     * @param n  1–15
     * @return the deadline, not null
     */
    public Recurring withDueOnLastWorkingDay(int n) {
        return withAnchor(Anchor.lastWorkingDay(n));
    }

    /**
     * A copy with a minimum count per period. Example: {@code every(2).withMinimumCount(1, Measure.ARTICLE)} is
     * {@code every 2 months, at least 1 article} (每2个月不少于1篇).
     *
     * @param count  the count, 1 to 9999
     * @param measure  the measure word (量词), not null
     * @return the deadline, not null
     */
    public Recurring withMinimumCount(int count, Measure measure) {
        return new Recurring(months, dueDay, dueMonths, count, measure, anchor);
    }

    /**
     * The canonical English form: {@code monthly}, {@code every 2 months}, {@code quarterly}, {@code half-yearly},
     * {@code yearly}, {@code every 2 years}, then a due day ({@code by day 10}, {@code by day 8 of months 1, 4, 7, 10},
     * {@code by 01-31} for yearly) or an anchor ({@code , 15 days after the end}, {@code by day 10 of the next month},
     * {@code by working day 5}, {@code by the last working day}, {@code by working day 2 from the end}), then a count
     * ({@code , at least 2 articles}).
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(frequency());
        int n = anchor.amount();
        switch (anchor.kind()) {
            case AFTER_END:
                b.append(", ").append(n).append(' ').append(anchor.counting().english(n)).append(" after the end");
                break;
            case DAY_OF_NEXT_MONTH:
                b.append(" by day ").append(n).append(" of the next month");
                break;
            case NTH_WORKING_DAY:
                b.append(" by working day ").append(n);
                break;
            case NTH_LAST_WORKING_DAY:
                b.append(n == 1 ? " by the last working day" : " by working day " + n + " from the end");
                break;
            default:
                break;
        }
        if (dueDay > 0) {
            if (months == 1) {
                b.append(" by day ").append(dueDay);
            } else if (months == 12) {
                b.append(String.format(Locale.ROOT, " by %02d-%02d", dueMonths.get(0), dueDay));
            } else {
                b.append(" by day ").append(dueDay).append(" of months ")
                        .append(dueMonths.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        if (measure != Measure.NONE) {
            b.append(", at least ").append(minimumCount).append(' ').append(measure.english(minimumCount));
        }
        return b.toString();
    }

    private String frequency() {
        switch (months) {
            case 1:
                return "monthly";
            case 3:
                return "quarterly";
            case 6:
                return "half-yearly";
            case 12:
                return "yearly";
            default:
                return months > 12 ? "every " + months / 12 + " years" : "every " + months + " months";
        }
    }

    /**
     * The canonical Chinese form: 每季度一次, 每2个月不少于1篇, 每月10日前, 每年1、4、7、10月8日前, 每年1月31日前,
     * 每2年一次, 每季度结束后15日内, 每季度结束后10个工作日内, 每年度结束后3个月内, 每季度结束后次月10日前,
     * 每季度第一个工作日, 每月前5个工作日内, 每月最后一个工作日, 每月倒数第2个工作日.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        StringBuilder b = new StringBuilder();
        if (anchor.kind() != Anchor.Kind.IN_PERIOD) {
            b.append(months == 12 && anchor.isAfterPeriod() ? "每年度" : chinesePeriod());
            int n = anchor.amount();
            switch (anchor.kind()) {
                case AFTER_END:
                    b.append("结束后").append(n).append(anchor.counting().chinese()).append("内");
                    break;
                case DAY_OF_NEXT_MONTH:
                    b.append("结束后次月").append(n).append("日前");
                    break;
                case NTH_WORKING_DAY:
                    b.append(n == 1 ? "第一个工作日" : "前" + n + "个工作日内");
                    break;
                default:
                    b.append(n == 1 ? "最后一个工作日" : "倒数第" + n + "个工作日");
            }
            if (measure != Measure.NONE) {
                b.append("不少于").append(minimumCount).append(measure.chinese());
            }
            return b.toString();
        }
        if (dueDay > 0 && months != 1) {
            b.append("每年").append(dueMonths.stream().map(String::valueOf).collect(Collectors.joining("、")))
                    .append("月").append(dueDay).append("日前");
        } else {
            b.append(chinesePeriod());
            if (dueDay > 0) {
                b.append(dueDay).append("日前");
            }
        }
        if (measure != Measure.NONE) {
            b.append("不少于").append(minimumCount).append(measure.chinese());
        } else if (dueDay == 0) {
            b.append("一次");
        }
        return b.toString();
    }

    private String chinesePeriod() {
        switch (months) {
            case 1:
                return "每月";
            case 3:
                return "每季度";
            case 6:
                return "每半年";
            case 12:
                return "每年";
            default:
                return "每" + (months > 12 ? months / 12 + "年" : months + "个月");
        }
    }
}
