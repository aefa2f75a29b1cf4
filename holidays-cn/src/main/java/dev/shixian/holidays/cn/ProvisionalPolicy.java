package dev.shixian.holidays.cn;

import dev.shixian.holidays.cn.internal.FestivalTable;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether, and how far, a calendar answers for years past its notices (暂定: provisional).
 *
 * <p>By default ({@link #none()}) a date past the last notice throws
 * {@link dev.shixian.calendar.CalendarCoverageException}. With {@link #statutoryHolidaysThrough(Year)}, each later
 * year up to the given one gets the statutory holidays that 《全国年节及纪念日放假办法》 fixes for it — 元旦; 春节
 * (除夕 and 初一–初三 from 2025); 清明; 劳动节 (May 1–2 from 2025); 端午; 中秋; 国庆 (Oct 1–3) — with no 调休,
 * which only a notice can arrange; every such date reports
 * {@link dev.shixian.calendar.WorkingCalendar#isProvisional(java.time.LocalDate)}. Example: provisionally, 春节 2027
 * is 2027-02-05..02-08 (除夕–初三).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvisionalPolicy {

    private static final ProvisionalPolicy NONE = new ProvisionalPolicy(null);

    private final Year lastYear;

    private ProvisionalPolicy(Year lastYear) {
        this.lastYear = lastYear;
    }

    /**
     * No provisional years: strict coverage. This is the default.
     *
     * @return the policy, not null
     */
    public static ProvisionalPolicy none() {
        return NONE;
    }

    /**
     * Provisional statutory holidays for every year after the notices, through a given year.
     *
     * @param lastYear  the last provisional year, not null, at most {@link #maxProvisionalYear()}
     * @return the policy, not null
     * @throws IllegalArgumentException if the festival table does not reach the year
     */
    public static ProvisionalPolicy statutoryHolidaysThrough(Year lastYear) {
        Objects.requireNonNull(lastYear, "lastYear");
        if (lastYear.isAfter(maxProvisionalYear())) {
            throw new IllegalArgumentException("Provisional years are available through " + maxProvisionalYear()
                    + ", the end of the shipped festival table, but " + lastYear + " was asked for");
        }
        return new ProvisionalPolicy(lastYear);
    }

    /**
     * The last year for which the shipped festival table (春节, 清明, 端午, 中秋) has dates.
     *
     * @return the year, not null
     */
    public static Year maxProvisionalYear() {
        return Year.of(FestivalTable.shipped().lastYear());
    }

    /**
     * The last provisional year.
     *
     * @return the year, empty for {@link #none()}
     */
    public Optional<Year> lastYear() {
        return Optional.ofNullable(lastYear);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProvisionalPolicy other && Objects.equals(lastYear, other.lastYear);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(lastYear);
    }

    /**
     * A description such as {@code ProvisionalPolicy[statutory holidays through 2030]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return lastYear == null ? "ProvisionalPolicy[none]"
                : "ProvisionalPolicy[statutory holidays through " + lastYear + "]";
    }
}
