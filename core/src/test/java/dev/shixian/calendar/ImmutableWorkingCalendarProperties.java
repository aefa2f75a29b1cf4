package dev.shixian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random calendars (random weekends, days off and working days over a few years) against a day-by-day reference.
 */
class ImmutableWorkingCalendarProperties {

    private static final LocalDate START = LocalDate.of(2019, 12, 1);
    private static final int DAYS = 3 * 366;

    /** A random calendar and its own truth table, kept beside it for the reference. */
    record Case(ImmutableWorkingCalendar calendar, boolean[] working) {
    }

    @Provide
    Arbitrary<Case> calendars() {
        Arbitrary<Set<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3);
        Arbitrary<long[]> offs = Arbitraries.longs().between(0, DAYS - 1).array(long[].class).ofMaxSize(200);
        Arbitrary<long[]> works = Arbitraries.longs().between(0, DAYS - 1).array(long[].class).ofMaxSize(80);
        return Combinators.combine(weekends, offs, works).as((weekend, off, work) -> {
            ImmutableWorkingCalendar.Builder b = ImmutableWorkingCalendar.builder()
                    .coverage(START, START.plusDays(DAYS - 1))
                    .weekendDays(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
            boolean[] truth = new boolean[DAYS];
            for (int i = 0; i < DAYS; i++) {
                truth[i] = !weekend.contains(START.plusDays(i).getDayOfWeek());
            }
            for (long i : off) {
                b.dayOff(START.plusDays(i), "off");
                truth[(int) i] = false;
            }
            for (long i : work) {
                b.workingDay(START.plusDays(i), "work");
                truth[(int) i] = true;
            }
            return new Case(b.build(), truth);
        });
    }

    @Property(tries = 300)
    void isWorkingDayMatchesTruth(@ForAll("calendars") Case c, @ForAll @IntRange(max = DAYS - 1) int i) {
        assertThat(c.calendar().isWorkingDay(START.plusDays(i))).isEqualTo(c.working()[i]);
    }

    @Property(tries = 500)
    void plusWorkingDaysMatchesDayByDayWalk(@ForAll("calendars") Case c, @ForAll @IntRange(max = DAYS - 1) int i,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        Integer expected = walk(c.working(), i, n);
        LocalDate date = START.plusDays(i);
        if (expected == null) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.calendar().plusWorkingDays(date, n))
                    .isInstanceOf(CalendarCoverageException.class);
        } else {
            LocalDate result = c.calendar().plusWorkingDays(date, n);
            assertThat(result).isEqualTo(START.plusDays(expected));
            assertThat(c.calendar().workingDaysBetween(date, result)).isEqualTo(n);
        }
    }

    @Property(tries = 500)
    void workingDaysBetweenMatchesCount(@ForAll("calendars") Case c, @ForAll @IntRange(max = DAYS - 1) int a,
            @ForAll @IntRange(max = DAYS - 1) int b) {
        // forwards (a, b]; backwards [b, a), negated: the start is never counted, the end is
        int count = 0;
        for (int d = a + 1; d <= b; d++) {
            count += c.working()[d] ? 1 : 0;
        }
        for (int d = b; d < a; d++) {
            count -= c.working()[d] ? 1 : 0;
        }
        assertThat(c.calendar().workingDaysBetween(START.plusDays(a), START.plusDays(b))).isEqualTo(count);
    }

    /** The index reached by walking n working days from i, or null past either end. */
    static Integer walk(boolean[] working, int i, int n) {
        int d = i;
        int left = Math.abs(n);
        int step = n > 0 ? 1 : -1;
        while (left > 0) {
            d += step;
            if (d < 0 || d >= working.length) {
                return null;
            }
            if (working[d]) {
                left--;
            }
        }
        return d;
    }
}
