package dev.shixian.deadline;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;

/**
 * A weekly obligation (每周, 每两周, 每周五前; docs/RULES.md §4): once or more in each period of 1 to
 * {@value #MAX_WEEKS} calendar weeks, due on the period's last day (a Sunday) or on a given weekday of the period's
 * last week.
 *
 * <p>Weeks run Monday to Sunday (ISO 8601; 《国务院关于职工工作时间的规定》第七条 names 星期六和星期日 the weekly rest
 * days, so a working week ends on Sunday). A period of several weeks is aligned on the Monday of the week that
 * contains the plan's start (policy {@code weeksFromPlanStart}); the first period counts in full, like the first
 * period of a {@link Recurring} one (policy {@code januaryAligned}), and so does the last.
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><th>Chinese</th><th>canonical</th><th>due in each period</th></tr>
 * <tr><td>每周 / 每周一次 / 每周至少更新一次</td><td>weekly</td><td>Sunday</td></tr>
 * <tr><td>每周五前 / 每周五下班前</td><td>weekly by Friday</td><td>Friday</td></tr>
 * <tr><td>每周一前</td><td>weekly by Monday</td><td>Monday</td></tr>
 * <tr><td>每两周 / 每2周一次</td><td>every 2 weeks</td><td>the second week's Sunday</td></tr>
 * <tr><td>每2周周五前</td><td>every 2 weeks by Friday</td><td>the second week's Friday</td></tr>
 * <tr><td>每周不少于2篇</td><td>weekly, at least 2 articles</td><td>Sunday; at least 2 articles</td></tr>
 * </table>
 * Example: {@code weekly by Friday} in the week of 国庆 2021 (Mon 09-27 to Sun 10-03) is due Friday 2021-10-01, a
 * holiday: a due weekday is a given day and, like a fixed date, does not roll unless the policy
 * {@link DeadlinePolicy#rollFixedDates()} says so (then Friday 2021-10-08, the first working day after the 国庆
 * holiday); a period's Sunday rolls only under {@link DeadlinePolicy#rollPeriodEnds()}.
 *
 * <p>每周 with a weekday is never a count: 每周一次 is once a week, 每周一前 and 每周一更新 are Monday. A number of days
 * (每7天, 每7日至少更新一次, 超过7天未更新, 超过两周未更新) is a {@link Freshness} rule, not a calendar week.
 *
 * @param weeks  the period length in weeks, 1 to {@value #MAX_WEEKS}
 * @param dueWeekday  the ISO weekday it is due in the period's last week, 1 (Monday) to 7 (Sunday), or 0 for the
 *     period's last day (its Sunday, rolled as a period end)
 * @param minimumCount  the minimum number of completions per period, 1 to {@value Recurring#MAX_COUNT}
 * @param measure  the measure word of the count, not null; {@link Measure#NONE} only with a count of 1
 */
public record Weekly(int weeks, int dueWeekday, int minimumCount, Measure measure) implements Deadline {

    /** The longest period, in weeks: {@value}, a year of weeks. */
    public static final int MAX_WEEKS = 52;

    private static final String[] ENGLISH_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] CHINESE_DAYS = {"一", "二", "三", "四", "五", "六", "日"};

    /**
     * Validates and normalises the parts: a count of 1 with {@link Measure#TIME} becomes {@link Measure#NONE}, and a
     * count above 1 with {@link Measure#NONE} becomes {@link Measure#TIME}, as in {@link Recurring}.
     *
     * @param weeks  the period length in weeks, 1 to {@value #MAX_WEEKS}
     * @param dueWeekday  the ISO weekday, 1 (Monday) to 7 (Sunday), or 0 for the period's last day
     * @param minimumCount  the minimum number of completions per period, 1 to {@value Recurring#MAX_COUNT}
     * @param measure  the measure word of the count, not null
     * @throws IllegalArgumentException if a part is out of range
     */
    public Weekly {
        Objects.requireNonNull(measure, "measure");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("Period must be 1.." + MAX_WEEKS + " weeks: " + weeks);
        }
        if (dueWeekday < 0 || dueWeekday > 7) {
            throw new IllegalArgumentException("Due weekday must be 1 (Monday)..7 (Sunday), or 0 for the period's "
                    + "end: " + dueWeekday);
        }
        if (minimumCount < 1 || minimumCount > Recurring.MAX_COUNT) {
            throw new IllegalArgumentException("Minimum count must be 1.." + Recurring.MAX_COUNT + ": "
                    + minimumCount);
        }
        if (measure == Measure.TIME && minimumCount == 1) {
            measure = Measure.NONE;
        } else if (measure == Measure.NONE && minimumCount > 1) {
            measure = Measure.TIME;
        }
    }

    /**
     * Due at the end of each period of {@code weeks} weeks, once. Example: {@code every(1)} is {@code weekly}
     * (每周一次), {@code every(2)} is {@code every 2 weeks} (每2周一次).
     *
     * @param weeks  the period, 1 to {@value #MAX_WEEKS} weeks
     * @return the deadline, not null
     * @throws IllegalArgumentException if {@code weeks} is out of range
     */
    public static Weekly every(int weeks) {
        return new Weekly(weeks, 0, 1, Measure.NONE);
    }

    /**
     * A copy due on a weekday of each period's last week. Example: {@code every(1).by(DayOfWeek.FRIDAY)} is
     * {@code weekly by Friday} (每周五前).
     *
     * @param day  the weekday, not null
     * @return the deadline, not null
     */
    public Weekly by(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return new Weekly(weeks, day.getValue(), minimumCount, measure);
    }

    /**
     * A copy with a minimum count per period. Example: {@code every(1).withMinimumCount(2, Measure.ARTICLE)} is
     * {@code weekly, at least 2 articles} (每周不少于2篇).
     *
     * @param count  the count, 1 to {@value Recurring#MAX_COUNT}
     * @param newMeasure  the measure word (量词), not null
     * @return the deadline, not null
     */
    public Weekly withMinimumCount(int count, Measure newMeasure) {
        return new Weekly(weeks, dueWeekday, count, newMeasure);
    }

    /**
     * The weekday it is due, if one is given. Example: {@link DayOfWeek#FRIDAY} for 每周五前, empty for 每周 (due on
     * the period's Sunday).
     *
     * @return the weekday, or empty for the period's last day
     */
    public Optional<DayOfWeek> dueDayOfWeek() {
        return dueWeekday == 0 ? Optional.empty() : Optional.of(DayOfWeek.of(dueWeekday));
    }

    /**
     * The canonical English form: {@code weekly} or {@code every 2 weeks}, then a due weekday ({@code by Friday}),
     * then a count ({@code , at least 2 articles}). Example: {@code every 2 weeks by Friday, at least 2 articles}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(weeks == 1 ? "weekly" : "every " + weeks + " weeks");
        if (dueWeekday > 0) {
            b.append(" by ").append(ENGLISH_DAYS[dueWeekday - 1]);
        }
        if (measure != Measure.NONE) {
            b.append(", at least ").append(minimumCount).append(' ').append(measure.english(minimumCount));
        }
        return b.toString();
    }

    /**
     * The canonical Chinese form: 每周一次, 每2周一次, 每周五前, 每2周周五前, 每周不少于2篇.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        StringBuilder b = new StringBuilder("每");
        if (weeks > 1) {
            b.append(weeks);
        }
        b.append('周');
        if (dueWeekday > 0) {
            if (weeks > 1) {
                b.append('周');
            }
            b.append(CHINESE_DAYS[dueWeekday - 1]).append('前');
        }
        if (measure != Measure.NONE) {
            b.append("不少于").append(minimumCount).append(measure.chinese());
        } else if (dueWeekday == 0) {
            b.append("一次");
        }
        return b.toString();
    }
}
