package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Deadlines parsed from Chinese and resolved on the official calendar, for event dates across the whole coverage,
 * against brute-force references built from the notices' day lists (not from the calendar under test).
 */
class OfficialDeadlineProperties {

    private static final ChinaCalendar CHINA = ChinaCalendar.official();
    private static final boolean[] WORKING = ChinaCalendarExhaustiveTest.truth();

    private static boolean working(LocalDate d) {
        return WORKING[(int) (d.toEpochDay() - ChinaCalendarExhaustiveTest.START.toEpochDay())];
    }

    private static LocalDate rollForward(LocalDate d) {
        LocalDate x = d;
        while (!working(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static DeadlineContext at(LocalDate event) {
        return DeadlineContext.of(CHINA).withYear(Year.of(event.getYear())).withTrigger(event);
    }

    /** Event dates from 2004-01-01 to 2025-06-30, so that every deadline below stays inside 2026. */
    @Provide
    Arbitrary<LocalDate> events() {
        return Arbitraries.longs().between(LocalDate.of(2004, 1, 1).toEpochDay(), LocalDate.of(2025, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 1000)
    void workingDaysAfterIssuance(@ForAll("events") LocalDate event, @ForAll @IntRange(min = 1, max = 250) int n) {
        LocalDate expected = event;
        for (int counted = 0; counted < n;) {
            expected = expected.plusDays(1);
            counted += working(expected) ? 1 : 0;
        }
        assertThat(Deadline.parse("印发后" + n + "个工作日内").resolve(at(event)).get(0).dueDate()).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void calendarDaysRollForwardToAWorkingDay(@ForAll("events") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = Deadline.parse("形成之日起" + n + "日内").resolve(at(event)).get(0).dueDate();
        assertThat(due).isEqualTo(rollForward(event.plusDays(n)));
        assertThat(CHINA.isWorkingDay(due)).isTrue();
    }

    @Property(tries = 1000)
    void monthsFollowCivilCodeArticles202And203(@ForAll("events") LocalDate event,
            @ForAll @IntRange(min = 1, max = 12) int n) {
        YearMonth month = YearMonth.from(event).plusMonths(n);
        LocalDate end = month.isValidDay(event.getDayOfMonth()) ? month.atDay(event.getDayOfMonth())
                : month.atEndOfMonth();
        LocalDate due = Deadline.parse("收到申请之日起" + n + "个月内").resolve(at(event)).get(0).dueDate();
        assertThat(due).isEqualTo(rollForward(end));
    }

    @Property(tries = 500)
    void fixedDatesDoNotRollByDefault(@ForAll("events") LocalDate date) {
        String phrase = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
        assertThat(Deadline.parse(phrase).resolve(DeadlineContext.of(CHINA)).get(0).dueDate()).isEqualTo(date);
    }

    private static final LocalDate END = ChinaCalendarExhaustiveTest.END;
    private static final ChinaCalendar PROVISIONAL = CHINA.withProvisionalPolicy(
            ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)));

    /** Event dates in the last four months of the notices. */
    @Provide
    Arbitrary<LocalDate> lateEvents() {
        return Arbitraries.longs().between(LocalDate.of(2026, 9, 1).toEpochDay(), END.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** The reference due date, or null when it lies past the notices (or needs a day past them to be found). */
    private static LocalDate reference(LocalDate event, int n, boolean workingDays) {
        LocalDate d = event;
        if (workingDays) {
            for (int counted = 0; counted < n;) {
                d = d.plusDays(1);
                if (d.isAfter(END)) {
                    return null;
                }
                counted += working(d) ? 1 : 0;
            }
            return d;
        }
        d = event.plusDays(n);
        while (!d.isAfter(END) && !working(d)) {
            d = d.plusDays(1);
        }
        return d.isAfter(END) ? null : d;
    }

    @Property(tries = 1000, seed = "20261231")
    void nearTheEndOfTheNoticesEveryAnswerIsCoveredOrAnException(@ForAll("lateEvents") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean workingDays) {
        String phrase = "印发后" + n + (workingDays ? "个工作日内" : "日内");
        LocalDate expected = reference(event, n, workingDays);
        if (expected == null) {
            assertThatThrownBy(() -> Deadline.parse(phrase).resolve(at(event)))
                    .isInstanceOf(CalendarCoverageException.class);
            Due provisional = Deadline.parse(phrase).resolve(DeadlineContext.of(PROVISIONAL).withTrigger(event)).get(0);
            assertThat(provisional.dueDate()).isAfter(END);
            assertThat(provisional.isProvisional()).isTrue();
            assertThat(provisional.explanation().toEnglish()).contains("subject to the State Council notice");
            assertThat(provisional.explanation().toChinese()).contains("临时安排").contains("以国务院通知为准");
        } else {
            Due due = Deadline.parse(phrase).resolve(at(event)).get(0);
            assertThat(due.dueDate()).isEqualTo(expected);
            assertThat(due.isProvisional()).isFalse();
            Due provisional = Deadline.parse(phrase).resolve(DeadlineContext.of(PROVISIONAL).withTrigger(event)).get(0);
            assertThat(provisional.dueDate()).isEqualTo(expected);
            assertThat(provisional.isProvisional()).isFalse();
        }
    }
}
