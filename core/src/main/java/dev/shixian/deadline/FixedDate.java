package dev.shixian.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;

/**
 * A fixed date (期日), with or without a year: "2021年11月15日前" or "11月15日前". "前" is read as inclusive
 * (SEMANTICS §3): the due date is the date itself, and it does not roll forward when it falls on a day off unless
 * the policy {@link DeadlinePolicy#rollFixedDates()} says so. Without a year, the plan's year applies.
 *
 * <p>Example: {@code by 11-15} in plan year 2021 is due on Monday 2021-11-15.
 *
 * @param year  the year, empty when the plan's year applies, not null
 * @param monthDay  the month and day, not null; with a year it must exist in that year (no 2021-02-29)
 */
public record FixedDate(Optional<Year> year, MonthDay monthDay) implements Deadline {

    /**
     * Validates the parts.
     *
     * @param year  the year, empty when the plan's year applies, not null
     * @param monthDay  the month and day, not null; with a year it must exist in that year (no 2021-02-29)
     * @throws IllegalArgumentException if the month-day does not exist in the year
     */
    public FixedDate {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(monthDay, "monthDay");
        if (year.isPresent() && !monthDay.isValidYear(year.get().getValue())) {
            throw new IllegalArgumentException("Date " + monthDay + " does not exist in " + year.get());
        }
    }

    /**
     * A fixed date with a year. Example: {@code FixedDate.of(LocalDate.of(2021, 11, 15))} is {@code by 2021-11-15}.
     *
     * @param date  the date, not null
     * @return the deadline, not null
     */
    public static FixedDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new FixedDate(Optional.of(Year.of(date.getYear())), MonthDay.from(date));
    }

    /**
     * A fixed date without a year, taking the plan's year. Example: {@code of(MonthDay.of(11, 15))} is
     * {@code by 11-15}.
     *
     * @param monthDay  the month and day, not null
     * @return the deadline, not null
     */
    public static FixedDate of(MonthDay monthDay) {
        return new FixedDate(Optional.empty(), monthDay);
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
        Year y = year.orElse(planYear);
        if (!monthDay.isValidYear(y.getValue())) {
            throw new DeadlineResolutionException(this, "a year in which " + monthDay + " exists, not " + y);
        }
        return monthDay.atYear(y.getValue());
    }

    /**
     * The canonical English form: {@code by 2021-11-15} or {@code by 11-15}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "by " + year.map(y -> y + "-").orElse("") + String.format(Locale.ROOT, "%02d-%02d",
                monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    /**
     * The canonical Chinese form: 2021年11月15日前 or 11月15日前.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        return year.map(y -> y + "年").orElse("") + monthDay.getMonthValue() + "月" + monthDay.getDayOfMonth() + "日前";
    }
}
