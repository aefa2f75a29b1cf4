package dev.shixian.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A working-day calendar (工作日历): which dates are working days, and exact arithmetic in working days.
 *
 * <p>A date is a working day when it is not a weekend day and not a day off named by a holiday notice, or when it
 * is a weekend day that a notice makes a working day (调休上班 = adjusted working day). Every date has exactly one
 * {@link DayKind}.
 *
 * <p>Worked example on the Chinese official calendar ({@code ChinaCalendar.official()} in
 * {@code shixian-holidays-cn}): three working days after Thursday 2021-09-30 are Friday 2021-10-08,
 * Saturday 2021-10-09 (an adjusted working day for 国庆节) and Monday 2021-10-11, so
 * {@code plusWorkingDays(2021-09-30, 3)} is 2021-10-11 and {@code workingDaysBetween(2021-09-30, 2021-10-11)} is 3.
 *
 * <h2>Coverage</h2>
 * A calendar has authoritative data for its {@link #coverage()}. Any question about a date outside the range it
 * can answer for ({@link #answerableRange()}), including arithmetic that would walk past either end, throws
 * {@link CalendarCoverageException}; a calendar never falls back to weekends alone. A calendar built with a
 * provisional policy may answer past its coverage; each such date reports {@link #isProvisional(LocalDate)}.
 *
 * <h2>Implementations</h2>
 * All implementations of this interface must be immutable and thread-safe. Results never depend on the default
 * time zone or locale. {@link ImmutableWorkingCalendar} is the general implementation.
 */
public interface WorkingCalendar {

    /**
     * A short name identifying this calendar, such as {@code "CN"}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * The inclusive range of dates for which this calendar holds authoritative data.
     *
     * @return the covered range, not null
     */
    LocalDateRange coverage();

    /**
     * The inclusive range of dates this calendar answers for: its {@link #coverage()}, extended by any provisional
     * days the calendar was built with. Outside it, every method throws {@link CalendarCoverageException}.
     *
     * @return the answerable range, not null, never smaller than {@link #coverage()}
     */
    default LocalDateRange answerableRange() {
        return coverage();
    }

    /**
     * Whether the answer for a date is provisional: the date lies past the authoritative coverage and was filled
     * in by a provisional policy (for example the statutory holidays of a year whose notice is not yet published,
     * without its 调休).
     *
     * @param date  the date, not null
     * @return true if the date is answered provisionally
     * @throws CalendarCoverageException if the date is outside {@link #answerableRange()}
     */
    default boolean isProvisional(LocalDate date) {
        checkAnswerable(date);
        return !coverage().contains(date);
    }

    /**
     * The inclusive range of dates whose answers are settled: no notice that is not yet loaded can change them.
     * The last days of the last covered year are answered from the notices loaded, but the next year's notice may
     * still change them (the 2019 notice made Saturday 2018-12-29 a working day and Monday 2018-12-31 a day off);
     * such dates are inside {@link #coverage()} but outside this range. By default the whole coverage is settled.
     *
     * @return the settled range, not null, within {@link #coverage()}
     */
    default LocalDateRange settled() {
        return coverage();
    }

    /**
     * Whether the answer for a date is settled: true inside {@link #settled()}; false for a provisional date and for
     * a covered date that the next, not yet loaded, notice may still change (下一年度通知可能调整).
     *
     * @param date  the date, not null
     * @return true if no unpublished notice can change the answer for this date
     * @throws CalendarCoverageException if the date is outside {@link #answerableRange()}
     */
    default boolean isSettled(LocalDate date) {
        checkAnswerable(date);
        return settled().contains(date);
    }

    /**
     * The days of the week that are ordinary rest days (周休息日), normally Saturday and Sunday.
     *
     * @return the weekend days, not null, immutable
     */
    Set<DayOfWeek> weekendDays();

    /**
     * The kind of a date: working day, rest day, holiday or adjusted working day.
     *
     * <p>Example (China): 2021-10-09 (Sat) is {@link DayKind#ADJUSTED_WORKDAY}, 2021-10-10 (Sun) is
     * {@link DayKind#REST_DAY} and 2021-10-04 (Mon) is {@link DayKind#HOLIDAY}.
     *
     * @param date  the date, not null
     * @return the kind, not null
     * @throws CalendarCoverageException if the date is outside {@link #answerableRange()}
     */
    DayKind dayKind(LocalDate date);

    /**
     * Whether a date is a working day (工作日), counting adjusted working days (调休上班) as working.
     *
     * @param date  the date, not null
     * @return true if the date is a working day
     * @throws CalendarCoverageException if the date is outside {@link #answerableRange()}
     */
    default boolean isWorkingDay(LocalDate date) {
        return dayKind(date).isWorkingDay();
    }

    /**
     * The name of the holiday a date belongs to: for a day off, the holiday it is part of; for an adjusted working
     * day, the holiday it was moved for. Example (China): 2021-10-04 and 2021-10-09 both give {@code 国庆节}.
     *
     * @param date  the date, not null
     * @return the holiday's name, or empty for ordinary working and rest days
     * @throws CalendarCoverageException if the date is outside {@link #answerableRange()}
     */
    Optional<String> holidayName(LocalDate date);

    /**
     * Adds working days. For {@code n > 0} the result is the n-th working day strictly after {@code date}; for
     * {@code n < 0} the |n|-th working day strictly before; for {@code n == 0} the date itself. The date itself is
     * never counted, whether it is working or not (民法典第二百零一条: 开始的当日不计入).
     *
     * <p>Example (China): {@code plusWorkingDays(2024-09-27, 3)} is 2024-10-08 (adjusted Sun 09-29, Mon 09-30,
     * Tue 10-08); {@code plusWorkingDays(2021-10-11, -3)} is 2021-09-30.
     *
     * @param date  the date to count from, not null
     * @param n  the number of working days to add, may be negative
     * @return the resulting date, not null
     * @throws CalendarCoverageException if the date or the result is outside {@link #answerableRange()}
     */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /**
     * Counts the working days walked from one date to another: the start is never counted, the end is. Forwards
     * it is the number of working days d with {@code startExclusive < d <= endInclusive}; backwards (end before
     * start) it is minus the number with {@code endInclusive <= d < startExclusive}. It is the inverse of
     * {@link #plusWorkingDays(LocalDate, int)} for every n: {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     *
     * <p>Example (China): an obligation due 2021-10-11 and still open on 2021-10-15 is overdue by
     * {@code workingDaysBetween(2021-10-11, 2021-10-15)} = 4 working days.
     *
     * @param startExclusive  the start, not counted, not null
     * @param endInclusive  the end, counted if it is a working day, not null
     * @return the signed number of working days
     * @throws CalendarCoverageException if either date is outside {@link #answerableRange()}
     */
    int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive);

    /**
     * The first working day strictly after a date. Example (China): after 2021-09-30 comes 2021-10-08.
     *
     * @param date  the date, not null
     * @return the next working day, not null
     * @throws CalendarCoverageException if the date or the result is outside {@link #answerableRange()}
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The last working day strictly before a date. Example (China): before 2021-10-08 comes 2021-09-30.
     *
     * @param date  the date, not null
     * @return the previous working day, not null
     * @throws CalendarCoverageException if the date or the result is outside {@link #answerableRange()}
     */
    default LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * The date itself if it is a working day, else the next working day (顺延至下一个工作日, 民法典第二百零三条).
     * Example (China): 2023-09-30 (a holiday) rolls forward to Saturday 2023-10-07, an adjusted working day.
     *
     * @param date  the date, not null
     * @return the date or the next working day, not null
     * @throws CalendarCoverageException if the date or the result is outside {@link #answerableRange()}
     */
    default LocalDate rollForward(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * An adjuster adding working days, so that {@code date.with(calendar.plusWorkingDays(3))} reads naturally.
     *
     * @param n  the number of working days to add, may be negative
     * @return the adjuster, not null; it accepts {@link LocalDate}s only
     * @see #plusWorkingDays(LocalDate, int)
     */
    default TemporalAdjuster plusWorkingDays(int n) {
        return temporal -> plusWorkingDays(LocalDate.from(temporal), n);
    }

    /**
     * An adjuster to the next working day: {@code date.with(calendar.nextWorkingDay())}.
     *
     * @return the adjuster, not null
     * @see #nextWorkingDay(LocalDate)
     */
    default TemporalAdjuster nextWorkingDay() {
        return temporal -> nextWorkingDay(LocalDate.from(temporal));
    }

    /**
     * An adjuster to the previous working day: {@code date.with(calendar.previousWorkingDay())}.
     *
     * @return the adjuster, not null
     * @see #previousWorkingDay(LocalDate)
     */
    default TemporalAdjuster previousWorkingDay() {
        return temporal -> previousWorkingDay(LocalDate.from(temporal));
    }

    /**
     * An adjuster rolling forward to a working day: {@code date.with(calendar.rollForward())}.
     *
     * @return the adjuster, not null
     * @see #rollForward(LocalDate)
     */
    default TemporalAdjuster rollForward() {
        return temporal -> rollForward(LocalDate.from(temporal));
    }

    /**
     * Returns a calendar with extra named days off (额外休息日), such as a regional holiday or an office closure,
     * on top of this one. This calendar is unchanged; the names of all its other days are kept. A day off given
     * here wins over this calendar's kind for that date.
     *
     * <p>Example: {@code china.withExtraDaysOff(Map.of(LocalDate.of(2021, 3, 15), "三月三"))} makes Monday
     * 2021-03-15 a {@link DayKind#HOLIDAY} named 三月三.
     *
     * @param daysOff  the extra days off and their names, not null, dates within {@link #answerableRange()}
     * @return the combined calendar, not null
     * @throws CalendarCoverageException if a date is outside {@link #answerableRange()}
     */
    default WorkingCalendar withExtraDaysOff(Map<LocalDate, String> daysOff) {
        return withExtraDays(Objects.requireNonNull(daysOff, "daysOff"), false);
    }

    /**
     * Returns a calendar with extra named working days (额外工作日) on top of this one, such as a weekend duty day.
     * A weekend day made working becomes an {@link DayKind#ADJUSTED_WORKDAY}; a weekday holiday made working
     * becomes a {@link DayKind#WORKDAY}. This calendar is unchanged and its other days keep their names.
     *
     * @param workingDays  the extra working days and their names, not null, dates within
     *     {@link #answerableRange()}
     * @return the combined calendar, not null
     * @throws CalendarCoverageException if a date is outside {@link #answerableRange()}
     */
    default WorkingCalendar withExtraWorkingDays(Map<LocalDate, String> workingDays) {
        return withExtraDays(Objects.requireNonNull(workingDays, "workingDays"), true);
    }

    /**
     * The one mechanism behind {@link #withExtraDaysOff(Map)} and {@link #withExtraWorkingDays(Map)}: a copy of
     * this calendar with the given days set to working or off, every date checked against the answerable range
     * before anything is built.
     */
    private WorkingCalendar withExtraDays(Map<LocalDate, String> extra, boolean working) {
        extra.forEach((date, name) -> {
            checkAnswerable(date);
            Objects.requireNonNull(name, () -> "name of " + date);
        });
        ImmutableWorkingCalendar.Builder builder = ImmutableWorkingCalendar.builder().copyOf(this);
        extra.forEach((date, name) -> {
            if (working) {
                builder.workingDay(date, name);
            } else {
                builder.dayOff(date, name);
            }
        });
        return builder.build();
    }

    /**
     * Checks that a date lies within {@link #answerableRange()}. Private: a caller asks the calendar its question and
     * gets the {@link CalendarCoverageException} from it; implementations check in their own methods.
     */
    private LocalDate checkAnswerable(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!answerableRange().contains(date)) {
            throw new CalendarCoverageException(date, answerableRange(), "Calendar " + name() + ": " + date,
                    "Load the notices that cover this date, or build the calendar with a provisional policy.");
        }
        return date;
    }
}
