package dev.shixian.testkit;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.Deadline;
import dev.shixian.schedule.ObligationStatus;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.StatusReport;
import java.util.Optional;

/**
 * The one entry point of Shixian's assertions (断言): {@code import static
 * dev.shixian.testkit.ShixianAssertions.assertThat;} beside AssertJ's own {@code Assertions.assertThat} (the
 * overloads do not clash). Every failure explains the computed date in Chinese and English.
 *
 * <p>Example, on the official calendar ({@code ChinaCalendar.official()}, 2021 notice 国办发明电〔2020〕27号):
 * <pre>{@code
 * assertThat(calendar).isAdjustedWorkday("2021-10-09").isHoliday("2021-10-04", "国庆节");
 * deadline("印发后3个工作日内").on(calendar).given("2021-09-30").resolvesTo("2021-10-11");
 * assertThat(schedule).task("2").hasObligationsDueOn("2021-09-30");
 * assertThat(report).obligation("xingyi-2021/1#历史规划@szfbgs").isOverdueByWorkingDays(7)
 *         .hasWarningLevel(WarningLevel.RED);
 * }</pre>
 */
public final class ShixianAssertions {

    private ShixianAssertions() {
    }

    /**
     * Assertions on a working-day calendar. Example: {@code assertThat(calendar).isAdjustedWorkday("2021-10-09")}.
     *
     * @param actual  the calendar
     * @return the assertion, not null
     */
    public static CalendarAssert assertThat(WorkingCalendar actual) {
        return new CalendarAssert(actual);
    }

    /**
     * Assertions on a deadline. Example: {@code assertThat(Deadline.parse("印发后3个工作日内")).on(calendar)
     * .given("2021-09-30").resolvesTo("2021-10-11")}.
     *
     * @param actual  the deadline
     * @return the assertion, not null
     */
    public static DeadlineAssert assertThat(Deadline actual) {
        return new DeadlineAssert(actual);
    }

    /**
     * Assertions on the deadline a phrase reads as ({@link Deadline#parse(CharSequence)}). Example:
     * {@code deadline("印发后3个工作日内").on(calendar).given("2021-09-30").resolvesTo("2021-10-11")}. It is not an
     * {@code assertThat} overload so that AssertJ's {@code assertThat(String)} keeps working beside it.
     *
     * @param phrase  the phrase, Chinese or canonical English, not null
     * @return the assertion, not null
     * @throws dev.shixian.deadline.DeadlineParseException if the phrase is not a deadline
     */
    public static DeadlineAssert deadline(String phrase) {
        return new DeadlineAssert(Deadline.parse(phrase));
    }

    /**
     * Assertions on a schedule. Example: {@code assertThat(schedule).task("2").hasObligationsDueOn("2021-09-30")}.
     *
     * @param actual  the schedule
     * @return the assertion, not null
     */
    public static ScheduleAssert assertThat(Schedule actual) {
        return new ScheduleAssert(actual);
    }

    /**
     * Assertions on a status report. Example: {@code assertThat(report).obligation("xingyi-2021/2@sczj")
     * .isDoneLate()} (due Thu 2021-09-30, done Fri 10-08).
     *
     * @param actual  the report
     * @return the assertion, not null
     */
    public static StatusReportAssert assertThat(StatusReport actual) {
        return new StatusReportAssert(actual);
    }

    /**
     * Assertions on one obligation's status; prefer {@link StatusReportAssert#obligation(String)}, whose failures
     * also explain the due date. Example: {@code assertThat(report.status(id)).isOverdueByWorkingDays(7)}.
     *
     * @param actual  the status
     * @return the assertion, not null
     */
    public static ObligationStatusAssert assertThat(ObligationStatus actual) {
        return new ObligationStatusAssert(actual, Optional.empty());
    }
}
