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

    /** The year, or null when the plan's year applies. */
    private final Year year;
    private final MonthDay monthDay;

    private FixedDate(Year year, MonthDay monthDay) {
        this.year = checkYear(year);
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

    /**
     * A fixed date in a given year. Example: {@code of(Year.of(2021), MonthDay.of(11, 15))} is {@code by 2021-11-15}.
     *
     * @param year  the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}, not null
     * @param monthDay  the month and day, not null, existing in that year (no 2021-02-29)
     * @return the deadline, not null
     * @throws IllegalArgumentException if the year is out of range or the month-day does not exist in it
     */
    public static FixedDate of(Year year, MonthDay monthDay) {
        return new FixedDate(Objects.requireNonNull(year, "year"), monthDay);
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
        return new FixedDate(Year.of(date.getYear()), MonthDay.from(date));
    }

    /**
     * A fixed date without a year, taking the plan's year. Example: {@code of(MonthDay.of(11, 15))} is
     * {@code by 11-15}.
     *
     * @param monthDay  the month and day, not null
     * @return the deadline, not null
     */
    public static FixedDate of(MonthDay monthDay) {
        return new FixedDate(null, monthDay);
    }

    /**
     * The year of the date.
     *
     * @return the year, empty when the plan's year applies
     */
    public Optional<Year> year() {
        return Optional.ofNullable(year);
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
     * The date in a given year, or in this deadline's own year if it has one.
     * Example: {@code by 11-15} in 2021 is 2021-11-15.
     *
     * @param planYear  the year to use when this deadline has none, not null
     * @return the date, not null
     * @throws DeadlineResolutionException if the month-day does not exist in that year (02-29)
     */
    public LocalDate dateIn(Year planYear) {
        Objects.requireNonNull(planYear, "planYear");
        Year y = year != null ? year : planYear;
        if (!monthDay.isValidYear(y.getValue())) {
            throw new DeadlineResolutionException(this, "a year in which " + monthDay + " exists, not " + y);
        }
        return monthDay.atYear(y.getValue());
    }

    /**
     * Compares the year (or its absence) and the month-day.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FixedDate other && Objects.equals(year, other.year)
                && monthDay.equals(other.monthDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, monthDay);
    }

    /**
     * The canonical English form: {@code by 2021-11-15} or {@code by 11-15}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "by " + (year == null ? "" : year + "-") + String.format(Locale.ROOT, "%02d-%02d",
                monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    /**
     * The canonical Chinese form: 2021年11月15日前 or 11月15日前.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return (year == null ? "" : year + "年") + monthDay.getMonthValue() + "月" + monthDay.getDayOfMonth() + "日前";
    }
}
