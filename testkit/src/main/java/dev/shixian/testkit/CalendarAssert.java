package dev.shixian.testkit;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a working-day calendar (工作日历): the kind of a day and the working days between two dates. Obtain
 * one with {@link ShixianAssertions#assertThat(WorkingCalendar)}. Dates are given as {@link LocalDate}s or as text
 * {@code 2021-10-09} (also {@code 2021/10/9} or {@code 2021年10月9日}, as Excel and WPS write them).
 *
 * <p>Example, on the official calendar of the 2021 notice 国办发明电〔2020〕27号:
 * <pre>{@code
 * assertThat(calendar).isAdjustedWorkday("2021-10-09")     // Sat, 调休上班 for 国庆节
 *                     .isHoliday("2021-10-04", "国庆节")
 *                     .isWorkingDay("2021-10-08")
 *                     .hasWorkingDaysBetween("2021-09-30", "2021-10-11", 3);   // Fri 10-08, Sat 10-09, Mon 10-11
 * }</pre>
 * A failure names the date, its day of the week, the kind expected and the kind found, with the holiday's name, in
 * Chinese and English. Like every AssertJ assertion object, an instance is meant for one thread and one statement.
 */
public final class CalendarAssert extends AbstractAssert<CalendarAssert, WorkingCalendar> {

    CalendarAssert(WorkingCalendar actual) {
        super(actual, CalendarAssert.class);
    }

    /**
     * Verifies that a date is a working day (工作日), counting adjusted working days (调休上班).
     * Example: {@code isWorkingDay("2021-10-09")} passes (adjusted Saturday); {@code "2021-10-04"} fails.
     *
     * @param date  the date, such as {@code 2021-10-08}, not null
     * @return this, for chaining
     */
    public CalendarAssert isWorkingDay(String date) {
        return isWorkingDay(Texts.date(date));
    }

    /**
     * Verifies that a date is a working day (工作日), counting adjusted working days (调休上班).
     * Example: {@code isWorkingDay(LocalDate.of(2021, 10, 8))} passes.
     *
     * @param date  the date, not null
     * @return this, for chaining
     */
    public CalendarAssert isWorkingDay(LocalDate date) {
        DayKind kind = kindOf(date);
        if (!kind.isWorkingDay()) {
            fail(date, "a working day (工作日)", kind);
        }
        return this;
    }

    /**
     * Verifies that a date is not a working day: a rest day (休息日) or a holiday (节假日放假).
     * Example: {@code isNotWorkingDay("2021-10-10")} passes (Sunday).
     *
     * @param date  the date, such as {@code 2021-10-10}, not null
     * @return this, for chaining
     */
    public CalendarAssert isNotWorkingDay(String date) {
        LocalDate d = Texts.date(date);
        DayKind kind = kindOf(d);
        if (kind.isWorkingDay()) {
            fail(d, "a day off (休息日或节假日)", kind);
        }
        return this;
    }

    /**
     * Verifies that a date is an adjusted working day (调休上班): a weekend day worked for a holiday.
     * Example: {@code isAdjustedWorkday("2021-10-09")} passes; {@code "2021-10-10"} fails (an ordinary Sunday).
     *
     * @param date  the date, such as {@code 2021-10-09}, not null
     * @return this, for chaining
     */
    public CalendarAssert isAdjustedWorkday(String date) {
        return isAdjustedWorkday(Texts.date(date));
    }

    /**
     * Verifies that a date is an adjusted working day (调休上班).
     * Example: {@code isAdjustedWorkday(LocalDate.of(2021, 9, 26))} passes (Sunday worked for 国庆节).
     *
     * @param date  the date, not null
     * @return this, for chaining
     */
    public CalendarAssert isAdjustedWorkday(LocalDate date) {
        return isKind(date, DayKind.ADJUSTED_WORKDAY);
    }

    /**
     * Verifies that a date is an ordinary rest day (休息日), not a holiday. Example: {@code isRestDay("2021-10-10")}.
     *
     * @param date  the date, such as {@code 2021-10-10}, not null
     * @return this, for chaining
     */
    public CalendarAssert isRestDay(String date) {
        return isKind(Texts.date(date), DayKind.REST_DAY);
    }

    /**
     * Verifies that a date is a day off of a holiday (节假日放假), of any name.
     * Example: {@code isHoliday("2021-09-20")} passes (中秋节, a Monday off).
     *
     * @param date  the date, such as {@code 2021-09-20}, not null
     * @return this, for chaining
     */
    public CalendarAssert isHoliday(String date) {
        return isKind(Texts.date(date), DayKind.HOLIDAY);
    }

    /**
     * Verifies that a date is a day off of the named holiday. Example: {@code isHoliday("2021-10-04", "国庆节")}
     * passes; {@code isHoliday("2021-10-04", "中秋节")} fails naming 国庆节.
     *
     * @param date  the date, such as {@code 2021-10-04}, not null
     * @param name  the holiday's name as the calendar gives it, such as {@code 国庆节}, not null
     * @return this, for chaining
     */
    public CalendarAssert isHoliday(String date, String name) {
        Objects.requireNonNull(name, "name");
        LocalDate d = Texts.date(date);
        isKind(d, DayKind.HOLIDAY);
        Optional<String> actualName = actual.holidayName(d);
        if (!actualName.equals(Optional.of(name))) {
            failWithMessage("%s", String.format(Locale.ROOT,
                    "%nExpecting %s on calendar %s to be a day off of %s (节假日放假)%nbut it is a day off of %s",
                    Texts.day(d), actual.name(), name, actualName.orElse("no named holiday (无节日名称)")));
        }
        return this;
    }

    /**
     * Verifies the number of working days walked from one date to another: the start not counted, the end counted
     * (民法典第二百零一条: 开始的当日不计入; docs/RULES.md §1). Example: {@code hasWorkingDaysBetween("2021-09-30",
     * "2021-10-11", 3)} passes: Fri 10-08, adjusted Sat 10-09, Mon 10-11.
     *
     * @param startExclusive  the start, not counted, such as {@code 2021-09-30}, not null
     * @param endInclusive  the end, counted if working, such as {@code 2021-10-11}, not null
     * @param expected  the expected signed number of working days
     * @return this, for chaining
     */
    public CalendarAssert hasWorkingDaysBetween(String startExclusive, String endInclusive, int expected) {
        isNotNull();
        LocalDate start = Texts.date(startExclusive);
        LocalDate end = Texts.date(endInclusive);
        int n;
        try {
            n = actual.workingDaysBetween(start, end);
        } catch (CalendarCoverageException e) {
            failWithMessage("%s", "\nCalendar " + actual.name() + " does not cover " + start + ".." + end + ": "
                    + e.getMessage());
            return this;
        }
        if (n != expected) {
            failWithMessage("%s", String.format(Locale.ROOT,
                    "%nExpecting %d working days (工作日) after %s up to %s on calendar %s%nbut counted %d",
                    expected, Texts.day(start), Texts.day(end), actual.name(), n));
        }
        return this;
    }

    private CalendarAssert isKind(LocalDate date, DayKind expected) {
        DayKind kind = kindOf(date);
        if (kind != expected) {
            fail(date, Texts.kind(expected), kind);
        }
        return this;
    }

    private DayKind kindOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        isNotNull();
        try {
            return actual.dayKind(date);
        } catch (CalendarCoverageException e) {
            failWithMessage("%s", "\nCalendar " + actual.name() + " does not cover " + date + ": " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    private void fail(LocalDate date, String expected, DayKind kind) {
        String holiday = actual.holidayName(date).map(n -> " of " + n).orElse("");
        failWithMessage("%s", String.format(Locale.ROOT, "%nExpecting %s on calendar %s to be %s%nbut it is %s%s",
                Texts.day(date), actual.name(), expected, Texts.kind(kind), holiday));
    }
}
