package dev.shixian.benchmarks;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.HolidayUtil;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.shixian.calendar.DayKind;
import dev.shixian.holidays.cn.ChinaCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Chinese working-day calendar, ours and the peers', on the same questions in one run. Every calendar but
 * lunar-java's is loaded from the project's own notice data (2004–2026); lunar-java keeps its built-in data, which in
 * 1.6.3 stops before 2024, so its benchmarks draw dates from 2004–2023. Each invocation takes the next date of a
 * fixed pseudo-random sequence of 4096 dates, so that branch predictors and caches see realistic variety.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class CalendarBenchmark {

    private static final int MASK = 4095;

    private ChinaCalendar ours;
    private ImmutableHolidayCalendar strata;
    private Set<LocalDate> daysOff;
    private Set<LocalDate> workingWeekendDays;
    /** Dates in 2004-01-01..2025-06-30 (so that n = 250 stays within 2026) for ours, Strata and the HashSet. */
    private LocalDate[] dates;
    /** Dates in 2004-01-01..2022-12-31 for lunar-java, whose data stops before 2024. */
    private LocalDate[] lunarDates;
    private Solar[] lunarSolars;
    private int next;

    /** Loads every calendar from the same notices. */
    @Setup
    public void setUp() {
        ours = ChinaCalendar.official();
        daysOff = new HashSet<>();
        workingWeekendDays = new HashSet<>();
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2004, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            DayKind kind = ours.dayKind(d);
            if (kind == DayKind.HOLIDAY) {
                daysOff.add(d);
                holidays.add(d);
            } else if (kind == DayKind.ADJUSTED_WORKDAY) {
                workingWeekendDays.add(d);
            }
        }
        strata = ImmutableHolidayCalendar.of(HolidayCalendarId.of("CN-SHIXIAN"), holidays,
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), workingWeekendDays);
        Random random = new Random(20211011L);
        dates = new LocalDate[MASK + 1];
        lunarDates = new LocalDate[MASK + 1];
        lunarSolars = new Solar[MASK + 1];
        long start = LocalDate.of(2004, 1, 1).toEpochDay();
        long span = LocalDate.of(2025, 6, 30).toEpochDay() - start;
        long lunarSpan = LocalDate.of(2022, 12, 31).toEpochDay() - start;
        for (int i = 0; i <= MASK; i++) {
            dates[i] = LocalDate.ofEpochDay(start + (long) (random.nextDouble() * span));
            lunarDates[i] = LocalDate.ofEpochDay(start + (long) (random.nextDouble() * lunarSpan));
            lunarSolars[i] = Solar.fromYmd(lunarDates[i].getYear(), lunarDates[i].getMonthValue(),
                    lunarDates[i].getDayOfMonth());
        }
    }

    private LocalDate date() {
        return dates[next++ & MASK];
    }

    private int lunarIndex() {
        return next++ & MASK;
    }

    // ---- isWorkingDay ----

    /** Ours: a bit test. */
    @Benchmark
    public boolean isWorkingDay_shixian() {
        return ours.isWorkingDay(date());
    }

    /** Strata's isBusinessDay. */
    @Benchmark
    public boolean isWorkingDay_strata() {
        return strata.isBusinessDay(date());
    }

    /** HashSet lookups. */
    @Benchmark
    public boolean isWorkingDay_hashSet() {
        return hashSetWorking(date());
    }

    /** lunar-java: HolidayUtil.getHoliday, then the weekend rule. */
    @Benchmark
    public boolean isWorkingDay_lunar() {
        return lunarWorking(lunarDates[lunarIndex()]);
    }

    // ---- the floor: what any API that returns a new LocalDate pays ----

    /** Fetching the next date alone. */
    @Benchmark
    public LocalDate baseline_fetchDate() {
        return date();
    }

    /** Fetching the next date and making a new LocalDate one day on (the JDK's cheapest path to a new date). */
    @Benchmark
    public LocalDate baseline_plusOneDay() {
        return date().plusDays(1);
    }

    // ---- plus 3 working days ----

    /** Ours. */
    @Benchmark
    public LocalDate plus3_shixian() {
        return ours.plusWorkingDays(date(), 3);
    }

    /** Strata's shift. */
    @Benchmark
    public LocalDate plus3_strata() {
        return strata.shift(date(), 3);
    }

    /** Day-by-day walk over HashSets. */
    @Benchmark
    public LocalDate plus3_hashSet() {
        return hashSetPlus(date(), 3);
    }

    /** lunar-java's Solar.next(days, onlyWorkday). */
    @Benchmark
    public Solar plus3_lunar() {
        return lunarSolars[lunarIndex()].next(3, true);
    }

    // ---- plus 250 working days ----

    /** Ours. */
    @Benchmark
    public LocalDate plus250_shixian() {
        return ours.plusWorkingDays(date(), 250);
    }

    /** Strata's shift. */
    @Benchmark
    public LocalDate plus250_strata() {
        return strata.shift(date(), 250);
    }

    /** Day-by-day walk over HashSets. */
    @Benchmark
    public LocalDate plus250_hashSet() {
        return hashSetPlus(date(), 250);
    }

    /** lunar-java's Solar.next(days, onlyWorkday). */
    @Benchmark
    public Solar plus250_lunar() {
        return lunarSolars[lunarIndex()].next(250, true);
    }

    // ---- working days over a year ----

    /** Ours: working days in (d, d + 365]. */
    @Benchmark
    public int daysBetweenYear_shixian() {
        LocalDate d = date();
        return ours.workingDaysBetween(d, d.plusDays(365));
    }

    /** Strata's daysBetween: business days in [d, d + 365). */
    @Benchmark
    public int daysBetweenYear_strata() {
        LocalDate d = date();
        return strata.daysBetween(d, d.plusDays(365));
    }

    /** Day-by-day count over HashSets. */
    @Benchmark
    public int daysBetweenYear_hashSet() {
        LocalDate d = date();
        int count = 0;
        for (LocalDate x = d.plusDays(1); !x.isAfter(d.plusDays(365)); x = x.plusDays(1)) {
            count += hashSetWorking(x) ? 1 : 0;
        }
        return count;
    }

    private boolean hashSetWorking(LocalDate d) {
        if (workingWeekendDays.contains(d)) {
            return true;
        }
        DayOfWeek dow = d.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(d);
    }

    private LocalDate hashSetPlus(LocalDate d, int n) {
        LocalDate x = d;
        int left = n;
        while (left > 0) {
            x = x.plusDays(1);
            if (hashSetWorking(x)) {
                left--;
            }
        }
        return x;
    }

    private static boolean lunarWorking(LocalDate d) {
        Holiday holiday = HolidayUtil.getHoliday(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        if (holiday != null) {
            return holiday.isWork();
        }
        DayOfWeek dow = d.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
