package dev.shixian.deadline;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Locale;

/**
 * A recurring obligation (定期任务, docs/RULES.md §4): once or more in each period of 1, 2, 3 (quarter), 4, 6 (half-year)
 * or 12 (year) months, periods aligned on January; due on the period's last day, or on a given day of a given month
 * in each period. Periods of several years (每两年, 每三年, 每五年: 24, 36, … {@value #MAX_MONTHS} months) start on
 * 1 January of the plan's start year (policy {@code yearsFromPlanYear}: no calendar of multi-year periods exists)
 * and are due on their last day; they take no due day.
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
 * </table>
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
 */
public record Recurring(int months, int dueDay, List<Integer> dueMonths, int minimumCount, Measure measure)
        implements Deadline {

    /** The largest minimum count per period. */
    public static final int MAX_COUNT = 9999;

    /** The longest period, in months: {@value} (每十年). */
    public static final int MAX_MONTHS = 120;

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
     * @throws IllegalArgumentException if a part is out of range
     */
    public Recurring {
        Objects.requireNonNull(dueMonths, "dueMonths");
        Objects.requireNonNull(measure, "measure");
        if (months < 1 || months > MAX_MONTHS || (months < 12 ? 12 % months : months % 12) != 0) {
            throw new IllegalArgumentException("Period must be 1, 2, 3, 4, 6 or 12 months, or a multiple of 12 up to "
                    + MAX_MONTHS + ": " + months);
        }
        if (months > 12 && dueDay != 0) {
            throw new IllegalArgumentException("A period of several years has no due day (it is due on its last "
                    + "day): " + dueDay);
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
     * A copy due on a day of each period's first month. Example: {@code every(1).withDueDay(10)} is
     * {@code monthly by day 10} (每月10日前).
     *
     * @param day  the day, 1 to 31
     * @return the deadline, not null
     */
    public Recurring withDueDay(int day) {
        return new Recurring(months, day, List.of(), minimumCount, measure);
    }

    /**
     * A copy due on a day of given months, one per period. Example:
     * {@code every(3).withDueDay(8, List.of(1, 4, 7, 10))} is {@code quarterly by day 8 of months 1, 4, 7, 10}
     * (每年1、4、7、10月8日之前).
     *
     * @param day  the day, 1 to 31
     * @param dueMonths  the months of the year, one per period, not null
     * @return the deadline, not null
     */
    public Recurring withDueDay(int day, List<Integer> dueMonths) {
        return new Recurring(months, day, dueMonths, minimumCount, measure);
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
        return new Recurring(months, dueDay, dueMonths, count, measure);
    }

    /**
     * The canonical English form: {@code monthly}, {@code every 2 months}, {@code quarterly}, {@code half-yearly},
     * {@code yearly}, {@code every 2 years}, then a due day ({@code by day 10}, {@code by day 8 of months 1, 4, 7, 10},
     * {@code by 01-31} for yearly), then a count ({@code , at least 2 articles}).
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(frequency());
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
     * 每2年一次.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        StringBuilder b = new StringBuilder();
        if (dueDay > 0 && months != 1) {
            b.append("每年").append(dueMonths.stream().map(String::valueOf).collect(Collectors.joining("、")))
                    .append("月").append(dueDay).append("日前");
        } else {
            switch (months) {
                case 1:
                    b.append("每月");
                    break;
                case 3:
                    b.append("每季度");
                    break;
                case 6:
                    b.append("每半年");
                    break;
                case 12:
                    b.append("每年");
                    break;
                default:
                    b.append("每").append(months > 12 ? months / 12 + "年" : months + "个月");
            }
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
}
