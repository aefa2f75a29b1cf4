package dev.shixian.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class ImmutableWorkingCalendarTest {

    /** September–October 2021 as the 2021 State Council notice (国办发明电〔2020〕27号) arranges it. */
    static final ImmutableWorkingCalendar OCTOBER_2021 = ImmutableWorkingCalendar.builder()
            .name("CN-2021-autumn")
            .coverage(of(2021, 9, 1), of(2021, 10, 31))
            .daysOff(of(2021, 9, 19), of(2021, 9, 21), "中秋节")
            .workingDay(of(2021, 9, 18), "中秋节")
            .daysOff(of(2021, 10, 1), of(2021, 10, 7), "国庆节")
            .workingDay(of(2021, 9, 26), "国庆节")
            .workingDay(of(2021, 10, 9), "国庆节")
            .build();

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(of(2021, 9, 30), DayKind.WORKDAY, null),
                Arguments.of(of(2021, 10, 10), DayKind.REST_DAY, null),
                Arguments.of(of(2021, 10, 4), DayKind.HOLIDAY, "国庆节"),
                Arguments.of(of(2021, 10, 2), DayKind.HOLIDAY, "国庆节"),
                Arguments.of(of(2021, 10, 9), DayKind.ADJUSTED_WORKDAY, "国庆节"),
                Arguments.of(of(2021, 9, 18), DayKind.ADJUSTED_WORKDAY, "中秋节"),
                Arguments.of(of(2021, 9, 20), DayKind.HOLIDAY, "中秋节"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void dayKindAndName(LocalDate date, DayKind kind, String name) {
        assertThat(OCTOBER_2021.dayKind(date)).isEqualTo(kind);
        assertThat(OCTOBER_2021.isWorkingDay(date)).isEqualTo(kind.isWorkingDay());
        assertThat(OCTOBER_2021.holidayName(date).orElse(null)).isEqualTo(name);
    }

    static Stream<Arguments> additions() {
        return Stream.of(
                // docs/RULES.md §8 example 1: Fri 10-08, adjusted Sat 10-09, Mon 10-11
                Arguments.of(of(2021, 9, 30), 3, of(2021, 10, 11)),
                Arguments.of(of(2021, 9, 30), 1, of(2021, 10, 8)),
                Arguments.of(of(2021, 9, 30), 2, of(2021, 10, 9)),
                Arguments.of(of(2021, 10, 11), -3, of(2021, 9, 30)),
                Arguments.of(of(2021, 10, 3), -1, of(2021, 9, 30)),
                Arguments.of(of(2021, 10, 3), 1, of(2021, 10, 8)),
                Arguments.of(of(2021, 10, 3), 0, of(2021, 10, 3)),
                Arguments.of(of(2021, 9, 17), 1, of(2021, 9, 18)),
                Arguments.of(of(2021, 9, 17), 2, of(2021, 9, 22)));
    }

    @ParameterizedTest
    @MethodSource("additions")
    void plusWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertThat(OCTOBER_2021.plusWorkingDays(start, n)).isEqualTo(expected);
        assertThat(start.with(OCTOBER_2021.plusWorkingDays(n))).isEqualTo(expected);
        assertThat(OCTOBER_2021.workingDaysBetween(start, expected)).isEqualTo(n);
    }

    @Test
    void workingDaysBetweenCountsEndNotStartAndIsSigned() {
        // docs/RULES.md §8 example 8 in miniature: due 10-11, as of 10-15 -> 4 working days overdue
        assertThat(OCTOBER_2021.workingDaysBetween(of(2021, 10, 11), of(2021, 10, 15))).isEqualTo(4);
        assertThat(OCTOBER_2021.workingDaysBetween(of(2021, 10, 15), of(2021, 10, 11))).isEqualTo(-4);
        assertThat(OCTOBER_2021.workingDaysBetween(of(2021, 10, 1), of(2021, 10, 7))).isZero();
        assertThat(OCTOBER_2021.workingDaysBetween(of(2021, 10, 8), of(2021, 10, 8))).isZero();
    }

    @Test
    void nextPreviousAndRollForward() {
        assertThat(OCTOBER_2021.nextWorkingDay(of(2021, 9, 30))).isEqualTo(of(2021, 10, 8));
        assertThat(OCTOBER_2021.previousWorkingDay(of(2021, 10, 8))).isEqualTo(of(2021, 9, 30));
        assertThat(OCTOBER_2021.rollForward(of(2021, 10, 1))).isEqualTo(of(2021, 10, 8));
        assertThat(OCTOBER_2021.rollForward(of(2021, 10, 9))).isEqualTo(of(2021, 10, 9));
        assertThat(of(2021, 10, 2).with(OCTOBER_2021.rollForward())).isEqualTo(of(2021, 10, 8));
        assertThat(of(2021, 9, 30).with(OCTOBER_2021.nextWorkingDay())).isEqualTo(of(2021, 10, 8));
        assertThat(of(2021, 10, 8).with(OCTOBER_2021.previousWorkingDay())).isEqualTo(of(2021, 9, 30));
    }

    @Test
    void coverageIsStrict() {
        assertThat(OCTOBER_2021.coverage()).isEqualTo(LocalDateRange.ofClosed(of(2021, 9, 1), of(2021, 10, 31)));
        assertThatThrownBy(() -> OCTOBER_2021.isWorkingDay(of(2021, 11, 1)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2021-11-01")
                .hasMessageContaining("2021-09-01 to 2021-10-31")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(of(2021, 11, 1)));
        assertThatThrownBy(() -> OCTOBER_2021.dayKind(of(2021, 8, 31)))
                .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("before");
        // arithmetic that would walk past the end: 10-29 (Fri) + 1 would be 11-01
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 10, 29), 1))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("1 working day after 2021-10-29");
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 9, 1), -1))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 10, 29), 2))
                .hasMessageContaining("2 working days after 2021-10-29");
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 9, 1), Integer.MIN_VALUE))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> OCTOBER_2021.workingDaysBetween(of(2021, 9, 1), of(2022, 1, 1)))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> OCTOBER_2021.holidayName(of(2020, 1, 1)))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void provisionalDaysAreAnsweredAndMarked() {
        ImmutableWorkingCalendar cal = ImmutableWorkingCalendar.builder()
                .coverage(of(2021, 9, 1), of(2021, 10, 31))
                .provisionalUntil(of(2021, 11, 30))
                .dayOff(of(2021, 11, 1), "provisional closure")
                .build();
        assertThat(cal.isProvisional(of(2021, 10, 31))).isFalse();
        assertThat(cal.isProvisional(of(2021, 11, 1))).isTrue();
        assertThat(cal.answerableRange().getEndInclusive()).isEqualTo(of(2021, 11, 30));
        assertThat(cal.coverage().getEndInclusive()).isEqualTo(of(2021, 10, 31));
        assertThat(cal.plusWorkingDays(of(2021, 10, 29), 1)).isEqualTo(of(2021, 11, 2));
        assertThat(cal.toString()).isEqualTo("calendar[2021-09-01..2021-10-31, provisional to 2021-11-30]");
        assertThatThrownBy(() -> cal.isProvisional(of(2021, 12, 1))).isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void overlaysComposeWithoutMutating() {
        WorkingCalendar closed = OCTOBER_2021.withExtraDaysOff(Map.of(of(2021, 10, 8), "office move"));
        assertThat(closed.dayKind(of(2021, 10, 8))).isEqualTo(DayKind.HOLIDAY);
        assertThat(closed.holidayName(of(2021, 10, 8))).contains("office move");
        assertThat(closed.holidayName(of(2021, 10, 4))).contains("国庆节");
        assertThat(closed.plusWorkingDays(of(2021, 9, 30), 3)).isEqualTo(of(2021, 10, 12));
        assertThat(OCTOBER_2021.dayKind(of(2021, 10, 8))).isEqualTo(DayKind.WORKDAY);

        WorkingCalendar duty = OCTOBER_2021.withExtraWorkingDays(
                Map.of(of(2021, 10, 10), "duty", of(2021, 10, 4), "duty"));
        assertThat(duty.dayKind(of(2021, 10, 10))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(duty.dayKind(of(2021, 10, 4))).isEqualTo(DayKind.WORKDAY);
        assertThat(duty.holidayName(of(2021, 10, 10))).contains("duty");
        assertThat(duty.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(duty.coverage()).isEqualTo(OCTOBER_2021.coverage());

        assertThatThrownBy(() -> OCTOBER_2021.withExtraDaysOff(Map.of(of(2022, 1, 3), "x")))
                .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("2022-01-03");
    }

    @Test
    void copyIsEqual() {
        ImmutableWorkingCalendar copy = ImmutableWorkingCalendar.builder().copyOf(OCTOBER_2021).build();
        assertThat(copy).isEqualTo(OCTOBER_2021).hasSameHashCodeAs(OCTOBER_2021);
        assertThat(copy.withExtraDaysOff(Map.of())).isEqualTo(OCTOBER_2021);
    }

    @Test
    void otherWeekends() {
        // a Friday–Saturday weekend
        ImmutableWorkingCalendar cal = ImmutableWorkingCalendar.builder()
                .coverage(of(2024, 1, 1), of(2024, 1, 31))
                .weekendDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .build();
        assertThat(cal.dayKind(of(2024, 1, 5))).isEqualTo(DayKind.REST_DAY);
        assertThat(cal.dayKind(of(2024, 1, 7))).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.plusWorkingDays(of(2024, 1, 4), 1)).isEqualTo(of(2024, 1, 7));
        assertThat(cal.weekendDays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void builderRejectsBadInput() {
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("coverage");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(of(2021, 2, 1), of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-01-01");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(of(2021, 1, 1), of(2021, 1, 31))
                .dayOff(of(2021, 2, 1), "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-02-01");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(of(2021, 1, 1), of(2021, 1, 31))
                .provisionalUntil(of(2021, 1, 15)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-01-15");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(LocalDate.MIN, LocalDate.MAX).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1000 years");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().name(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().dayOff(of(2021, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("holidayName");
        assertThatThrownBy(() -> OCTOBER_2021.isWorkingDay(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    }

    @Test
    void laterCallForADateWins() {
        ImmutableWorkingCalendar cal = ImmutableWorkingCalendar.builder()
                .coverage(of(2021, 10, 1), of(2021, 10, 31))
                .dayOff(of(2021, 10, 9), "国庆节")
                .workingDay(of(2021, 10, 9), "国庆节")
                .build();
        assertThat(cal.dayKind(of(2021, 10, 9))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    /** Issue 8: the month index was an int, so a year 357,915,946 wrapped into January 2004. */
    @Test
    void farOffYearsThrowInsteadOfWrappingIntoTheData() {
        ImmutableWorkingCalendar cal = ImmutableWorkingCalendar.builder()
                .coverage(of(2004, 1, 1), of(2026, 12, 31)).build();
        LocalDate sunday = of(357915946, 1, 20);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        for (ThrowingCallable call : new ThrowingCallable[] {() -> cal.isWorkingDay(sunday),
                () -> cal.dayKind(sunday), () -> cal.holidayName(sunday), () -> cal.plusWorkingDays(sunday, 20),
                () -> cal.workingDaysBetween(of(2010, 1, 1), sunday), () -> cal.rollForward(sunday),
                () -> cal.isProvisional(sunday), () -> cal.isSettled(sunday)}) {
            assertThatThrownBy(call).isInstanceOf(CalendarCoverageException.class)
                    .hasMessageContaining("+357915946-01-20").hasMessageContaining("is after")
                    .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(sunday));
        }
        for (LocalDate far : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, of(-357911942, 1, 1),
                of(178959025, 2, 1), of(2027, 1, 1), of(2003, 12, 31)}) {
            assertThatThrownBy(() -> cal.isWorkingDay(far)).isInstanceOf(CalendarCoverageException.class)
                    .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(far));
        }
    }

    /** Issue 9: an overrun names the first date past the data and says on which side, not the last covered date. */
    @Test
    void overrunNamesTheFirstDatePastTheData() {
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 10, 28), 3))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("date 2021-11-01 (year 2021) is after")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(of(2021, 11, 1)));
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 9, 2), -2))
                .hasMessageContaining("date 2021-08-31 (year 2021) is before")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(of(2021, 8, 31)));
        assertThatThrownBy(() -> OCTOBER_2021.rollForward(of(2021, 10, 31)))
                .hasMessageContaining("rollForward")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(of(2021, 11, 1)));
        assertThatThrownBy(() -> OCTOBER_2021.workingDaysBetween(of(2021, 10, 1), of(2021, 12, 24)))
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(of(2021, 12, 24)));
    }

    /** Issue 8: a calendar may end on LocalDate.MAX or start on LocalDate.MIN; nothing overflows. */
    @Test
    void calendarsAtTheEndsOfTheDateRange() {
        LocalDate max = LocalDate.MAX; // +999999999-12-31, a Friday
        assertThat(max.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        ImmutableWorkingCalendar last = ImmutableWorkingCalendar.builder()
                .coverage(of(999_999_999, 12, 1), max)
                .daysOff(of(999_999_999, 12, 30), max, "end of time")
                .build();
        assertThat(last.coverage().getEndInclusive()).isEqualTo(max);
        assertThat(last.dayKind(max)).isEqualTo(DayKind.HOLIDAY);
        assertThat(last.holidayName(max)).contains("end of time");
        // Wednesday 12-29 is the last working day; 12-30 (Thu) and 12-31 (Fri) are off
        assertThat(last.plusWorkingDays(of(999_999_999, 12, 28), 1)).isEqualTo(of(999_999_999, 12, 29));
        assertThat(last.rollForward(of(999_999_999, 12, 29))).isEqualTo(of(999_999_999, 12, 29));
        assertThat(last.workingDaysBetween(of(999_999_999, 12, 1), max)).isEqualTo(20);
        assertThatThrownBy(() -> last.plusWorkingDays(of(999_999_999, 12, 29), 1))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("last date java.time can represent")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(max));
        assertThatThrownBy(() -> last.plusWorkingDays(max, Integer.MAX_VALUE))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> last.rollForward(max)).isInstanceOf(CalendarCoverageException.class);
        assertThat(ImmutableWorkingCalendar.builder().copyOf(last).build()).isEqualTo(last);
        assertThat(last.withExtraWorkingDays(Map.of(max, "duty")).isWorkingDay(max)).isTrue();

        LocalDate min = LocalDate.MIN; // -999999999-01-01, a Monday
        assertThat(min.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        ImmutableWorkingCalendar first = ImmutableWorkingCalendar.builder()
                .coverage(min, of(-999_999_999, 1, 31))
                .provisionalUntil(of(-999_999_999, 2, 28))
                .build();
        assertThat(first.isWorkingDay(min)).isTrue();
        assertThat(first.plusWorkingDays(of(-999_999_999, 1, 2), -1)).isEqualTo(min);
        assertThatThrownBy(() -> first.plusWorkingDays(min, -1))
                .hasMessageContaining("first date java.time can represent")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(min));
        assertThatThrownBy(() -> first.plusWorkingDays(min, Integer.MIN_VALUE))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(first.isProvisional(of(-999_999_999, 2, 1))).isTrue();
        assertThat(first.isSettled(of(-999_999_999, 2, 1))).isFalse();
        assertThat(first.isSettled(min)).isTrue();
    }

    @Test
    void rangesLocalDateRangeCannotHoldAreRefused() {
        // LocalDateRange takes an exclusive end of MAX as unbounded: a range cannot end the day before MAX
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder()
                .coverage(of(999_999_999, 12, 1), LocalDate.MAX.minusDays(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDateRange");
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(LocalDate.MIN, LocalDate.MIN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDateRange");
    }

    /** Issue 10: the settled range is a builder option, kept by copyOf and by the overlays. */
    @Test
    void settledThroughMarksTheLastDaysUnsettled() {
        ImmutableWorkingCalendar cal = ImmutableWorkingCalendar.builder()
                .coverage(of(2018, 1, 1), of(2018, 12, 31))
                .settledThrough(of(2018, 12, 28))
                .provisionalUntil(of(2019, 1, 31))
                .build();
        assertThat(cal.settled()).isEqualTo(LocalDateRange.ofClosed(of(2018, 1, 1), of(2018, 12, 28)));
        assertThat(cal.isSettled(of(2018, 12, 28))).isTrue();
        assertThat(cal.isSettled(of(2018, 12, 29))).isFalse();
        assertThat(cal.isSettled(of(2018, 12, 31))).isFalse();
        assertThat(cal.isSettled(of(2019, 1, 2))).isFalse(); // provisional
        assertThatThrownBy(() -> cal.isSettled(of(2019, 2, 1))).isInstanceOf(CalendarCoverageException.class);
        ImmutableWorkingCalendar copy = ImmutableWorkingCalendar.builder().copyOf(cal).build();
        assertThat(copy.settled()).isEqualTo(cal.settled());
        assertThat(copy).isEqualTo(cal);
        assertThat(cal.withExtraDaysOff(Map.of(of(2018, 6, 1), "x")).settled()).isEqualTo(cal.settled());
        assertThat(ImmutableWorkingCalendar.builder().copyOf(cal).settledThrough(of(2018, 12, 31)).build())
                .isNotEqualTo(cal);
        // the whole coverage by default, nothing with a date before it
        assertThat(OCTOBER_2021.settled()).isEqualTo(OCTOBER_2021.coverage());
        ImmutableWorkingCalendar none = ImmutableWorkingCalendar.builder().coverage(of(2018, 1, 1), of(2018, 1, 31))
                .settledThrough(of(2017, 12, 31)).build();
        assertThat(none.settled().isEmpty()).isTrue();
        assertThat(none.isSettled(of(2018, 1, 1))).isFalse();
        assertThat(ImmutableWorkingCalendar.builder().copyOf(none).build()).isEqualTo(none);
        assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().coverage(of(2018, 1, 1), of(2018, 1, 31))
                .settledThrough(of(2018, 2, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-02-01");
    }
}
