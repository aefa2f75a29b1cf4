package dev.shixian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue 8: every public method of {@link ImmutableWorkingCalendar}, on calendars placed anywhere in the
 * {@link LocalDate} range (at {@code LocalDate.MIN}, at {@code LocalDate.MAX}, in far-off years, around today) and
 * asked about any date of that range (years -999,999,999..999,999,999) with any {@code int} n, answers only for
 * dates inside {@link WorkingCalendar#answerableRange()}, with results equal to a day-by-day walk over the
 * calendar's own truth table, and otherwise throws {@link CalendarCoverageException} naming the first date it has no
 * data for — never another exception, never a date outside the range.
 */
class CoverageProperties {

    private static final long MIN_EPOCH = LocalDate.MIN.toEpochDay();
    private static final long MAX_EPOCH = LocalDate.MAX.toEpochDay();

    /** Where a calendar lies in the LocalDate range. */
    enum Place { AT_MIN, AT_MAX, FAR_PAST, FAR_FUTURE, NOTICES }

    /** The public questions; each adjuster is asked through {@code LocalDate.with}. */
    enum Op {
        DAY_KIND, IS_WORKING_DAY, HOLIDAY_NAME, IS_PROVISIONAL, IS_SETTLED, PLUS, BETWEEN, NEXT, PREVIOUS, ROLL,
        PLUS_ADJUSTER, NEXT_ADJUSTER, PREVIOUS_ADJUSTER, ROLL_ADJUSTER
    }

    /**
     * A calendar and its truth table: day i is {@code first + i}; days [0, covered) are covered, [covered, total)
     * provisional, [0, settled) settled.
     */
    record Model(ImmutableWorkingCalendar calendar, long first, int covered, int total, int settled,
            boolean[] working, DayKind[] kinds, String[] names) {

        long index(LocalDate date) {
            return date.toEpochDay() - first;
        }

        boolean answerable(LocalDate date) {
            long i = index(date);
            return i >= 0 && i < total;
        }

        LocalDate date(long i) {
            return LocalDate.ofEpochDay(first + i);
        }

        /** The first date past the end a walk leaves by, as the calendar must name it. */
        LocalDate past(int step) {
            long i = step > 0 ? total : -1;
            long epoch = first + i;
            return epoch > MAX_EPOCH ? LocalDate.MAX : epoch < MIN_EPOCH ? LocalDate.MIN : LocalDate.ofEpochDay(epoch);
        }
    }

    /** A date: anywhere in the whole range, or within 40 days of either end of the calendar. */
    record DateSpec(int kind, long raw, int delta) {

        LocalDate resolve(Model m) {
            long epoch;
            if (kind == 0) {
                epoch = raw;
            } else if (kind == 1) {
                epoch = m.first() + delta;
            } else if (kind == 2) {
                epoch = m.first() + m.total() - 1 + delta;
            } else {
                epoch = m.first() + Math.floorMod(raw, m.total());
            }
            return LocalDate.ofEpochDay(Math.max(MIN_EPOCH, Math.min(MAX_EPOCH, epoch)));
        }
    }

    @Provide
    Arbitrary<Model> calendars() {
        Arbitrary<Place> places = Arbitraries.of(Place.class);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 800);
        // never 1: in a calendar ending at LocalDate.MAX that would end the coverage on the day before it
        Arbitrary<Integer> provisional = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(2, 90)));
        Arbitrary<Integer> settledCut = Arbitraries.integers().between(-1, 10);
        Arbitrary<Set<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3);
        Arbitrary<int[]> offs = Arbitraries.integers().between(0, 10_000).array(int[].class).ofMaxSize(60);
        Arbitrary<int[]> works = Arbitraries.integers().between(0, 10_000).array(int[].class).ofMaxSize(30);
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 999_999_000);
        return Combinators.combine(places, lengths, provisional, settledCut, weekends, offs, works, years)
                .as(CoverageProperties::model);
    }

    private static Model model(Place place, int givenLength, int provisional, int settledCut,
            Set<DayOfWeek> weekend, int[] offs, int[] works, int year) {
        int span = givenLength + provisional;
        long first;
        switch (place) {
            case AT_MIN:
                first = MIN_EPOCH;
                break;
            case AT_MAX:
                first = MAX_EPOCH - span + 1;
                break;
            case FAR_PAST:
                first = LocalDate.of(-year, 1, 1).toEpochDay();
                break;
            case FAR_FUTURE:
                first = LocalDate.of(year, 3, 1).toEpochDay();
                break;
            default:
                first = LocalDate.of(2004, 1, 1).toEpochDay();
                break;
        }
        // the settled range ends a few days before the coverage end, or covers everything, or (-1 as the cut
        // past the length) nothing
        // a LocalDateRange can neither end on LocalDate.MIN or the day before MAX, nor start on MAX or the day before
        // (the builder refuses such ranges, tested apart): at either end of the LocalDate range, coverage spans at
        // least 3 days, and an unrepresentable settled range becomes the whole coverage
        boolean atEdge = place == Place.AT_MIN || place == Place.AT_MAX;
        int length = atEdge ? Math.max(3, givenLength) : givenLength;
        if (place == Place.AT_MAX) {
            first = MAX_EPOCH - (length + provisional) + 1;
        }
        int total = length + provisional;
        int settled = settledCut < 0 ? 0 : Math.max(1, length - settledCut);
        if (settled == 0 ? first == MIN_EPOCH : !representable(first, first + settled - 1)) {
            settled = length;
        }
        long settledLastEpoch = first + settled - 1;
        ImmutableWorkingCalendar.Builder b = ImmutableWorkingCalendar.builder()
                .name("P")
                .coverage(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(first + length - 1))
                .weekendDays(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
        if (provisional > 0) {
            b.provisionalUntil(LocalDate.ofEpochDay(first + total - 1));
        }
        b.settledThrough(LocalDate.ofEpochDay(Math.max(MIN_EPOCH, settledLastEpoch)));
        boolean[] explicit = new boolean[total];
        boolean[] explicitWorking = new boolean[total];
        String[] names = new String[total];
        for (int o : offs) {
            int i = o % total;
            b.dayOff(LocalDate.ofEpochDay(first + i), "off" + i);
            explicit[i] = true;
            explicitWorking[i] = false;
            names[i] = "off" + i;
        }
        for (int w : works) {
            int i = w % total;
            b.workingDay(LocalDate.ofEpochDay(first + i), "work" + i);
            explicit[i] = true;
            explicitWorking[i] = true;
            names[i] = "work" + i;
        }
        boolean[] working = new boolean[total];
        DayKind[] kinds = new DayKind[total];
        for (int i = 0; i < total; i++) {
            boolean isWeekend = weekend.contains(LocalDate.ofEpochDay(first + i).getDayOfWeek());
            working[i] = explicit[i] ? explicitWorking[i] : !isWeekend;
            if (working[i]) {
                kinds[i] = isWeekend ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY;
            } else {
                kinds[i] = explicit[i] ? DayKind.HOLIDAY : DayKind.REST_DAY;
            }
        }
        return new Model(b.build(), first, length, total, settled, working, kinds, names);
    }

    private static boolean representable(long from, long to) {
        try {
            org.threeten.extra.LocalDateRange r = org.threeten.extra.LocalDateRange.ofClosed(
                    LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
            return r.getStart().toEpochDay() == from && r.getEndInclusive().toEpochDay() == to;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<DateSpec> dates() {
        return Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(MIN_EPOCH, MAX_EPOCH), Arbitraries.integers().between(-40, 40))
                .as(DateSpec::new);
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-30, 30), Arbitraries.integers(),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1,
                        -1, 0, 1));
    }

    @Property(tries = 3000, seed = "20261130")
    void answersInsideTheRangeOrThrowsCoverage(@ForAll("calendars") Model m, @ForAll Op op,
            @ForAll("dates") DateSpec a, @ForAll("dates") DateSpec b, @ForAll("counts") int n) {
        LocalDate date = a.resolve(m);
        LocalDate other = b.resolve(m);
        ImmutableWorkingCalendar cal = m.calendar();
        assertThat(cal.answerableRange().getStart()).isEqualTo(m.date(0));
        assertThat(cal.answerableRange().getEndInclusive()).isEqualTo(m.date(m.total() - 1));
        switch (op) {
            case DAY_KIND:
                check(m, date, () -> cal.dayKind(date), () -> m.kinds()[(int) m.index(date)]);
                break;
            case IS_WORKING_DAY:
                check(m, date, () -> cal.isWorkingDay(date), () -> m.working()[(int) m.index(date)]);
                break;
            case HOLIDAY_NAME:
                check(m, date, () -> cal.holidayName(date),
                        () -> Optional.ofNullable(m.names()[(int) m.index(date)]));
                break;
            case IS_PROVISIONAL:
                check(m, date, () -> cal.isProvisional(date), () -> m.index(date) >= m.covered());
                break;
            case IS_SETTLED:
                check(m, date, () -> cal.isSettled(date), () -> m.index(date) < m.settled());
                break;
            case PLUS:
                walkCheck(m, date, n, () -> cal.plusWorkingDays(date, n));
                break;
            case PLUS_ADJUSTER:
                walkCheck(m, date, n, () -> date.with(cal.plusWorkingDays(n)));
                break;
            case NEXT:
                walkCheck(m, date, 1, () -> cal.nextWorkingDay(date));
                break;
            case NEXT_ADJUSTER:
                walkCheck(m, date, 1, () -> date.with(cal.nextWorkingDay()));
                break;
            case PREVIOUS:
                walkCheck(m, date, -1, () -> cal.previousWorkingDay(date));
                break;
            case PREVIOUS_ADJUSTER:
                walkCheck(m, date, -1, () -> date.with(cal.previousWorkingDay()));
                break;
            case ROLL:
                rollCheck(m, date, () -> cal.rollForward(date));
                break;
            case ROLL_ADJUSTER:
                rollCheck(m, date, () -> date.with(cal.rollForward()));
                break;
            default: // BETWEEN
                betweenCheck(m, date, other);
                break;
        }
    }

    @Property(tries = 300, seed = "20261130")
    void wholeCalendarMatchesTruth(@ForAll("calendars") Model m) {
        ImmutableWorkingCalendar cal = m.calendar();
        for (int i = 0; i < m.total(); i++) {
            LocalDate d = m.date(i);
            assertThat(cal.dayKind(d)).isEqualTo(m.kinds()[i]);
            assertThat(cal.isSettled(d)).isEqualTo(i < m.settled());
        }
        assertThat(cal.settled().isEmpty()).isEqualTo(m.settled() == 0);
        assertThat(ImmutableWorkingCalendar.builder().copyOf(cal).build()).isEqualTo(cal);
    }

    private static <T> void check(Model m, LocalDate date, Supplier<T> actual, Supplier<T> expected) {
        if (m.answerable(date)) {
            assertThat(actual.get()).isEqualTo(expected.get());
        } else {
            expectCoverage(actual, date);
        }
    }

    private static void walkCheck(Model m, LocalDate date, int n, Supplier<LocalDate> actual) {
        if (!m.answerable(date)) {
            expectCoverage(actual, date);
            return;
        }
        Long expected = walk(m, m.index(date), n);
        if (expected == null) {
            expectCoverage(actual, m.past(n));
        } else {
            assertThat(actual.get()).isEqualTo(m.date(expected));
        }
    }

    private static void rollCheck(Model m, LocalDate date, Supplier<LocalDate> actual) {
        if (m.answerable(date) && m.working()[(int) m.index(date)]) {
            assertThat(actual.get()).isEqualTo(date);
        } else {
            walkCheck(m, date, 1, actual);
        }
    }

    private static void betweenCheck(Model m, LocalDate a, LocalDate b) {
        Supplier<Integer> actual = () -> m.calendar().workingDaysBetween(a, b);
        if (!m.answerable(a)) {
            expectCoverage(actual, a);
        } else if (!m.answerable(b)) {
            expectCoverage(actual, b);
        } else {
            int ia = (int) m.index(a);
            int ib = (int) m.index(b);
            int count = 0;
            for (int d = ia + 1; d <= ib; d++) {
                count += m.working()[d] ? 1 : 0;
            }
            for (int d = ib; d < ia; d++) {
                count -= m.working()[d] ? 1 : 0;
            }
            assertThat(actual.get()).isEqualTo(count);
        }
    }

    /** The index reached by walking n working days from i, day by day, or null past either end. */
    private static Long walk(Model m, long i, int n) {
        long d = i;
        long left = Math.abs((long) n);
        int step = n > 0 ? 1 : -1;
        while (left > 0) {
            d += step;
            if (d < 0 || d >= m.total()) {
                return null;
            }
            if (m.working()[(int) d]) {
                left--;
            }
        }
        return d;
    }

    private static void expectCoverage(Supplier<?> call, LocalDate named) {
        Object result;
        try {
            result = call.get();
        } catch (CalendarCoverageException e) {
            assertThat(e.date()).as("the date the exception names").isEqualTo(named);
            assertThat(e.getMessage()).contains(named.toString()).contains("year " + named.getYear());
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("expected CalendarCoverageException naming " + named + " but got " + e, e);
        }
        fail("expected CalendarCoverageException naming " + named + " but got " + result);
    }
}
