package dev.shixian.calendar;

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
 * The days of the answerable range are held as bitsets, one {@code long} per 64 days: one bit for "working" and
 * one for "named day off". Beside the working bits is the cumulative count of working days before each word, so
 * that {@link #isWorkingDay(LocalDate)} is a bit test, {@link #workingDaysBetween(LocalDate, LocalDate)} is two
 * lookups and two popcounts, and {@link #plusWorkingDays(LocalDate, int)} is a binary search over the counts
 * followed by a select within one word: O(log days) whatever n is, never a day-by-day walk. Twenty-three years
 * take about 3 KiB of bits and counts, plus the names of the named days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImmutableWorkingCalendar implements WorkingCalendar {

    /** For each byte value and each k in 0..7, the position of its (k+1)-th set bit. */
    private static final byte[] SELECT_IN_BYTE = new byte[256 * 8];

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
    private final Set<DayOfWeek> weekendDays;
    private final String coverageHint;
    /** Epoch day of the first answerable date. */
    private final long startEpochDay;
    /** Number of answerable days. */
    private final int size;
    /** Index of the first provisional day; {@code size} when there is none. */
    private final int provisionalFrom;
    /** Bit i % 64 of word i / 64 is set when day i is a working day. */
    private final long[] working;
    /** Bit set when day i is a named day off (a holiday). */
    private final long[] holiday;
    /** cumulative[w] = number of working days in words 0..w-1; length words + 1. */
    private final int[] cumulative;
    /** Bit d (Monday = 0) set when that day of the week is a weekend day. */
    private final int weekendMask;
    /** Day of week of day 0, Monday = 0. */
    private final int startDayOfWeek;
    /** Sorted indexes of the days that carry a name, and their names. */
    private final int[] namedDays;
    private final String[] names;

    private ImmutableWorkingCalendar(Builder b) {
        this.name = b.name;
        this.coverage = LocalDateRange.ofClosed(b.start, b.end);
        LocalDate answerableEnd = b.provisionalEnd != null ? b.provisionalEnd : b.end;
        this.answerable = LocalDateRange.ofClosed(b.start, answerableEnd);
        this.weekendDays = Set.copyOf(b.weekendDays);
        this.coverageHint = b.coverageHint;
        this.startEpochDay = b.start.toEpochDay();
        long days = answerableEnd.toEpochDay() - startEpochDay + 1;
        if (days > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("Calendar range too long: " + answerable);
        }
        this.size = (int) days;
        this.provisionalFrom = (int) (b.end.toEpochDay() - startEpochDay + 1);
        int mask = 0;
        for (DayOfWeek dow : weekendDays) {
            mask |= 1 << (dow.getValue() - 1);
        }
        this.weekendMask = mask;
        this.startDayOfWeek = b.start.getDayOfWeek().getValue() - 1;
        int words = (size + 63) >>> 6;
        this.working = new long[words];
        this.holiday = new long[words];
        for (int i = 0; i < size; i++) {
            if (!isWeekend(i)) {
                working[i >>> 6] |= 1L << i;
            }
        }
        int[] named = new int[b.days.size()];
        String[] dayNames = new String[b.days.size()];
        int count = 0;
        for (Map.Entry<LocalDate, DayEntry> e : b.days.entrySet()) {
            int i = (int) (e.getKey().toEpochDay() - startEpochDay);
            DayEntry entry = e.getValue();
            if (entry.working) {
                working[i >>> 6] |= 1L << i;
                holiday[i >>> 6] &= ~(1L << i);
            } else {
                working[i >>> 6] &= ~(1L << i);
                holiday[i >>> 6] |= 1L << i;
            }
            if (entry.name != null) {
                named[count] = i;
                dayNames[count] = entry.name.intern();
                count++;
            }
        }
        this.namedDays = Arrays.copyOf(named, count);
        this.names = Arrays.copyOf(dayNames, count);
        this.cumulative = new int[words + 1];
        for (int w = 0; w < words; w++) {
            cumulative[w + 1] = cumulative[w] + Long.bitCount(working[w]);
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

    private boolean isWeekend(int index) {
        return (weekendMask & (1 << ((startDayOfWeek + index) % 7))) != 0;
    }

    private int index(LocalDate date, String what) {
        Objects.requireNonNull(date, "date");
        long i = date.toEpochDay() - startEpochDay;
        if (i < 0 || i >= size) {
            throw outside(date, what);
        }
        return (int) i;
    }

    private CalendarCoverageException outside(LocalDate date, String what) {
        return new CalendarCoverageException(date, answerable, "Calendar " + name + ": " + what, coverageHint);
    }

    private boolean workingAt(int i) {
        return (working[i >>> 6] & (1L << i)) != 0;
    }

    /** The number of working days with index in [0, i]; i may be -1. */
    private int rank(int i) {
        if (i < 0) {
            return 0;
        }
        int w = i >>> 6;
        return cumulative[w] + Long.bitCount(working[w] & (-1L >>> (63 - (i & 63))));
    }

    /** The index of the r-th working day (1-based), 1 &lt;= r &lt;= total. */
    private int select(int r) {
        int lo = 0;
        int hi = working.length - 1;
        while (lo < hi) { // find the first word w with cumulative[w + 1] >= r
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int k = r - cumulative[lo];
        long word = working[lo];
        int shift = 0;
        while (true) {
            int b = (int) (word >>> shift) & 0xFF;
            int c = Integer.bitCount(b);
            if (k <= c) {
                return (lo << 6) + shift + SELECT_IN_BYTE[b * 8 + k - 1];
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
        return index(date, "isProvisional") >= provisionalFrom;
    }

    @Override
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return workingAt(index(date, "isWorkingDay"));
    }

    @Override
    public DayKind dayKind(LocalDate date) {
        int i = index(date, "dayKind");
        if (workingAt(i)) {
            return isWeekend(i) ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY;
        }
        return (holiday[i >>> 6] & (1L << i)) != 0 ? DayKind.HOLIDAY : DayKind.REST_DAY;
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        int pos = Arrays.binarySearch(namedDays, index(date, "holidayName"));
        return pos >= 0 ? Optional.of(names[pos]) : Optional.empty();
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int i = index(date, "plusWorkingDays(" + date + ", " + n + ")");
        if (n == 0) {
            return date;
        }
        long target = n > 0 ? (long) rank(i) + n : (long) rank(i - 1) + n + 1;
        if (target < 1 || target > cumulative[working.length]) {
            LocalDate edge = n > 0 ? answerable.getEndInclusive() : answerable.getStart();
            throw outside(edge, Math.abs((long) n) + " working days " + (n > 0 ? "after " : "before ") + date
                    + " reaches past the end of the data");
        }
        return LocalDate.ofEpochDay(startEpochDay + select((int) target));
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        String what = "workingDaysBetween(" + startExclusive + ", " + endInclusive + ")";
        int start = index(startExclusive, what);
        int end = index(endInclusive, what);
        // backwards, the walk counts from the end (inclusive) up to the start (exclusive): the inverse law holds
        return end >= start ? rank(end) - rank(start) : rank(end - 1) - rank(start - 1);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    @Override
    public LocalDate rollForward(LocalDate date) {
        return workingAt(index(date, "rollForward")) ? date : plusWorkingDays(date, 1);
    }

    /**
     * Compares calendars by name, ranges, weekend days and the kind and name of every day.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ImmutableWorkingCalendar)) {
            return false;
        }
        ImmutableWorkingCalendar other = (ImmutableWorkingCalendar) obj;
        return name.equals(other.name) && coverage.equals(other.coverage) && answerable.equals(other.answerable)
                && weekendDays.equals(other.weekendDays) && Arrays.equals(working, other.working)
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
                throw new IllegalArgumentException("Days off end " + endInclusive + " is before start " + startInclusive);
            }
            for (LocalDate d = startInclusive; !d.isAfter(endInclusive); d = d.plusDays(1)) {
                dayOff(d, holidayName);
            }
            return this;
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
         * Copies every setting and every day of another calendar, so that overlays can be added on top.
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
            weekendDays(calendar.weekendDays());
            if (calendar instanceof ImmutableWorkingCalendar) {
                coverageHint = ((ImmutableWorkingCalendar) calendar).coverageHint;
            }
            days.clear();
            for (LocalDate d = start; !d.isAfter(answerableEnd); d = d.plusDays(1)) {
                DayKind kind = calendar.dayKind(d);
                String dayName = calendar.holidayName(d).orElse(null);
                boolean weekend = weekendDays.contains(d.getDayOfWeek());
                if (kind == DayKind.HOLIDAY || (kind == DayKind.REST_DAY && !weekend)) {
                    put(d, false, dayName);
                } else if (kind == DayKind.ADJUSTED_WORKDAY || (kind == DayKind.WORKDAY && weekend)
                        || dayName != null) {
                    put(d, kind.isWorkingDay(), dayName);
                }
            }
            return this;
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
         * @throws IllegalArgumentException if a day lies outside the coverage and provisional range
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
            if (!days.isEmpty() && (days.firstKey().isBefore(start) || days.lastKey().isAfter(last))) {
                LocalDate bad = days.firstKey().isBefore(start) ? days.firstKey() : days.lastKey();
                throw new IllegalArgumentException("Day " + bad + " lies outside the calendar's range " + start
                        + ".." + last);
            }
            return new ImmutableWorkingCalendar(this);
        }
    }
}
