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
}
