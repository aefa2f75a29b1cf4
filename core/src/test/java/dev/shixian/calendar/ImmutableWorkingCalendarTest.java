package dev.shixian.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
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
                // SEMANTICS §8 example 1: Fri 10-08, adjusted Sat 10-09, Mon 10-11
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
        // SEMANTICS §8 example 8 in miniature: due 10-11, as of 10-15 -> 4 working days overdue
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
                .hasMessageContaining("1 working days after 2021-10-29");
        assertThatThrownBy(() -> OCTOBER_2021.plusWorkingDays(of(2021, 9, 1), -1))
                .isInstanceOf(CalendarCoverageException.class);
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
}
