package dev.shixian.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;

/**
 * A fixed date (期日), with or without a year: "2021年11月15日前" or "11月15日前". "前" is read as inclusive
 * (docs/RULES.md §3): the due date is the date itself, and it does not roll forward when it falls on a day off unless
 * the policy {@link DeadlinePolicy#rollFixedDates()} says so. Without a year, the plan's year applies.
 *
 * <p>Example: {@code by 11-15} in plan year 2021 is due on Monday 2021-11-15.
 *
 * <p>A year relative to the plan's year (docs/RULES.md §3): 次年1月31日前 (the year after, {@code by 01-31 next
 * year}, {@link #relative(int, MonthDay) relative(1, MonthDay.of(1, 31))}) is due 2022-01-31 in a 2021 plan;
 * 上一年度12月31日前 (the year before, {@code by 12-31 previous year}) is due 2020-12-31. 次年, 下一年度, 翌年, 明年
 * are the year after; 上一年度, 上年度, 上年, 去年 the year before; 当年, 本年度, 今年 the plan's year itself, which is
 * the same value as no year ({@code relative(0, md)} equals {@code of(md)}). Offsets are
 * {@value #MIN_PLAN_YEAR_OFFSET} to {@value #MAX_PLAN_YEAR_OFFSET}; a date has either its own year or an offset.
 *
 * <p>A year is {@value #MIN_YEAR} to {@value #MAX_YEAR}, the years both canonical forms can write with four
 * digits ({@code by 2021-11-15}, 2021年11月15日前); other years are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FixedDate implements Deadline {

    /** The earliest year of a fixed date or period end. */
    public static final int MIN_YEAR = 1000;
    /** The latest year of a fixed date or period end. */
    public static final int MAX_YEAR = 9999;

    /** The earliest year relative to the plan's year: the year before (上一年度). */
    public static final int MIN_PLAN_YEAR_OFFSET = -1;
    /** The latest year relative to the plan's year: the year after (次年). */
    public static final int MAX_PLAN_YEAR_OFFSET = 1;

    /** The year, or null when the plan's year (plus the offset) applies. */
    private final Year year;
    /** The years after the plan's year, 0 when the year is absolute or the plan's. */
    private final int offset;
    private final MonthDay monthDay;

    private FixedDate(Year year, int offset, MonthDay monthDay) {
        this.year = checkYear(year);
        this.offset = checkOffset(offset);
        this.monthDay = Objects.requireNonNull(monthDay, "monthDay");
        if (year != null && !monthDay.isValidYear(year.getValue())) {
            throw new IllegalArgumentException("Date " + monthDay + " does not exist in " + year);
        }
    }

    static Year checkYear(Year year) {
        if (year != null && (year.getValue() < MIN_YEAR || year.getValue() > MAX_YEAR)) {
            throw new IllegalArgumentException("Year must be " + MIN_YEAR + ".." + MAX_YEAR + ": " + year);
        }
        return year;
    }

    static int checkOffset(int offset) {
        if (offset < MIN_PLAN_YEAR_OFFSET || offset > MAX_PLAN_YEAR_OFFSET) {
            throw new IllegalArgumentException("Years after the plan's year must be " + MIN_PLAN_YEAR_OFFSET + ".."
                    + MAX_PLAN_YEAR_OFFSET + ": " + offset);
        }
        return offset;
    }

    /**
     * The year {@code offset} years after the plan's year.
     *
     * @throws DeadlineResolutionException if that year is beyond {@link Year#MIN_VALUE}..{@link Year#MAX_VALUE}
     */
    static Year inPlanYear(Deadline d, Year planYear, int offset) {
        long y = (long) planYear.getValue() + offset;
        if (y < Year.MIN_VALUE || y > Year.MAX_VALUE) {
            throw new DeadlineResolutionException(d, "a plan year with a year " + (offset > 0 ? "after" : "before")
                    + " it, not " + planYear);
        }
        return Year.of((int) y);
    }

    /** The English words of a year relative to the plan's: " next year", " previous year", or "" for 0. */
    static String englishOffset(int offset) {
        return offset == 0 ? "" : offset > 0 ? " next year" : " previous year";
    }

    /** The Chinese words of a year relative to the plan's: 次年, 上一年度, or "" for 0. */
    static String chineseOffset(int offset) {
        return offset == 0 ? "" : offset > 0 ? "次年" : "上一年度";
    }

    /**
     * A fixed date in a given year. Example: {@code of(Year.of(2021), MonthDay.of(11, 15))} is {@code by 2021-11-15}.
     *
     * @param year  the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}, not null
     * @param monthDay  the month and day, not null, existing in that year (no 2021-02-29)
     * @return the deadline, not null
     * @throws IllegalArgumentException if the year is out of range or the month-day does not exist in it
     */
    public static FixedDate of(Year year, MonthDay monthDay) {
        return new FixedDate(Objects.requireNonNull(year, "year"), 0, monthDay);
    }

    /**
     * A fixed date with a year. Example: {@code FixedDate.of(LocalDate.of(2021, 11, 15))} is {@code by 2021-11-15}.
     *
     * @param date  the date, in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static FixedDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FixedDate(Year.of(date.getYear()), 0, MonthDay.from(date));
    }

    /**
     * A fixed date without a year, taking the plan's year. Example: {@code of(MonthDay.of(11, 15))} is
     * {@code by 11-15}.
     *
     * @param monthDay  the month and day, not null
     * @return the deadline, not null
     */
    public static FixedDate of(MonthDay monthDay) {
        return new FixedDate(null, 0, monthDay);
    }

    /**
     * A fixed date in a year relative to the plan's year. Example: {@code relative(1, MonthDay.of(1, 31))} is
     * {@code by 01-31 next year} (次年1月31日前), due 2022-01-31 in a 2021 plan; {@code relative(-1,
     * MonthDay.of(12, 31))} is {@code by 12-31 previous year} (上一年度12月31日前), due 2020-12-31; {@code relative(0,
     * md)} (当年) equals {@code of(md)}.
     *
     * @param yearsAfterPlan  the years after the plan's year, {@value #MIN_PLAN_YEAR_OFFSET} to
     *     {@value #MAX_PLAN_YEAR_OFFSET}
     * @param monthDay  the month and day, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the offset is out of range
     */
    public static FixedDate relative(int yearsAfterPlan, MonthDay monthDay) {
        return new FixedDate(null, yearsAfterPlan, monthDay);
    }

    /**
     * The year of the date.
     *
     * @return the year, empty when the plan's year applies, or a year relative to it
     *     ({@link #planYearOffset()})
     */
    public Optional<Year> year() {
        return Optional.ofNullable(year);
    }

    /**
     * The year relative to the plan's year. Example: 1 for 次年1月31日前 ({@code by 01-31 next year}), -1 for
     * 上一年度12月31日前, 0 for 2021年1月31日前 and for 1月31日前 (当年1月31日前 is the same value).
     *
     * @return the years after the plan's year, {@value #MIN_PLAN_YEAR_OFFSET} to {@value #MAX_PLAN_YEAR_OFFSET};
     *     0 when the year is absolute or the plan's
     */
    public int planYearOffset() {
        return offset;
    }

    /**
     * The month and day.
     *
     * @return the month-day, not null
     */
    public MonthDay monthDay() {
        return monthDay;
    }

    /**
     * The date in a given plan year, or in this deadline's own year if it has one; a year relative to the plan's is
     * counted from {@code planYear}. Example: {@code by 11-15} in 2021 is 2021-11-15; {@code by 01-31 next year}
     * (次年1月31日前) in 2021 is 2022-01-31; {@code by 2020-11-15} is 2020-11-15 in any plan year.
     *
     * @param planYear  the plan's year, used when this deadline has no year of its own, not null
     * @return the date, not null
     * @throws DeadlineResolutionException if the month-day does not exist in that year (02-29), or the year relative
     *     to the plan's does not exist (the year after {@link Year#MAX_VALUE})
     */
    public LocalDate dateIn(Year planYear) {
        Objects.requireNonNull(planYear, "planYear");
        Year y = year != null ? year : inPlanYear(this, planYear, offset);
        if (!monthDay.isValidYear(y.getValue())) {
            throw new DeadlineResolutionException(this, "a year in which " + monthDay + " exists, not " + y);
        }
        return monthDay.atYear(y.getValue());
    }

    /**
     * Compares the year (or its absence), the year relative to the plan's and the month-day.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FixedDate other && Objects.equals(year, other.year) && offset == other.offset
                && monthDay.equals(other.monthDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, offset, monthDay);
    }

    /**
     * The canonical English form: {@code by 2021-11-15}, {@code by 11-15}, {@code by 01-31 next year} or
     * {@code by 12-31 previous year}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "by " + (year == null ? "" : year + "-") + String.format(Locale.ROOT, "%02d-%02d",
                monthDay.getMonthValue(), monthDay.getDayOfMonth()) + englishOffset(offset);
    }

    /**
     * The canonical Chinese form: 2021年11月15日前, 11月15日前, 次年1月31日前 or 上一年度12月31日前.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return (year == null ? chineseOffset(offset) : year + "年") + monthDay.getMonthValue() + "月"
                + monthDay.getDayOfMonth() + "日前";
    }
}
