package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution at the edges of {@link LocalDate} and the documented limits on windows and dues. */
class ResolutionLimitsTest {

    private static final WorkingCalendar CAL = TestCalendars.china();
    private static final DeadlineContext BARE = DeadlineContext.of(CAL);

    @Test
    void countsFromTheLastAndFirstDatesJavaKnowsAreCoverageErrors() {
        for (String phrase : List.of("3日内", "3个工作日内", "1个月内", "1年内", "超过14天未更新",
                "与印发同时，时间跨度不超过3个工作日")) {
            for (LocalDate trigger : List.of(LocalDate.MAX, LocalDate.MIN)) {
                assertThatThrownBy(() -> Deadline.parse(phrase).resolve(BARE.withTrigger(trigger)))
                        .as(phrase + " after " + trigger).isInstanceOf(CalendarCoverageException.class);
            }
        }
        assertThatThrownBy(() -> Deadline.parse("3日内").resolve(BARE.withTrigger(LocalDate.MAX)))
                .isInstanceOfSatisfying(CalendarCoverageException.class,
                    e -> assertThat(e.date()).isEqualTo(LocalDate.MAX));
        // 同时 needs no calendar day
        assertThat(Deadline.parse("与文件同时公开").resolve(BARE.withTrigger(LocalDate.MAX)).get(0).dueDate())
                .isEqualTo(LocalDate.MAX);
    }

    @Test
    void periodsInTheLastAndFirstYearsJavaKnows() {
        List<Due> last = Deadline.parse("每月一次").resolve(BARE.withYear(Year.of(Year.MAX_VALUE)));
        assertThat(last).hasSize(12);
        assertThat(last.get(11).dueDate()).isEqualTo(LocalDate.MAX);
        assertThat(last.get(11).explanation().toEnglish()).isEqualTo("period 999999999-12"
                + " (+999999999-12-01..+999999999-12-31) → last day Fri +999999999-12-31 (outside the calendar's data,"
                + " day kind unknown): due +999999999-12-31");
        List<Due> first = Deadline.parse("每月一次").resolve(BARE.withYear(Year.of(Year.MIN_VALUE)));
        assertThat(first).hasSize(12);
        assertThat(first.get(0).dueDate()).isEqualTo(LocalDate.of(Year.MIN_VALUE, 1, 31));
        assertThat(first.get(0).period().orElseThrow().getStart()).isEqualTo(LocalDate.MIN);
        assertThatThrownBy(() -> Deadline.parse("每月一次").resolve(BARE.withYear(Year.of(Year.MAX_VALUE))
                .withPolicy(DeadlinePolicy.builder().rollPeriodEnds(true).build())))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(Deadline.parse("年底前").resolve(BARE.withYear(Year.of(Year.MAX_VALUE))).get(0).dueDate())
                .isEqualTo(LocalDate.MAX);
    }

    @Test
    void windowsLongerThanTheLimitAreRefusedNamingTheDeadlineAndTheLimit() {
        for (LocalDate[] w : new LocalDate[][] {{LocalDate.MIN, LocalDate.MAX},
            {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}, {LocalDate.of(2001, 1, 1), LocalDate.of(2101, 1, 1)}}) {
            assertThatThrownBy(() -> Deadline.parse("每月一次").resolve(BARE.withWindow(w[0], w[1])))
                    .isInstanceOfSatisfying(DeadlineResolutionException.class, e -> {
                        assertThat(e.deadline()).isEqualTo("monthly");
                        assertThat(e.getMessage()).contains("100 years").contains("MAX_WINDOW_YEARS");
                    });
        }
        assertThatThrownBy(() -> Deadline.parse("每年一次").resolveParts(BARE.withWindow(LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31)))).isInstanceOf(DeadlineResolutionException.class);
        List<Due> century = Deadline.parse("每月一次").resolve(BARE.withWindow(LocalDate.of(2001, 1, 1),
                LocalDate.of(2100, 12, 31)));
        assertThat(century).hasSize(1200);
        assertThat(century.get(1199).dueDate()).isEqualTo("2100-12-31");
    }

    @Test
    void moreDuesThanTheLimitAreRefused() {
        DeadlineContext century = BARE.withWindow(LocalDate.of(2001, 1, 1), LocalDate.of(2100, 12, 31));
        List<Deadline> parts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            parts.add(new Labelled("栏目" + i, Recurring.every(1)));
        }
        assertThat(Multiple.of(parts).resolve(century)).hasSize(9600);
        parts.add(new Labelled("栏目9", Recurring.every(1)));
        Deadline nine = Multiple.of(parts);
        assertThatThrownBy(() -> nine.resolve(century)).isInstanceOfSatisfying(DeadlineResolutionException.class,
            e -> {
                assertThat(e.deadline()).isEqualTo("monthly");
                assertThat(e.getMessage()).contains("10,000").contains("MAX_DUES");
            });
        assertThatThrownBy(() -> nine.resolveParts(century)).isInstanceOf(DeadlineResolutionException.class);
    }

    @Test
    void aWindowOfOneDayAtTheEdgesIsRefusedWhenMade() {
        assertThatThrownBy(() -> BARE.withWindow(LocalDate.MAX, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BARE.withWindow(LocalDate.MIN, LocalDate.MIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BARE.withWindow(LocalDate.MAX.minusDays(1), LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Deadline.parse("每月一次").resolve(BARE.withWindow(LocalDate.MAX.minusDays(2), LocalDate.MAX)))
                .extracting(Due::dueDate).containsExactly(LocalDate.MAX);
        assertThat(Deadline.parse("每月一次").resolve(BARE.withWindow(LocalDate.MIN, LocalDate.MIN.plusDays(1))))
                .extracting(Due::dueDate).containsExactly(LocalDate.of(Year.MIN_VALUE, 1, 31));
    }
}
