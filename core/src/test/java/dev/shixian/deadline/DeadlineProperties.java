package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of resolution against brute-force references (a day-by-day walk, the Civil Code's month rule). The
 * parser on random and mutated input is {@link PhraseFuzzProperties}.
 */
class DeadlineProperties {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    @Provide
    Arbitrary<LocalDate> eventDates() {
        return Arbitraries.integers().between(0, 365 * 2 + 365).map(FIRST::plusDays);
    }

    private static DeadlineContext at(LocalDate event) {
        return DeadlineContext.of(CAL).withTrigger(event);
    }

    @Property
    void workingDaysEqualADayByDayCount(@ForAll("eventDates") LocalDate event, @ForAll @IntRange(min = 1, max = 60)
            int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.WORKING_DAYS).resolve(at(event)).get(0).dueDate();
        LocalDate d = event;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (CAL.isWorkingDay(d)) {
                counted++;
            }
        }
        assertThat(due).isEqualTo(d);
    }

    @Property
    void calendarDaysLandOnAWorkingDayAndEqualTheReference(@ForAll("eventDates") LocalDate event,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.DAYS, Event.FORMATION).resolve(at(event)).get(0).dueDate();
        LocalDate d = event.plusDays(n);
        while (!CAL.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        assertThat(CAL.isWorkingDay(due)).isTrue();
        assertThat(due).isEqualTo(d);
    }

    @Property
    void monthsFollowCivilCodeArticle202(@ForAll("eventDates") LocalDate event,
            @ForAll @IntRange(min = 1, max = 36) int n) {
        LocalDate due = AfterEvent.of(n, AfterEvent.Counting.MONTHS, Event.RECEIPT).resolve(at(event)).get(0).dueDate();
        YearMonth target = YearMonth.from(event).plusMonths(n);
        LocalDate end = target.isValidDay(event.getDayOfMonth()) ? target.atDay(event.getDayOfMonth())
                : target.atEndOfMonth();
        LocalDate d = end;
        while (!CAL.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        assertThat(CAL.isWorkingDay(due)).isTrue();
        assertThat(due).isEqualTo(d);
        assertThat(due).isAfterOrEqualTo(end);
    }

    @Property
    void yearsAreTwelveMonths(@ForAll("eventDates") LocalDate event, @ForAll @IntRange(min = 1, max = 3) int n) {
        LocalDate years = AfterEvent.of(n, AfterEvent.Counting.YEARS).resolve(at(event)).get(0).dueDate();
        LocalDate months = AfterEvent.of(12 * n, AfterEvent.Counting.MONTHS).resolve(at(event)).get(0).dueDate();
        Assume.that(!event.plusYears(n).isAfter(LocalDate.of(2026, 12, 20)));
        assertThat(years).isEqualTo(months);
    }
}
