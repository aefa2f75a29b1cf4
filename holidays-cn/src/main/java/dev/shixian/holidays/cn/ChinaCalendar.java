package dev.shixian.holidays.cn;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.DayKind;
import dev.shixian.calendar.ImmutableWorkingCalendar;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.holidays.cn.internal.FestivalTable;
import dev.shixian.holidays.cn.internal.HolidayCnJsonReader;
import dev.shixian.holidays.cn.internal.NoticeInput;
import dev.shixian.holidays.cn.internal.NoticeTextReader;
import dev.shixian.holidays.cn.internal.StatutoryHolidays;
import dev.shixian.internal.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * <h2>Coverage</h2>
 * Coverage is strict: a date past the last notice throws {@link CalendarCoverageException}, naming the first date
 * without data and its year. Add the newer notice the day it appears, without a new release, with
 * {@link #withNotices(Path...)} or {@code official().toBuilder()}, from holiday-cn's per-year JSON or the project's
 * format; or opt into provisional years with {@link #withProvisionalPolicy(ProvisionalPolicy)}. Coverage runs from
 * 1 January of the first notice's year to 31 December of the last. Example: {@code official().plusWorkingDays(2026-12-30, 3)} throws,
 * naming 2027-01-01 (year 2027); {@code official().withNotices(Path.of("2027.json"))} answers it.
 *
 * <h2 id="settled">Settled days (已定日期)</h2>
 * The next year's notice may still change the last days of the last covered year: the 2006 notice made Saturday
 * 2005-12-31 a working day; the 2007 notice, 2006-12-30 and 12-31; the 2008 notice, Saturday 2007-12-29 (working)
 * and 2007-12-30..31 (off); the 2012 notice, 2011-12-31; the 2019 notice, Saturday 2018-12-29 (working) and
 * 2018-12-30..31 (off); the 2023 notice, 2022-12-31 (off). No notice 2004–2026 changed a day of its previous year
 * before 12-29. So 12-29..12-31 of the last covered year are answered from the notices loaded but are not
 * {@linkplain #isSettled(LocalDate) settled} until the next year's notice is loaded; every earlier covered day is.
 * Should a loaded notice ever reach further back into its previous year, the window starts at the earliest such
 * month-day instead. Provisional days are never settled. Example: on {@link #official()} (through 2026),
 * {@code isSettled(2026-12-28)} is true and {@code isSettled(2026-12-29)} false; with the 2027 notice loaded, all of
 * 2026 is settled.
 *
 * <h2 id="merging">Several notices of one year (同一年度的多份通知)</h2>
 * This one rule applies however notices arrive — {@link Builder#addNotice(HolidayNotice)}, {@link #withNotices},
 * text files with several blocks of one year, holiday-cn JSON — and is the only place it is stated:
 * <ol>
 * <li>Notices are taken in order of year, then publication date; notices without a publication date (holiday-cn
 *     JSON has none) come after the dated ones of their year, in the order loaded. A notice equal to one already
 *     held (same year, title, 文号, date and days) is taken once.</li>
 * <li>A notice that names a date the same way (day off or working day) as the notice deciding it so far agrees with
 *     it, whatever the holiday name; the earlier notice's name is kept.</li>
 * <li>A notice that names a date the other way <em>amends</em> the notice deciding it, and then decides it, only if
 *     it is a genuine later notice of the same year: it has its own 文号 (document number), different from the
 *     amended notice's, and a publication date later than the amended notice's. So the 春节 extension
 *     (国办发明电〔2020〕1号, published 2020-01-26) makes Saturday 2020-02-01, a working day under the 2020 notice
 *     (国办发明电〔2019〕16号, 2019-11-21), a day off. (The second notices of 2015 and 2019 only add days.)</li>
 * <li>Any other contradiction is a {@link HolidayDataException} naming the date, both notices and both sources —
 *     for example a holiday-cn {@code 2021.json} that makes Saturday 2021-10-09 a day off, against the official
 *     2021 notice, or a second text block with the same 文号, or one without a later publication date.</li>
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChinaCalendar implements WorkingCalendar {

    /** The name of the official notices resource, beside this class. */
    static final String NOTICES_RESOURCE = "notices.txt";

    private static final String HINT = "To answer for that year, load its State Council holiday notice: "
            + "calendar.withNotices(Path.of(\"<year>.json\")) (holiday-cn's per-year JSON, or Shixian's notice format "
            + "for any other file name), or ChinaCalendar.official().toBuilder().addNotices(path); or opt into "
            + "provisional statutory holidays with "
            + "calendar.withProvisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(year)). "
            + "Dates before the first notice's year cannot be answered.";

    /** The first day of the last covered year that the next year's notice may still change (see the class doc). */
    static final MonthDay UNSETTLED_FROM = MonthDay.of(12, 29);

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
     * Starts building a calendar from no notices at all, like {@link ImmutableWorkingCalendar#builder()}: for a
     * calendar made of other data only. To add newer notices to the official ones, start from
     * {@code official().toBuilder()} instead.
     *
     * <p>Example: {@code ChinaCalendar.builder().addNotices(Path.of("2019.json"), Path.of("2020.json")).build()}
     * covers 2019–2020 only; {@code ChinaCalendar.official().toBuilder().addNotices(Path.of("2027.json")).build()}
     * covers 2004–2027.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a calendar with notices added from files; each file's format follows its name
     * ({@link NoticeFormat#forFileName(String)}). The notices combine with those held by the rule of the class
     * documentation ("Several notices of one year"). Adding the next year's notice also settles the last days of
     * the year before ("Settled days").
     *
     * <p>Example: {@code ChinaCalendar.official().withNotices(Path.of("2027.json"))} covers 2004–2027, and on it
     * {@code isSettled(2026-12-31)} is true.
     *
     * @param files  the files, not null
     * @return the extended calendar, not null
     * @throws HolidayDataException if a file is malformed or contradicts a notice already held
     * @throws UncheckedIOException if a file cannot be read
     */
    public ChinaCalendar withNotices(Path... files) {
        Objects.requireNonNull(files, "files");
        Builder builder = toBuilder();
        for (Path file : files) {
            builder.addNotices(file);
        }
        return builder.build();
    }

    /**
     * Returns a calendar with the same notices and another provisional policy (the copy's
     * {@link #provisionalPolicy()}).
     *
     * <p>Example: {@code official().withProvisionalPolicy(ProvisionalPolicy.statutoryHolidaysThrough(Year.of(2027)))}
     * answers 2027 provisionally: {@code plusWorkingDays(2026-12-30, 3)} is 2027-01-05 (Thu 12-31, then 元旦 Fri
     * 01-01 and the weekend, Mon 01-04, Tue 01-05), a provisional date.
     *
     * @param policy  the policy, not null
     * @return the calendar, not null
     */
    public ChinaCalendar withProvisionalPolicy(ProvisionalPolicy policy) {
        return toBuilder().provisionalPolicy(policy).build();
    }

    /**
     * A builder holding this calendar's notices and policy, to which notices can be added. Example:
     * {@code ChinaCalendar.official().toBuilder().addNotices(Path.of("2027.json")).build()} covers 2004–2027.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        notices.forEach(builder::addNotice);
        return builder.provisionalPolicy(provisional);
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
     * year's for a late-December date; where several notices name it, the one that decides it by the rule of the
     * class documentation ("Several notices of one year"): the first to name it, unless a later one amends it.
     * Example: 2007-12-29 (a working Saturday) is named by the 2008 notice; 2020-02-01 by the 春节 extension,
     * 国办发明电〔2020〕1号.
     *
     * @param date  the date, not null
     * @return the notice, empty for a date no notice names (an ordinary day, or a provisional holiday)
     */
    public Optional<HolidayNotice> notice(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // replays the rule in build(): the first notice naming the date decides it until one names it the other way
        HolidayNotice decider = null;
        boolean dayOff = false;
        for (HolidayNotice notice : notices) {
            long year = notice.year().getValue();
            if (Math.abs(year - date.getYear()) > 1) {
                continue;
            }
            Optional<NoticeDay> day = notice.day(date);
            if (day.isPresent() && (decider == null || day.get().dayOff() != dayOff)) {
                decider = notice;
                dayOff = day.get().dayOff();
            }
        }
        return Optional.ofNullable(decider);
    }

    /**
     * The policy for years past the notices.
     *
     * @return the policy, not null
     */
    public ProvisionalPolicy provisionalPolicy() {
        return provisional;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code "CN"}
     */
    @Override
    public String name() {
        return days.name();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: 1 January of the first notice's year through 31 December of the last; for {@link #official()},
     * 2004-01-01..2026-12-31.
     *
     * @return {@inheritDoc}
     */
    @Override
    public LocalDateRange coverage() {
        return days.coverage();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: the {@link #coverage()}, extended to 31 December of the {@link ProvisionalPolicy}'s last year.
     *
     * @return {@inheritDoc}
     */
    @Override
    public LocalDateRange answerableRange() {
        return days.answerableRange();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: true for the dates of the years the {@link ProvisionalPolicy} adds past the last notice.
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public boolean isProvisional(LocalDate date) {
        return days.isProvisional(date);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: the coverage up to 12-28 of the last covered year, as the class documentation ("Settled days")
     * explains; for {@link #official()}, 2004-01-01..2026-12-28.
     *
     * @return {@inheritDoc}
     */
    @Override
    public LocalDateRange settled() {
        return days.settled();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Example: on {@link #official()}, {@code isSettled(2026-12-28)} is true and {@code isSettled(2026-12-29)}
     * is false, since the 2027 notice may still change it (the 2019 notice made Saturday 2018-12-29 a working
     * day); loading the 2027 notice settles it.
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public boolean isSettled(LocalDate date) {
        return days.isSettled(date);
    }

    /**
     * {@inheritDoc}
     *
     * @return Saturday and Sunday
     */
    @Override
    public Set<DayOfWeek> weekendDays() {
        return days.weekendDays();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here the kinds come from the State Council notices: {@code dayKind(2026-01-04)} is
     * {@link DayKind#ADJUSTED_WORKDAY} (a Sunday worked for 元旦).
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public DayKind dayKind(LocalDate date) {
        return days.dayKind(date);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Example: Saturday 2021-10-09 is a working day (调休上班 for 国庆节); Monday 2021-10-04 is not.
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The names are the notices' own: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 and, in 2015,
     * 抗战胜利纪念日.
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public Optional<String> holidayName(LocalDate date) {
        return days.holidayName(date);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Past the last notice the exception names the first uncovered date: {@code plusWorkingDays(2026-12-30, 3)}
     * on {@link #official()} throws a {@link CalendarCoverageException} whose {@link CalendarCoverageException#date()}
     * is 2027-01-01, with advice to load the 2027 notice ({@link #withNotices(Path...)}) or a provisional policy.
     *
     * @param date  {@inheritDoc}
     * @param n  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return days.plusWorkingDays(date, n);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Example: {@code workingDaysBetween(2021-09-30, 2021-10-11)} is 3 (10-08, the adjusted 10-09, 10-11).
     *
     * @param startExclusive  {@inheritDoc}
     * @param endInclusive  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return days.workingDaysBetween(startExclusive, endInclusive);
    }

    /**
     * {@inheritDoc}
     *
     * @param date  {@inheritDoc}
     * @return {@inheritDoc}
     * @throws CalendarCoverageException {@inheritDoc}
     */
    @Override
    public LocalDate rollForward(LocalDate date) {
        return days.rollForward(date);
    }

    /**
     * Compares the days, ranges and notices of two China calendars.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChinaCalendar other && days.equals(other.days)
                && notices.equals(other.notices);
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
     * Builds a {@link ChinaCalendar} from notices. Several notices of one year (2015, 2019 and 2020 each have a
     * second notice beside the annual one) combine by the one rule of the {@link ChinaCalendar} class
     * documentation ("Several notices of one year"). The notice years must be consecutive. Every loader reads its
     * bytes as strict UTF-8 (a byte-order mark is accepted). Not thread-safe.
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
         * Removes every notice held so far (the official ones too, after {@code official().toBuilder()}), to build a
         * calendar from other data only.
         *
         * @return this builder
         */
        public Builder clearNotices() {
            notices.clear();
            return this;
        }

        /**
         * Adds one notice. How it combines with other notices of its year is the rule of the {@link ChinaCalendar}
         * class documentation ("Several notices of one year"); a contradiction is reported by {@link #build()}.
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
         * @throws HolidayDataException if the file is malformed or not valid UTF-8, naming the file and the line or
         *     JSON path (for bad bytes, the line and byte offset)
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
         * @throws HolidayDataException if the file is malformed or not valid UTF-8, naming the file and the line or
         *     JSON path (for bad bytes, the line and byte offset)
         * @throws UncheckedIOException if the file cannot be read
         */
        public Builder addNotices(Path file, NoticeFormat format) {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                text = NoticeInput.read(in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday notices from " + file, e);
            }
            return addNotices(text, file.toString(), format);
        }

        /**
         * Adds the notices in a UTF-8 stream. The stream is read to its end but not closed.
         *
         * @param in  the stream, not null
         * @param sourceName  a name for the stream in error messages, not null
         * @param format  its format, not null
         * @return this builder
         * @throws HolidayDataException if the data is malformed or not valid UTF-8, naming the source and the line
         *     or JSON path (for bad bytes, the line and byte offset)
         * @throws UncheckedIOException if the stream cannot be read
         */
        public Builder addNotices(InputStream in, String sourceName, NoticeFormat format) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(format, "format");
            return addNotices(NoticeInput.read(in, sourceName), sourceName, format);
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

        private Builder addNotices(String text, String sourceName, NoticeFormat format) {
            if (format == NoticeFormat.HOLIDAY_CN_JSON) {
                notices.add(HolidayCnJsonReader.read(text, sourceName));
            } else {
                notices.addAll(NoticeTextReader.read(text, sourceName));
            }
            return this;
        }

        /**
         * Sets the policy for years past the notices; {@link ProvisionalPolicy#none()} unless set.
         *
         * @param policy  the policy, not null
         * @return this builder
         */
        public Builder provisionalPolicy(ProvisionalPolicy policy) {
            this.provisional = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the calendar, combining the notices by the rule of the {@link ChinaCalendar} class documentation
         * ("Several notices of one year").
         *
         * @return the calendar, not null
         * @throws IllegalStateException if there are no notices
         * @throws HolidayDataException if the notice years are not consecutive, two notices name a date
         *     differently and neither amends the other, or a notice names a day before the first notice year
         */
        public ChinaCalendar build() {
            if (notices.isEmpty()) {
                throw new IllegalStateException("A ChinaCalendar needs at least one holiday notice");
            }
            List<HolidayNotice> sorted = new ArrayList<>(new LinkedHashSet<>(notices)); // equal notices once
            // stable: notices of one year by publication date, the undated (holiday-cn JSON) last in load order
            sorted.sort(Comparator.comparing(HolidayNotice::year).thenComparing(
                    n -> n.published().orElse(LocalDate.MAX)));
            int first = sorted.get(0).year().getValue();
            int last = sorted.get(sorted.size() - 1).year().getValue();
            for (int i = 1; i < sorted.size(); i++) {
                int previous = sorted.get(i - 1).year().getValue();
                int year = sorted.get(i).year().getValue();
                if (year > previous + 1) {
                    throw new HolidayDataException(sorted.get(i).source(), "notice " + year, "the notices cover "
                            + first + ".." + last + " but not " + (previous + 1) + "; add the State Council notice"
                            + " for " + (previous + 1));
                }
            }
            Map<LocalDate, NoticeDay> merged = new TreeMap<>();
            Map<LocalDate, HolidayNotice> decidedBy = new HashMap<>();
            MonthDay unsettledFrom = UNSETTLED_FROM;
            for (HolidayNotice notice : sorted) {
                for (NoticeDay day : notice.days()) {
                    LocalDate date = day.date();
                    if (date.getYear() < notice.year().getValue()) {
                        MonthDay reach = MonthDay.from(date);
                        unsettledFrom = reach.isBefore(unsettledFrom) ? reach : unsettledFrom;
                    }
                    NoticeDay existing = merged.putIfAbsent(date, day);
                    if (existing == null) {
                        decidedBy.put(date, notice);
                    } else if (existing.dayOff() != day.dayOff()) {
                        HolidayNotice other = decidedBy.get(date);
                        if (!amends(notice, other)) {
                            throw contradiction(date, notice, day, other, existing);
                        }
                        merged.put(date, day);
                        decidedBy.put(date, notice);
                    }
                }
            }
            LocalDate start = LocalDate.of(first, 1, 1);
            LocalDate end = LocalDate.of(last, 12, 31);
            ImmutableWorkingCalendar.Builder days = ImmutableWorkingCalendar.builder()
                    .name("CN")
                    .coverage(start, end)
                    .settledThrough(LocalDate.of(last, unsettledFrom.getMonth(), unsettledFrom.getDayOfMonth())
                            .minusDays(1))
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
                    throw new HolidayDataException(decidedBy.get(day.date()).source(), "date " + day.date(),
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
            ImmutableWorkingCalendar built;
            try {
                built = days.build();
            } catch (IllegalArgumentException e) { // a span beyond ImmutableWorkingCalendar's 1000 years
                throw new HolidayDataException(sorted.get(sorted.size() - 1).source(), "notice " + last,
                        "the notices " + first + ".." + last + " cannot form one calendar: " + e.getMessage(), e);
            }
            return new ChinaCalendar(built, List.copyOf(sorted), provisional);
        }

        /**
         * Whether a notice amends the one that decides a date so far (the rule of the class documentation): same
         * year, its own 文号 different from the other's, and a later publication date.
         */
        private static boolean amends(HolidayNotice later, HolidayNotice earlier) {
            return later.year().equals(earlier.year()) && later.documentNumber().isPresent()
                    && !later.documentNumber().equals(earlier.documentNumber()) && later.published().isPresent()
                    && earlier.published().isPresent() && later.published().get().isAfter(earlier.published().get());
        }

        private static HolidayDataException contradiction(LocalDate date, HolidayNotice notice, NoticeDay day,
                HolidayNotice other, NoticeDay existing) {
            String why;
            if (!notice.year().equals(other.year())) {
                why = "notices of different years (" + other.year() + " and " + notice.year() + ") must not disagree";
            } else if (notice.documentNumber().isEmpty()) {
                why = "it has no 文号 (holiday-cn JSON has none), so it cannot amend another notice";
            } else if (notice.documentNumber().equals(other.documentNumber())) {
                why = "both carry the same 文号, so the later one is not a second notice but contradicting data";
            } else {
                why = "it is not published after the notice it contradicts (" + notice.published().map(
                        LocalDate::toString).orElse("no date") + " against " + other.published().map(
                        LocalDate::toString).orElse("no date") + ")";
            }
            return new HolidayDataException(notice.source(), "date " + date, "notice " + describe(notice)
                    + " makes " + date + " " + kind(day) + " but notice " + describe(other) + " from "
                    + other.source() + " makes it " + kind(existing) + "; " + why + ". Only a later notice of the"
                    + " same year, with its own 文号 and a later publication date, may change a day another notice"
                    + " fixed (see ChinaCalendar, \"Several notices of one year\")");
        }

        private static String describe(HolidayNotice notice) {
            return notice.year() + " " + Snippet.of(notice.citation())
                    + notice.published().map(d -> " of " + d).orElse("");
        }

        private static String kind(NoticeDay day) {
            return day.dayOff() ? "a day off (" + Snippet.of(day.holidayName()) + ")"
                    : "a working day (" + Snippet.of(day.holidayName()) + ")";
        }
    }
}
