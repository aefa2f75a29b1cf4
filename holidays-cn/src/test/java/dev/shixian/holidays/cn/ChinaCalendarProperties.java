package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of working-day arithmetic on the official calendar, over random dates in coverage. */
class ChinaCalendarProperties {

    static final ChinaCalendar CHINA = ChinaCalendar.official();
    static final boolean[] WORKING = ChinaCalendarExhaustiveTest.truth();

    @Provide
    Arbitrary<LocalDate> dates() {
        // keep 600 days from either end so that n in [-400, 400] stays inside coverage
        return Arbitraries.longs().between(LocalDate.of(2005, 9, 1).toEpochDay(), LocalDate.of(2025, 5, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000)
    void plusWorkingDaysMatchesADayByDayWalk(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate d = date;
        int left = Math.abs(n);
        while (left > 0) {
            d = d.plusDays(Integer.signum(n));
            if (WORKING[(int) (d.toEpochDay() - ChinaCalendarExhaustiveTest.START.toEpochDay())]) {
                left--;
            }
        }
        assertThat(CHINA.plusWorkingDays(date, n)).isEqualTo(d);
    }

    @Property(tries = 2000)
    void workingDaysBetweenInvertsPlusWorkingDays(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        assertThat(CHINA.workingDaysBetween(date, CHINA.plusWorkingDays(date, n))).isEqualTo(n);
    }

    @Property(tries = 2000)
    void plusWorkingDaysIsMonotonic(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate first = a.isBefore(b) ? a : b;
        LocalDate second = a.isBefore(b) ? b : a;
        assertThat(CHINA.plusWorkingDays(first, n)).isBeforeOrEqualTo(CHINA.plusWorkingDays(second, n));
        assertThat(CHINA.plusWorkingDays(first, n)).isBeforeOrEqualTo(CHINA.plusWorkingDays(first, n + 1));
    }

    @Property(tries = 2000)
    void workingDaysBetweenIsAntisymmetricOnWorkingDays(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate x = CHINA.rollForward(a);
        LocalDate y = CHINA.rollForward(b);
        assertThat(CHINA.workingDaysBetween(x, y)).isEqualTo(-CHINA.workingDaysBetween(y, x));
    }

    /** Any date of the whole LocalDate range, half of them within 60 days of either end of the coverage. */
    @Provide
    Arbitrary<LocalDate> anyDates() {
        long start = ChinaCalendarExhaustiveTest.START.toEpochDay();
        long end = ChinaCalendarExhaustiveTest.END.toEpochDay();
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()),
                Arbitraries.longs().between(start - 60, start + 60),
                Arbitraries.longs().between(end - 60, end + 60),
                Arbitraries.longs().between(start, end)).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Integer> anyCounts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-40, 40), Arbitraries.integers(),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    /**
     * Issue 8 on the official calendar: over the whole LocalDate range and any int n, an answer equals the day walk
     * over the notices' truth table, and anything else is a CalendarCoverageException naming the first date without
     * data (2027-01-01 forwards, 2003-12-31 backwards, or the date asked about).
     */
    @Property(tries = 3000, seed = "20261130")
    void anywhereAnswersOrThrowsCoverage(@ForAll("anyDates") LocalDate date, @ForAll("anyDates") LocalDate other,
            @ForAll("anyCounts") int n) {
        LocalDate start = ChinaCalendarExhaustiveTest.START;
        LocalDate end = ChinaCalendarExhaustiveTest.END;
        boolean inside = !date.isBefore(start) && !date.isAfter(end);
        if (!inside) {
            expectCoverage(() -> CHINA.isWorkingDay(date), date);
            expectCoverage(() -> CHINA.plusWorkingDays(date, n), date);
            expectCoverage(() -> CHINA.isSettled(date), date);
            expectCoverage(() -> CHINA.workingDaysBetween(date, other), date);
            return;
        }
        int i = (int) (date.toEpochDay() - start.toEpochDay());
        assertThat(CHINA.isWorkingDay(date)).isEqualTo(WORKING[i]);
        assertThat(CHINA.isSettled(date)).isEqualTo(date.isBefore(LocalDate.of(2026, 12, 29)));
        long d = i;
        long left = Math.abs((long) n);
        while (left > 0 && d >= 0 && d < WORKING.length) {
            d += Integer.signum(n);
            if (d >= 0 && d < WORKING.length && WORKING[(int) d]) {
                left--;
            }
        }
        if (left > 0) {
            expectCoverage(() -> CHINA.plusWorkingDays(date, n), n > 0 ? end.plusDays(1) : start.minusDays(1));
        } else {
            assertThat(CHINA.plusWorkingDays(date, n)).isEqualTo(start.plusDays(d));
        }
        if (other.isBefore(start) || other.isAfter(end)) {
            expectCoverage(() -> CHINA.workingDaysBetween(date, other), other);
        }
    }

    private static void expectCoverage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, LocalDate named) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isExactlyInstanceOf(dev.shixian.calendar.CalendarCoverageException.class)
                .satisfies(e -> assertThat(((dev.shixian.calendar.CalendarCoverageException) e).date())
                        .isEqualTo(named));
    }
}
