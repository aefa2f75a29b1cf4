package dev.shixian.holidays.cn;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知): its title year, title, document
 * number (文号), publication date and the days it names.
 *
 * <p>Example: the notice for 2021 is 国办发明电〔2020〕27号, published 2020-11-25; among its days are 2021-10-01..07
 * off for 国庆节 and Saturday 2021-10-09 working (调休上班). A notice's year is its title year: the 2008 notice also
 * governs 2007-12-29..31.
 *
 * <p>The days are held compactly (one {@code int} and one name index per day). This class is immutable and
 * thread-safe.
 */
public final class HolidayNotice {

    /** The most distinct holiday names one notice may carry (a real notice has at most eight). */
    public static final int MAX_HOLIDAY_NAMES = 120;

    private final Year year;
    private final String title;
    private final String documentNumber;
    private final LocalDate published;
    private final String source;
    /** Epoch days, sorted ascending. */
    private final int[] epochDays;
    /** Per day: index into names, negated minus one for adjusted working days. */
    private final byte[] nameIndex;
    private final String[] names;

    private HolidayNotice(Year year, String title, String documentNumber, LocalDate published, String source,
            List<NoticeDay> days) {
        this.year = Objects.requireNonNull(year, "year");
        this.title = Objects.requireNonNull(title, "title");
        this.documentNumber = documentNumber;
        this.published = published;
        this.source = Objects.requireNonNull(source, "source");
        Objects.requireNonNull(days, "days");
        if (year.getValue() < 0 || year.getValue() > 9999) {
            throw new IllegalArgumentException("Notice year " + year + " is outside 0000..9999");
        }
        List<NoticeDay> sorted = new ArrayList<>(days);
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        List<String> nameList = new ArrayList<>();
        this.epochDays = new int[sorted.size()];
        this.nameIndex = new byte[sorted.size()];
        LocalDate earliest = earliestDay(year);
        LocalDate latest = latestDay(year);
        for (int i = 0; i < sorted.size(); i++) {
            NoticeDay day = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).date().equals(day.date())) {
                throw new IllegalArgumentException("Notice " + year + " names " + day.date() + " twice");
            }
            if (day.date().isBefore(earliest) || day.date().isAfter(latest)) {
                throw new IllegalArgumentException("Notice " + year + " names " + day.date() + ", outside "
                        + earliest + ".." + latest);
            }
            int idx = nameList.indexOf(day.holidayName());
            if (idx < 0) {
                idx = nameList.size();
                if (idx >= MAX_HOLIDAY_NAMES) {
                    throw new IllegalArgumentException("Notice " + year + " names more than " + MAX_HOLIDAY_NAMES
                            + " holidays");
                }
                nameList.add(day.holidayName().intern());
            }
            epochDays[i] = (int) day.date().toEpochDay();
            nameIndex[i] = (byte) (day.dayOff() ? idx : -idx - 1);
        }
        this.names = nameList.toArray(new String[0]);
    }

    /**
     * The earliest day a notice of a year may name: 1 December of the previous year. A notice arranges its own year,
     * and may reach back into the end of the previous one (the 2008 notice made Saturday 2007-12-29 a working day);
     * the earliest such day any notice 2004–2026 named is 12-29.
     *
     * @param year  the notice's year, not null
     * @return the date, not null
     */
    public static LocalDate earliestDay(Year year) {
        return LocalDate.of(year.getValue() - 1, 12, 1);
    }

    /**
     * The latest day a notice of a year may name: 31 December of that year. The next year's 元旦 belongs to the next
     * year's notice.
     *
     * @param year  the notice's year, not null
     * @return the date, not null
     */
    public static LocalDate latestDay(Year year) {
        return LocalDate.of(year.getValue(), 12, 31);
    }

    /**
     * Creates a notice with no document number or publication date; add them with
     * {@link #withDocumentNumber(String)} and {@link #withPublished(LocalDate)}.
     *
     * @param year  the notice's title year, not null, within 0000..9999
     * @param title  the notice's title, not null
     * @param source  where it was read from (a resource, file or stream name), not null
     * @param days  the days it names, not null, no date twice, each within {@link #earliestDay(Year)} ..
     *     {@link #latestDay(Year)}, with at most {@link #MAX_HOLIDAY_NAMES} distinct names
     * @return the notice, not null
     * @throws IllegalArgumentException if the year is outside 0000..9999, a date is named twice or lies outside the
     *     notice's range, or there are too many names; the notice readers report the same problems as
     *     {@link HolidayDataException} with the line or JSON path
     */
    public static HolidayNotice of(Year year, String title, String source, List<NoticeDay> days) {
        return new HolidayNotice(year, title, null, null, source, days);
    }

    /**
     * Returns a copy with a document number (文号).
     *
     * @param documentNumber  the document number, such as 国办发明电〔2020〕27号, not null
     * @return the copy, not null
     */
    public HolidayNotice withDocumentNumber(String documentNumber) {
        return new HolidayNotice(year, title, Objects.requireNonNull(documentNumber, "documentNumber"), published,
                source, days());
    }

    /**
     * Returns a copy with a publication date.
     *
     * @param date  the date the notice was published, not null
     * @return the copy, not null
     */
    public HolidayNotice withPublished(LocalDate date) {
        return new HolidayNotice(year, title, documentNumber, Objects.requireNonNull(date, "date"), source, days());
    }

    /**
     * The notice's title year, which is the year whose holidays it arranges.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The notice's title, such as 国务院办公厅关于2021年部分节假日安排的通知.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * The document number (文号), such as 国办发明电〔2020〕27号.
     *
     * @return the document number, empty when the source did not give one (holiday-cn JSON does not)
     */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /**
     * The date the notice was published.
     *
     * @return the date, empty when unknown
     */
    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    /**
     * Where the notice was read from: a classpath resource, a file or a stream name.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * The days the notice names, in date order.
     *
     * @return the days, not null, immutable
     */
    public List<NoticeDay> days() {
        List<NoticeDay> days = new ArrayList<>(epochDays.length);
        for (int i = 0; i < epochDays.length; i++) {
            days.add(day(i));
        }
        return List.copyOf(days);
    }

    private NoticeDay day(int i) {
        int idx = nameIndex[i];
        boolean off = idx >= 0;
        return new NoticeDay(LocalDate.ofEpochDay(epochDays[i]), off, names[off ? idx : -idx - 1]);
    }

    /**
     * The entry for a date, if this notice names it. Example: the 2008 notice names 2007-12-29 (a working Saturday).
     *
     * @param date  the date, not null
     * @return the day, empty if the notice does not name the date
     */
    public Optional<NoticeDay> day(LocalDate date) {
        int pos = Arrays.binarySearch(epochDays, (int) Objects.requireNonNull(date, "date").toEpochDay());
        return pos >= 0 ? Optional.of(day(pos)) : Optional.empty();
    }

    /**
     * A short citation such as {@code 国办发明电〔2020〕27号}, or the title when the document number is unknown.
     *
     * @return the citation, not null
     */
    public String citation() {
        return documentNumber != null ? documentNumber : title;
    }

    /**
     * Compares notices by year, title, document number, publication date and days; the source is not compared.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof HolidayNotice other && year.equals(other.year) && title.equals(other.title)
                && Objects.equals(documentNumber, other.documentNumber) && Objects.equals(published, other.published)
                && days().equals(other.days());
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, title, documentNumber, published, Arrays.hashCode(epochDays));
    }

    /**
     * A summary such as {@code HolidayNotice[2021 国办发明电〔2020〕27号, 38 days]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "HolidayNotice[" + year + " " + citation() + ", " + epochDays.length + " days]";
    }
}
