package dev.shixian.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The general immutable working-day calendar (工作日历), built from weekend days, named days off (节假日) and
 * named working days (调休上班 = adjusted working day, when they fall on a weekend).
 *
 * <p>Example: a calendar for October 2021 with the 国庆节 notice:
 * <pre>{@code
 * WorkingCalendar cal = ImmutableWorkingCalendar.builder()
 *     .name("CN-2021-10")
 *     .coverage(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 31))
 *     .daysOff(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 7), "国庆节")
 *     .workingDay(LocalDate.of(2021, 9, 26), "国庆节")
 *     .workingDay(LocalDate.of(2021, 10, 9), "国庆节")
 *     .build();
 * cal.plusWorkingDays(LocalDate.of(2021, 9, 30), 3);   // 2021-10-11
 * }</pre>
 *
 * <h2>Representation</h2>
 * Like Strata's calendars, the days are held as one {@code int} bitmask per month — one bit per day for "working"
 * and one for "named day off" — indexed straight from the date's year and month fields, so that
 * {@link #isWorkingDay(LocalDate)} is a bit test with no date arithmetic. Beside the working masks is the cumulative
 * count of working days before each month, so that {@link #workingDaysBetween(LocalDate, LocalDate)} is two lookups
 * and two popcounts, and {@link #plusWorkingDays(LocalDate, int)} finds the month holding the result (guessed by
 * interpolation, then a short scan, else a binary search: O(log months) whatever n is, never a day-by-day walk) and
 * selects the day within its mask. Twenty-three years take about 3 KiB of masks and counts, plus the names of the
 * named days.
 *
 * <h2>Range</h2>
 * A calendar spans at most 1000 years, anywhere from {@code LocalDate.MIN} to {@code LocalDate.MAX} inclusive.
 * Every method accepts any date: one outside {@link #answerableRange()}, however far (year 357915946 or
 * {@code LocalDate.MIN}), throws {@link CalendarCoverageException} naming it, and arithmetic that would leave the
 * range throws naming the first date past it (or {@code LocalDate.MAX}/{@code MIN} itself when the walk would pass
 * the last representable date). The {@link Builder#settledThrough(LocalDate) settled} range is a prefix of the
 * coverage.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImmutableWorkingCalendar implements WorkingCalendar {

    /** For each byte value and each k in 0..7, the position of its (k+1)-th set bit. */
    private static final byte[] SELECT_IN_BYTE = new byte[256 * 8];
    /** The longest range a calendar may hold, in years: far beyond any notice data, short of exhausting memory. */
    static final int MAX_YEARS = 1000;
    /** Up to this many working days on, the result is looked for in this month and the next first. */
    private static final int FAST_PATH_LIMIT = 16;
    /** The longest scan from a guessed month before falling back to binary search. */
    private static final int LINEAR_SCAN_LIMIT = 8;

    static {
        for (int b = 0; b < 256; b++) {
            int k = 0;
            for (int bit = 0; bit < 8; bit++) {
                if ((b & (1 << bit)) != 0) {
                    SELECT_IN_BYTE[b * 8 + k++] = (byte) bit;
                }
            }
        }
    }

    private final String name;
    private final LocalDateRange coverage;
    private final LocalDateRange answerable;
    private final LocalDateRange settled;
    /** The first and last answerable dates. */
    private final LocalDate start;
    private final LocalDate end;
    /** The last covered (authoritative) date; later answerable dates are provisional. */
    private final LocalDate coverageEnd;
    /** The last settled date; before {@link #start} when none is. */
    private final LocalDate settledEnd;
    private final Set<DayOfWeek> weekendDays;
    private final String coverageHint;
    /** The year of month 0. */
    private final int firstYear;
    /** The month index of the first answerable date (its month of year minus one). */
    private final int firstMonth;
    /** Number of months held: month m is (firstYear + m / 12, m % 12 + 1). */
    private final int months;
    /** Bit d - 1 of working[m] is set when day d of month m is a working day (and answerable). */
    private final int[] working;
    /** Bit d - 1 of holiday[m] is set when day d of month m is a named day off. */
    private final int[] holiday;
    /** cumulative[m] = working days in months 0..m-1; length months + 1. */
    private final int[] cumulative;
    /** Keys (month * 32 + day - 1) of the days that carry a name, ascending, and their names. */
    private final int[] namedDays;
    private final String[] names;

    private ImmutableWorkingCalendar(Builder b, LocalDateRange coverage, LocalDateRange answerable,
            LocalDateRange settled, LocalDate settledEnd) {
        this.name = b.name;
        this.start = b.start;
        this.end = b.provisionalEnd != null ? b.provisionalEnd : b.end;
        this.coverageEnd = b.end;
        this.coverage = coverage;
        this.answerable = answerable;
        this.settled = settled;
        this.settledEnd = settledEnd;
        this.weekendDays = Set.copyOf(b.weekendDays);
        this.coverageHint = b.coverageHint;
        this.firstYear = start.getYear();
        this.firstMonth = start.getMonthValue() - 1;
        this.months = (end.getYear() - firstYear) * 12 + end.getMonthValue();
        this.working = new int[months];
        this.holiday = new int[months];
        // the weekday masks month by month from each month's first day of the week: no date arithmetic that could
        // step past LocalDate.MAX or MIN, whatever the range
        int[] weekMask = new int[7];
        for (int firstDow = 0; firstDow < 7; firstDow++) {
            for (int day = 0; day < 31; day++) {
                if (!weekendDays.contains(DayOfWeek.of((firstDow + day) % 7 + 1))) {
                    weekMask[firstDow] |= 1 << day;
                }
            }
        }
        for (int m = firstMonth; m < months; m++) {
            LocalDate first = LocalDate.of(firstYear + m / 12, m % 12 + 1, 1);
            int mask = weekMask[first.getDayOfWeek().getValue() - 1] & (-1 >>> (32 - first.lengthOfMonth()));
            if (m == firstMonth) {
                mask &= -1 << (start.getDayOfMonth() - 1);
            }
            if (m == months - 1) {
                mask &= -1 >>> (32 - end.getDayOfMonth());
            }
            working[m] = mask;
        }
        int[] named = new int[b.days.size()];
        String[] dayNames = new String[b.days.size()];
        int count = 0;
        for (Map.Entry<LocalDate, DayEntry> e : b.days.entrySet()) {
            LocalDate d = e.getKey();
            int m = monthIndex(d);
            int bit = 1 << (d.getDayOfMonth() - 1);
            DayEntry entry = e.getValue();
            if (entry.working) {
                working[m] |= bit;
                holiday[m] &= ~bit;
            } else {
                working[m] &= ~bit;
                holiday[m] |= bit;
            }
            if (entry.name != null) {
                named[count] = key(m, d.getDayOfMonth());
                dayNames[count] = entry.name.intern();
                count++;
            }
        }
        this.namedDays = Arrays.copyOf(named, count);
        this.names = Arrays.copyOf(dayNames, count);
        this.cumulative = new int[months + 1];
        for (int m = 0; m < months; m++) {
            cumulative[m + 1] = cumulative[m] + Integer.bitCount(working[m]);
        }
    }

    /**
     * Starts building a calendar.
     *
     * @return a new builder with Saturday and Sunday as weekend days, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The month index of a date known to be answerable. */
    private int monthIndex(LocalDate date) {
        return (date.getYear() - firstYear) * 12 + date.getMonthValue() - 1;
    }

    private static int key(int month, int dayOfMonth) {
        return month * 32 + dayOfMonth - 1;
    }

    /**
     * The month index of an answerable date. Only the first and last months need the full comparison, so the usual
     * case is two field reads and a subtraction.
     */
    private int month(LocalDate date, String what) {
        // in long: a far-off year (up to ±999,999,999) times 12 overflows an int and could wrap into range
        long m = (date.getYear() - (long) firstYear) * 12 + date.getMonthValue() - 1;
        if (m <= firstMonth || m >= months - 1) {
            if (m < firstMonth || m >= months || date.isBefore(start) || date.isAfter(end)) {
                throw outside(date, what);
            }
        }
        return (int) m;
    }

    private CalendarCoverageException outside(LocalDate date, String what) {
        return new CalendarCoverageException(date, answerable, "Calendar " + name + ": " + what + "(" + date + ")",
                coverageHint);
    }

    /**
     * The exception for a walk of n working days from an answerable date that leaves the answerable range: it names
     * the first date past the end walked over (the day after the last answerable date, or the day before the first),
     * which is the first date the calendar has no data for.
     */
    private CalendarCoverageException overrun(LocalDate date, long n, String what) {
        String detail = "Calendar " + name + ": " + what + ": " + Math.abs(n) + " working day"
                + (Math.abs(n) == 1 ? "" : "s") + (n > 0 ? " after " : " before ") + date;
        if (n > 0 ? end.equals(LocalDate.MAX) : start.equals(LocalDate.MIN)) {
            // nothing lies past the last representable date: name that date itself
            return new CalendarCoverageException(n > 0 ? LocalDate.MAX : LocalDate.MIN, answerable, detail,
                    coverageHint);
        }
        LocalDate past = n > 0 ? end.plusDays(1) : start.minusDays(1);
        return new CalendarCoverageException(past, answerable, detail, coverageHint);
    }

    /** The number of working days from the first month up to and including the given day. */
    private int rank(int m, int dayOfMonth) {
        return cumulative[m] + Integer.bitCount(working[m] & (-1 >>> (32 - dayOfMonth)));
    }

    /**
     * The date of the r-th working day (1-based, 1 &lt;= r &lt;= total), the search starting from month m. The month
     * holding it is first guessed by interpolation — working days are spread almost evenly over the months — and
     * then found by a short scan; should the scan run long (a calendar with long closures), a binary search over the
     * cumulative counts finishes it, so the cost stays O(log months) whatever n is.
     */
    private LocalDate select(int r, int m) {
        int mm = m;
        if (cumulative[mm + 1] < r || cumulative[mm] >= r) {
            long total = cumulative[months];
            mm = firstMonth + (int) ((r - 1L) * (months - firstMonth) / total);
            int steps = 0;
            while (cumulative[mm + 1] < r && steps++ < LINEAR_SCAN_LIMIT) {
                mm++;
            }
            while (cumulative[mm] >= r && steps++ < LINEAR_SCAN_LIMIT) {
                mm--;
            }
            if (steps >= LINEAR_SCAN_LIMIT) {
                int lo = 0;
                int hi = months - 1;
                while (lo < hi) { // the first month whose cumulative end reaches r
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid + 1] >= r) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                mm = lo;
            }
        }
        int k = r - cumulative[mm];
        int word = working[mm];
        int shift = 0;
        while (true) {
            int b = (word >>> shift) & 0xFF;
            int c = Integer.bitCount(b);
            if (k <= c) {
                int day = shift + SELECT_IN_BYTE[b * 8 + k - 1] + 1;
                return LocalDate.of(firstYear + mm / 12, mm % 12 + 1, day);
            }
            k -= c;
            shift += 8;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LocalDateRange coverage() {
        return coverage;
    }

    @Override
    public LocalDateRange answerableRange() {
        return answerable;
    }

    @Override
    public boolean isProvisional(LocalDate date) {
        Objects.requireNonNull(date, "date");
        month(date, "isProvisional");
        return date.isAfter(coverageEnd);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here it runs from the coverage start through the date given to {@link Builder#settledThrough(LocalDate)},
     * by default the whole coverage.
     *
     * @return {@inheritDoc}
     */
    @Override
    public LocalDateRange settled() {
        return settled;
    }

    @Override
    public boolean isSettled(LocalDate date) {
        Objects.requireNonNull(date, "date");
        month(date, "isSettled");
        return !date.isAfter(settledEnd);
    }

    @Override
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (working[month(date, "isWorkingDay")] >>> (date.getDayOfMonth() - 1) & 1) != 0;
    }

    @Override
    public DayKind dayKind(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int m = month(date, "dayKind");
        int bit = 1 << (date.getDayOfMonth() - 1);
        if ((working[m] & bit) != 0) {
            return weekendDays.contains(date.getDayOfWeek()) ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY;
        }
        return (holiday[m] & bit) != 0 ? DayKind.HOLIDAY : DayKind.REST_DAY;
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int m = month(date, "holidayName");
        int pos = Arrays.binarySearch(namedDays, key(m, date.getDayOfMonth()));
        return pos >= 0 ? Optional.of(names[pos]) : Optional.empty();
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        int m = month(date, "plusWorkingDays");
        if (n == 0) {
            return date;
        }
        int day = date.getDayOfMonth();
        if (n > 0 && n <= FAST_PATH_LIMIT) {
            // the usual case, a few working days on: the rest of this month's mask, then next month's; the result
            // is made by plusDays, whose JDK fast path builds a date in the same or next month without validation
            int later = working[m] & (-2 << (day - 1));
            int here = Integer.bitCount(later);
            if (here >= n) {
                return date.plusDays(nthSetBit(later, n) + 1 - day);
            }
            if (m + 1 < months && Integer.bitCount(working[m + 1]) >= n - here) {
                return date.plusDays(date.lengthOfMonth() - day + nthSetBit(working[m + 1], n - here) + 1);
            }
        }
        int upTo = rank(m, day);
        long target = n > 0 ? (long) upTo + n : (long) upTo - (working[m] >>> (day - 1) & 1) + n + 1;
        if (target < 1 || target > cumulative[months]) {
            throw overrun(date, n, "plusWorkingDays");
        }
        return select((int) target, m);
    }

    /** The position of the k-th (1-based) set bit of a mask that has at least k. */
    private static int nthSetBit(int mask, int k) {
        int bits = mask;
        for (int i = 1; i < k; i++) {
            bits &= bits - 1;
        }
        return Integer.numberOfTrailingZeros(bits);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        int ms = month(startExclusive, "workingDaysBetween");
        int me = month(endInclusive, "workingDaysBetween");
        int ds = startExclusive.getDayOfMonth();
        int de = endInclusive.getDayOfMonth();
        int forward = rank(me, de) - rank(ms, ds);
        if (!endInclusive.isBefore(startExclusive)) {
            return forward;
        }
        // backwards, the walk counts from the end (inclusive) up to the start (exclusive): the inverse law holds
        return forward - (working[me] >>> (de - 1) & 1) + (working[ms] >>> (ds - 1) & 1);
    }

    @Override
    public LocalDate rollForward(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int m = month(date, "rollForward");
        if ((working[m] >>> (date.getDayOfMonth() - 1) & 1) != 0) {
            return date;
        }
        int upTo = rank(m, date.getDayOfMonth());
        if (upTo >= cumulative[months]) {
            throw overrun(date, 1, "rollForward");
        }
        return select(upTo + 1, m);
    }

    /**
     * Compares calendars by name, ranges (covered, answerable, settled), weekend days and the kind and name of every
     * day.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ImmutableWorkingCalendar other)) {
            return false;
        }
        return name.equals(other.name) && coverage.equals(other.coverage) && answerable.equals(other.answerable)
                && settledEnd.equals(other.settledEnd) && weekendDays.equals(other.weekendDays)
                && Arrays.equals(working, other.working)
                && Arrays.equals(holiday, other.holiday) && Arrays.equals(namedDays, other.namedDays)
                && Arrays.equals(names, other.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, coverage, answerable, Arrays.hashCode(working), Arrays.hashCode(holiday));
    }

    /**
     * A summary such as {@code CN[2004-01-01..2026-12-31, provisional to 2050-12-31]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return name + "[" + coverage.getStart() + ".." + coverage.getEndInclusive()
                + (answerable.equals(coverage) ? "" : ", provisional to " + answerable.getEndInclusive()) + "]";
    }

    /** One explicitly given day. */
    private static final class DayEntry {
        final boolean working;
        final String name;

        DayEntry(boolean working, String name) {
            this.working = working;
            this.name = name;
        }
    }

    /**
     * Builds an {@link ImmutableWorkingCalendar}. Days are given one by one or as ranges; for the same date, a
     * later call replaces an earlier one, so a loader that adds a notice's working days (调休上班) after its days
     * off makes a listed weekend day working whatever else says. Not thread-safe; use it from one thread.
     */
    public static final class Builder {
        private String name = "calendar";
        private LocalDate start;
        private LocalDate end;
        private LocalDate provisionalEnd;
        private LocalDate settledThrough;
        private Set<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private String coverageHint = "Build the calendar with data covering this date.";
        private final TreeMap<LocalDate, DayEntry> days = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the calendar's name, such as {@code "CN"}.
         *
         * @param name  the name, not null or blank
         * @return this builder
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Calendar name must not be blank");
            }
            this.name = name;
            return this;
        }

        /**
         * Sets the inclusive range of dates the calendar holds authoritative data for.
         *
         * @param startInclusive  the first covered date, not null
         * @param endInclusive  the last covered date, not null, not before the start
         * @return this builder
         */
        public Builder coverage(LocalDate startInclusive, LocalDate endInclusive) {
            Objects.requireNonNull(startInclusive, "startInclusive");
            Objects.requireNonNull(endInclusive, "endInclusive");
            if (endInclusive.isBefore(startInclusive)) {
                throw new IllegalArgumentException(
                        "Coverage end " + endInclusive + " must not be before its start " + startInclusive);
            }
            this.start = startInclusive;
            this.end = endInclusive;
            return this;
        }

        /**
         * Lets the calendar answer past its coverage, up to and including a date; answers for those days are
         * provisional ({@link WorkingCalendar#isProvisional(LocalDate)}).
         *
         * @param endInclusive  the last provisional date, not null, after the coverage end
         * @return this builder
         */
        public Builder provisionalUntil(LocalDate endInclusive) {
            this.provisionalEnd = Objects.requireNonNull(endInclusive, "endInclusive");
            return this;
        }

        /**
         * Sets the last settled date (已定日期): the days after it, up to the coverage end, are covered but the
         * next, not yet published, notice may still change them ({@link WorkingCalendar#isSettled(LocalDate)} is
         * false). Unless set, the whole coverage is settled; provisional days never are.
         *
         * <p>Example: a calendar of the notices through 2018 whose 2018-12-29..31 wait for the 2019 notice (which
         * made Saturday 2018-12-29 a working day and Monday 2018-12-31 a day off) has
         * {@code settledThrough(LocalDate.of(2018, 12, 28))}.
         *
         * @param lastSettled  the last settled date, not null; at build it must not be after the coverage end, and
         *     a date before the coverage start means no day is settled
         * @return this builder
         */
        public Builder settledThrough(LocalDate lastSettled) {
            this.settledThrough = Objects.requireNonNull(lastSettled, "lastSettled");
            return this;
        }

        /**
         * Sets the weekend days (周休息日); Saturday and Sunday unless set.
         *
         * @param weekendDays  the weekend days, not null, may be empty
         * @return this builder
         */
        public Builder weekendDays(Set<DayOfWeek> weekendDays) {
            Objects.requireNonNull(weekendDays, "weekendDays");
            this.weekendDays = weekendDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekendDays);
            return this;
        }

        /**
         * Sets the advice that a {@link CalendarCoverageException} gives for loading more data.
         *
         * @param hint  the advice, not null
         * @return this builder
         */
        public Builder coverageHint(String hint) {
            this.coverageHint = Objects.requireNonNull(hint, "hint");
            return this;
        }

        /**
         * Adds a named day off (节假日).
         *
         * @param date  the date, not null
         * @param holidayName  the holiday's name, such as 国庆节, not null
         * @return this builder
         */
        public Builder dayOff(LocalDate date, String holidayName) {
            return put(date, false, Objects.requireNonNull(holidayName, "holidayName"));
        }

        /**
         * Adds a run of named days off, both ends inclusive.
         *
         * @param startInclusive  the first day off, not null
         * @param endInclusive  the last day off, not null, not before the start
         * @param holidayName  the holiday's name, not null
         * @return this builder
         */
        public Builder daysOff(LocalDate startInclusive, LocalDate endInclusive, String holidayName) {
            Objects.requireNonNull(startInclusive, "startInclusive");
            Objects.requireNonNull(endInclusive, "endInclusive");
            if (endInclusive.isBefore(startInclusive)) {
                throw new IllegalArgumentException(
                        "Days off end " + endInclusive + " is before start " + startInclusive);
            }
            for (LocalDate d = startInclusive; ; d = d.plusDays(1)) { // no plusDays past the end: it may be MAX
                dayOff(d, holidayName);
                if (d.equals(endInclusive)) {
                    return this;
                }
            }
        }

        /**
         * Adds a named working day: on a weekend day, an adjusted working day (调休上班).
         *
         * @param date  the date, not null
         * @param holidayName  the holiday it was moved for, such as 国庆节, not null
         * @return this builder
         */
        public Builder workingDay(LocalDate date, String holidayName) {
            return put(date, true, Objects.requireNonNull(holidayName, "holidayName"));
        }

        /**
         * Copies every setting and every day of another calendar, so that overlays can be added on top: name,
         * coverage, provisional range, settled range (as {@link #settledThrough(LocalDate)}), weekend days, and the
         * kind and name of every answerable day.
         *
         * @param calendar  the calendar to copy, not null
         * @return this builder
         */
        public Builder copyOf(WorkingCalendar calendar) {
            Objects.requireNonNull(calendar, "calendar");
            name(calendar.name());
            coverage(calendar.coverage().getStart(), calendar.coverage().getEndInclusive());
            LocalDate answerableEnd = calendar.answerableRange().getEndInclusive();
            provisionalEnd = answerableEnd.equals(end) ? null : answerableEnd;
            LocalDateRange settledRange = calendar.settled();
            settledThrough = !settledRange.isEmpty() ? settledRange.getEndInclusive()
                    : start.equals(LocalDate.MIN) ? start : start.minusDays(1);
            weekendDays(calendar.weekendDays());
            if (calendar instanceof ImmutableWorkingCalendar immutable) {
                coverageHint = immutable.coverageHint;
            }
            days.clear();
            for (LocalDate d = start; ; d = d.plusDays(1)) { // no plusDays past the end: it may be MAX
                DayKind kind = calendar.dayKind(d);
                String dayName = calendar.holidayName(d).orElse(null);
                boolean weekend = weekendDays.contains(d.getDayOfWeek());
                if (kind == DayKind.HOLIDAY || (kind == DayKind.REST_DAY && !weekend)) {
                    put(d, false, dayName);
                } else if (kind == DayKind.ADJUSTED_WORKDAY || (kind == DayKind.WORKDAY && weekend)
                        || dayName != null) {
                    put(d, kind.isWorkingDay(), dayName);
                }
                if (d.equals(answerableEnd)) {
                    return this;
                }
            }
        }

        private Builder put(LocalDate date, boolean working, String holidayName) {
            Objects.requireNonNull(date, "date");
            days.put(date, new DayEntry(working, holidayName));
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws IllegalStateException if no coverage was set
         * @throws IllegalArgumentException if a day lies outside the coverage and provisional range, the range spans
         *     more than 1000 years, the settled date is after the coverage end, or a range cannot be represented as
         *     a {@link LocalDateRange} (which takes an end of {@code LocalDate.MAX} as unbounded, so that no range
         *     can end on the day before it, nor on {@code LocalDate.MIN})
         */
        public ImmutableWorkingCalendar build() {
            if (start == null) {
                throw new IllegalStateException("Calendar '" + name + "' needs a coverage range");
            }
            if (provisionalEnd != null && !provisionalEnd.isAfter(end)) {
                throw new IllegalArgumentException(
                        "Provisional end " + provisionalEnd + " must be after the coverage end " + end);
            }
            LocalDate last = provisionalEnd != null ? provisionalEnd : end;
            if ((long) last.getYear() - start.getYear() >= MAX_YEARS) {
                throw new IllegalArgumentException("Calendar range " + start + ".." + last + " spans more than "
                        + MAX_YEARS + " years");
            }
            if (!days.isEmpty() && (days.firstKey().isBefore(start) || days.lastKey().isAfter(last))) {
                LocalDate bad = days.firstKey().isBefore(start) ? days.firstKey() : days.lastKey();
                throw new IllegalArgumentException("Day " + bad + " lies outside the calendar's range " + start
                        + ".." + last);
            }
            LocalDate lastSettled = settledThrough != null ? settledThrough : end;
            if (lastSettled.isAfter(end)) {
                throw new IllegalArgumentException("Settled-through date " + lastSettled
                        + " must not be after the coverage end " + end);
            }
            LocalDateRange coverageRange = range(start, end, "coverage");
            LocalDateRange answerableRange = provisionalEnd == null ? coverageRange
                    : range(start, provisionalEnd, "provisional range");
            LocalDateRange settledRange;
            if (lastSettled.isBefore(start)) {
                settledRange = LocalDateRange.of(start, start); // empty; start is not MIN, as a date precedes it
            } else {
                settledRange = range(start, lastSettled, "settled range");
            }
            return new ImmutableWorkingCalendar(this, coverageRange, answerableRange, settledRange, lastSettled);
        }

        private static LocalDateRange range(LocalDate from, LocalDate to, String what) {
            LocalDateRange range;
            try {
                range = LocalDateRange.ofClosed(from, to);
            } catch (DateTimeException e) {
                range = null;
            }
            if (range == null || !range.getStart().equals(from) || !range.getEndInclusive().equals(to)) {
                throw new IllegalArgumentException("The " + what + " " + from + ".." + to + " cannot be represented"
                        + " as a LocalDateRange, which takes LocalDate.MAX as an unbounded end: end it on"
                        + " LocalDate.MAX or at least two days before it, and after LocalDate.MIN");
            }
            return range;
        }
    }
}
