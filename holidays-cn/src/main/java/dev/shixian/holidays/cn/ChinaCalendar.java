package dev.shixian.holidays.cn;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.holidays.cn.internal.FestivalTable;
import dev.shixian.holidays.cn.internal.HolidayCnJsonReader;
import dev.shixian.holidays.cn.internal.NoticeTextReader;
import dev.shixian.holidays.cn.internal.StatutoryHolidays;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * The Chinese working-day calendar (中国工作日历) of the State Council holiday notices
 * (国务院办公厅关于部分节假日安排的通知).
 *
 * <p>{@link #official()} holds every notice from 2004 through 2026, authored in the project's own text format from
 * the notices themselves: days off with their holiday names, adjusted working days (调休上班) and each notice's
 * document number (文号). Example:
 * <pre>{@code
 * ChinaCalendar china = ChinaCalendar.official();
 * china.plusWorkingDays(LocalDate.of(2021, 9, 30), 3);      // 2021-10-11: Fri 10-08, adjusted Sat 10-09, Mon 10-11
 * china.dayKind(LocalDate.of(2026, 1, 4));                   // ADJUSTED_WORKDAY (Sunday, 元旦)
 * china.notice(LocalDate.of(2007, 12, 29)).get().year();     // 2008: governed by the next year's notice
 * }</pre>
 *
 * <p>Coverage is strict: a date past the last notice throws {@link CalendarCoverageException}. Add the newer notice
 * the day it appears, without a new release, with {@link #builder()} or {@link #withNotices(Path...)}, from
 * holiday-cn's per-year JSON or the project's format; or opt into provisional years with
 * {@link ProvisionalPolicy}.
 *
 * <p>Coverage runs from 1 January of the first notice's year to 31 December of the last. Note that a late-December
 * weekend may still be made a working day by the following year's notice (as 2007-12-29 was by the 2008 notice);
 * until that notice is loaded, such a day is answered from the notices that exist.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChinaCalendar implements WorkingCalendar {

    /** The name of the official notices resource, beside this class. */
    static final String NOTICES_RESOURCE = "notices.txt";

    private static final String HINT = "Add that year's State Council notice with ChinaCalendar.builder()"
            + ".addNotices(path) (holiday-cn JSON or Shixian's notice format), or opt into provisional years with "
            + "ChinaCalendar.builder().provisional(ProvisionalPolicy.statutoryHolidaysThrough(year)).";

    private static final class Official {
        static final ChinaCalendar INSTANCE = new Builder().addOfficialNotices().build();
    }

    private final ImmutableWorkingCalendar days;
    private final List<HolidayNotice> notices;
    private final ProvisionalPolicy provisional;

    private ChinaCalendar(ImmutableWorkingCalendar days, List<HolidayNotice> notices, ProvisionalPolicy provisional) {
        this.days = days;
        this.notices = notices;
        this.provisional = provisional;
    }

    /**
     * The official calendar: every State Council holiday notice from 2004 through 2026, strict coverage.
     *
     * @return the shared instance, not null
     */
    public static ChinaCalendar official() {
        return Official.INSTANCE;
    }

    /**
     * Starts building a calendar from the official notices, to which newer ones can be added.
     *
     * <p>Example: {@code ChinaCalendar.builder().addNotices(Path.of("2027.json")).build()} covers 2004–2027.
     *
     * @return a builder holding the official notices, not null
     */
    public static Builder builder() {
        return new Builder().addOfficialNotices();
    }

    /**
     * Returns a calendar with notices added from files; each file's format follows its name
     * ({@link NoticeFormat#forFileName(String)}).
     *
     * @param files  the files, not null
     * @return the extended calendar, not null
     * @throws HolidayDataException if a file is malformed or contradicts a notice already held
     * @throws UncheckedIOException if a file cannot be read
     */
    public ChinaCalendar withNotices(Path... files) {
        Builder builder = toBuilder();
        for (Path file : files) {
            builder.addNotices(file);
        }
        return builder.build();
    }

    /**
     * Returns a calendar with the same notices and another provisional policy.
     *
     * @param policy  the policy, not null
     * @return the calendar, not null
     */
    public ChinaCalendar withProvisional(ProvisionalPolicy policy) {
        return toBuilder().provisional(policy).build();
    }

    /**
     * A builder holding this calendar's notices and policy.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        notices.forEach(builder::addNotice);
        return builder.provisional(provisional);
    }

    /**
     * The notices this calendar holds, by year.
     *
     * @return the notices, not null, immutable
     */
    public List<HolidayNotice> notices() {
        return notices;
    }

    /**
     * The notice that decides a date as a day off or an adjusted working day: its own year's notice, or the next
     * year's for a late-December date; where two notices name it, the later one. Example: 2007-12-29 (a working
     * Saturday) is named by the 2008 notice; 2020-02-01 by the 春节 extension, 国办发明电〔2020〕1号.
     *
     * @param date  the date, not null
     * @return the notice, empty for a date no notice names (an ordinary day, or a provisional holiday)
     */
    public Optional<HolidayNotice> notice(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = notices.size() - 1; i >= 0; i--) { // the latest notice decides a day
            HolidayNotice notice = notices.get(i);
            int year = notice.year().getValue();
            if ((year == date.getYear() || year == date.getYear() + 1 || year == date.getYear() - 1)
                    && notice.day(date).isPresent()) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }

    /**
     * The policy for years past the notices.
     *
     * @return the policy, not null
     */
    public ProvisionalPolicy provisionalPolicy() {
        return provisional;
    }

    @Override
    public String name() {
        return days.name();
    }

    @Override
    public LocalDateRange coverage() {
        return days.coverage();
    }

    @Override
    public LocalDateRange answerableRange() {
        return days.answerableRange();
    }

    @Override
    public boolean isProvisional(LocalDate date) {
        return days.isProvisional(date);
    }

    @Override
    public Set<DayOfWeek> weekendDays() {
        return days.weekendDays();
    }

    @Override
    public DayKind dayKind(LocalDate date) {
        return days.dayKind(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return days.holidayName(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return days.plusWorkingDays(date, n);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return days.workingDaysBetween(startExclusive, endInclusive);
    }

    @Override
    public LocalDate rollForward(LocalDate date) {
        return days.rollForward(date);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChinaCalendar && days.equals(((ChinaCalendar) obj).days)
                && notices.equals(((ChinaCalendar) obj).notices);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    /**
     * A summary such as {@code CN[2004-01-01..2026-12-31]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return days.toString();
    }

    /**
     * Builds a {@link ChinaCalendar} from notices. Notices for the same year merge (2015, 2019 and 2020 each have a
     * second notice beside the annual one); where a later-published notice of the same year changes a day an
     * earlier one fixed, the later one decides. Any other date that two notices name differently (one day off, one
     * working) is an error naming both sources. The notice years must be consecutive. Not thread-safe.
     */
    public static final class Builder {
        private final List<HolidayNotice> notices = new ArrayList<>();
        private ProvisionalPolicy provisional = ProvisionalPolicy.none();

        private Builder() {
        }

        private Builder addOfficialNotices() {
            InputStream in = ChinaCalendar.class.getResourceAsStream(NOTICES_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + NOTICES_RESOURCE + " beside "
                        + ChinaCalendar.class.getName() + " in the shixian-holidays-cn jar");
            }
            return addNotices(in, "classpath:dev/shixian/holidays/cn/" + NOTICES_RESOURCE, NoticeFormat.SHIXIAN_TEXT);
        }

        /**
         * Removes every notice, official ones included, to build a calendar from other data only.
         *
         * @return this builder
         */
        public Builder clearNotices() {
            notices.clear();
            return this;
        }

        /**
         * Adds one notice.
         *
         * @param notice  the notice, not null
         * @return this builder
         */
        public Builder addNotice(HolidayNotice notice) {
            notices.add(Objects.requireNonNull(notice, "notice"));
            return this;
        }

        /**
         * Adds the notices in a file; the format follows the file name ({@code .json} is holiday-cn JSON).
         *
         * @param file  the file, not null
         * @return this builder
         * @throws HolidayDataException if the file is malformed, naming the file and the line or JSON path
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder addNotices(Path file) {
            Objects.requireNonNull(file, "file");
            Path name = file.getFileName();
            return addNotices(file, NoticeFormat.forFileName(name == null ? "" : name.toString()));
        }

        /**
         * Adds the notices in a file of a given format.
         *
         * @param file  the file, not null
         * @param format  its format, not null
         * @return this builder
         * @throws HolidayDataException if the file is malformed, naming the file and the line or JSON path
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder addNotices(Path file, NoticeFormat format) {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addNotices(reader, file.toString(), format);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday notices from " + file, e);
            }
        }

        /**
         * Adds the notices in a UTF-8 stream. The stream is read to its end but not closed.
         *
         * @param in  the stream, not null
         * @param sourceName  a name for the stream in error messages, not null
         * @param format  its format, not null
         * @return this builder
         * @throws HolidayDataException if the data is malformed, naming the source and the line or JSON path
         */
        public Builder addNotices(InputStream in, String sourceName, NoticeFormat format) {
            Objects.requireNonNull(in, "in");
            return addNotices(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName, format);
        }

        /**
         * Adds the notices in a classpath resource, such as {@code holidays/2027.json}, found through this
         * library's class loader. The format follows the resource name.
         *
         * @param resourceName  the resource's path, without a leading slash, not null
         * @return this builder
         * @throws IllegalArgumentException if there is no such resource
         * @throws HolidayDataException if the data is malformed
         */
        public Builder addNoticesFromClasspath(String resourceName) {
            Objects.requireNonNull(resourceName, "resourceName");
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(resourceName);
            if (in == null) {
                in = ChinaCalendar.class.getClassLoader().getResourceAsStream(resourceName);
            }
            if (in == null) {
                throw new IllegalArgumentException("No classpath resource '" + resourceName + "'");
            }
            try (InputStream stream = in) {
                return addNotices(stream, "classpath:" + resourceName, NoticeFormat.forFileName(resourceName));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath resource " + resourceName, e);
            }
        }

        private Builder addNotices(Reader reader, String sourceName, NoticeFormat format) {
            Objects.requireNonNull(sourceName, "sourceName");
            if (format == NoticeFormat.HOLIDAY_CN_JSON) {
                notices.add(HolidayCnJsonReader.read(reader, sourceName));
            } else {
                notices.addAll(NoticeTextReader.read(reader, sourceName));
            }
            return this;
        }

        /**
         * Sets the policy for years past the notices; {@link ProvisionalPolicy#none()} unless set.
         *
         * @param policy  the policy, not null
         * @return this builder
         */
        public Builder provisional(ProvisionalPolicy policy) {
            this.provisional = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws IllegalStateException if there are no notices or their years are not consecutive
         * @throws HolidayDataException if two notices name a date differently
         */
        public ChinaCalendar build() {
            if (notices.isEmpty()) {
                throw new IllegalStateException("A ChinaCalendar needs at least one holiday notice");
            }
            List<HolidayNotice> sorted = new ArrayList<>(notices);
            sorted.sort(Comparator.comparing(HolidayNotice::year).thenComparing(
                    n -> n.published().orElse(LocalDate.MAX)));
            TreeSet<Integer> years = new TreeSet<>();
            sorted.forEach(n -> years.add(n.year().getValue()));
            int first = years.first();
            int last = years.last();
            for (int y = first; y <= last; y++) {
                if (!years.contains(y)) {
                    throw new IllegalStateException("The notices cover " + first + ".." + last + " but not " + y
                            + "; add the State Council notice for " + y);
                }
            }
            Map<LocalDate, NoticeDay> merged = new TreeMap<>();
            Map<LocalDate, HolidayNotice> namedBy = new TreeMap<>();
            for (HolidayNotice notice : sorted) {
                for (NoticeDay day : notice.days()) {
                    NoticeDay existing = merged.putIfAbsent(day.date(), day);
                    if (existing == null) {
                        namedBy.put(day.date(), notice);
                    } else if (existing.dayOff() != day.dayOff()) {
                        HolidayNotice other = namedBy.get(day.date());
                        if (!supersedes(notice, other)) {
                            throw new HolidayDataException(notice.source(), "date " + day.date(), "notice "
                                    + notice.citation() + " makes it " + (day.dayOff() ? "a day off" : "a working day")
                                    + " but notice " + other.citation() + " from " + other.source() + " makes it "
                                    + (existing.dayOff() ? "a day off" : "a working day")
                                    + "; only a notice of the same year published later may change a day");
                        }
                        merged.put(day.date(), day);
                        namedBy.put(day.date(), notice);
                    }
                }
            }
            LocalDate start = LocalDate.of(first, 1, 1);
            LocalDate end = LocalDate.of(last, 12, 31);
            ImmutableWorkingCalendar.Builder days = ImmutableWorkingCalendar.builder()
                    .name("CN")
                    .coverage(start, end)
                    .coverageHint(HINT);
            Optional<Year> provisionalEnd = provisional.lastYear().filter(y -> y.getValue() > last);
            if (provisionalEnd.isPresent()) {
                int lastProvisional = provisionalEnd.get().getValue();
                days.provisionalUntil(LocalDate.of(lastProvisional, 12, 31));
                for (int y = last + 1; y <= lastProvisional; y++) {
                    int year = y;
                    FestivalTable.FestivalDates festivals = FestivalTable.shipped().year(year).orElseThrow(
                            () -> new IllegalStateException("No festival dates for provisional year " + year));
                    for (NoticeDay day : StatutoryHolidays.daysOff(year, festivals)) {
                        if (!merged.containsKey(day.date())) {
                            days.dayOff(day.date(), day.holidayName());
                        }
                    }
                }
            }
            for (NoticeDay day : merged.values()) {
                if (day.date().isBefore(start)) {
                    throw new HolidayDataException(namedBy.get(day.date()).source(), "date " + day.date(),
                            "it precedes the first notice year " + first + "; add the notice for " + (first - 1));
                }
                if (day.dayOff()) {
                    days.dayOff(day.date(), day.holidayName());
                }
            }
            // adjusted working days last: a weekend day listed as working is working, whatever else says
            for (NoticeDay day : merged.values()) {
                if (!day.dayOff()) {
                    days.workingDay(day.date(), day.holidayName());
                }
            }
            return new ChinaCalendar(days.build(), List.copyOf(sorted), provisional);
        }

        /**
         * Whether a notice may change a day an earlier one fixed: same year, both dated, published later (the 2020
         * 春节 extension, 国办发明电〔2020〕1号, made Saturday 2020-02-01 a day off again).
         */
        private static boolean supersedes(HolidayNotice later, HolidayNotice earlier) {
            return later.year().equals(earlier.year()) && later.published().isPresent()
                    && earlier.published().isPresent() && later.published().get().isAfter(earlier.published().get());
        }
    }
}
