package dev.shixian.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;

/**
 * The end of a period (期末), with or without a year: a month (6月底前), a quarter (三季度末), a half-year (上半年),
 * a year (年底前), or a third of a month (上旬, 中旬, 下旬). Without a year, the plan's year applies (docs/RULES.md §3).
 *
 * <table>
 * <caption>Due dates</caption>
 * <tr><th>span</th><th>Chinese</th><th>canonical</th><th>due</th></tr>
 * <tr><td>MONTH 6</td><td>2021年6月底前</td><td>by end of 2021-06</td><td>2021-06-30</td></tr>
 * <tr><td>QUARTER 3</td><td>三季度末前</td><td>by end of Q3</td><td>09-30</td></tr>
 * <tr><td>HALF_YEAR 1</td><td>上半年内</td><td>by end of H1</td><td>06-30</td></tr>
 * <tr><td>YEAR</td><td>2021年底前</td><td>by end of 2021</td><td>2021-12-31</td></tr>
 * <tr><td>EARLY_MONTH 11</td><td>11月上旬</td><td>by early month 11</td><td>11-10</td></tr>
 * <tr><td>MIDDLE_MONTH 11</td><td>11月中旬</td><td>by mid month 11</td><td>11-20</td></tr>
 * <tr><td>LATE_MONTH 11</td><td>11月下旬</td><td>by late month 11</td><td>11-30 (the month's last day)</td></tr>
 * </table>
 * Period ends do not roll forward unless {@link DeadlinePolicy#rollPeriodEnds()} says so. A year is
 * {@value FixedDate#MIN_YEAR} to {@value FixedDate#MAX_YEAR}, as for {@link FixedDate}; other years are refused.
 *
 * <p>A year relative to the plan's year (docs/RULES.md §3), as for {@link FixedDate}: 次年1月底前 is
 * {@link #relative(int, Span, int) relative(1, Span.MONTH, 1)}, {@code by end of month 1 next year}, due 2022-01-31
 * in a 2021 plan; 上一年度年底前 is {@code by end of previous year}, due 2020-12-31; 当年12月底前 and 本年度内 are the
 * same values as 12月底前 and 年底前.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodEnd implements Deadline {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    /** The kind of period whose end is due. */
    public enum Span {
        /** A calendar month (月底). */
        MONTH,
        /** A calendar quarter (季度末). */
        QUARTER,
        /** A half-year (上半年, 下半年). */
        HALF_YEAR,
        /** A calendar year (年底). */
        YEAR,
        /** The first ten days of a month (上旬), due on the 10th. */
        EARLY_MONTH,
        /** The middle ten days of a month (中旬), due on the 20th. */
        MIDDLE_MONTH,
        /** The last days of a month (下旬), due on its last day. */
        LATE_MONTH;

        int maxIndex() {
            switch (this) {
                case QUARTER:
                    return 4;
                case HALF_YEAR:
                    return 2;
                case YEAR:
                    return 1;
                default:
                    return 12;
            }
        }
    }

    /** The year, or null when the plan's year (plus the offset) applies. */
    private final Year year;
    /** The years after the plan's year, 0 when the year is absolute or the plan's. */
    private final int offset;
    private final Span span;
    private final int index;

    private PeriodEnd(Year year, int offset, Span span, int index) {
        this.year = FixedDate.checkYear(year);
        this.offset = FixedDate.checkOffset(offset);
        this.span = Objects.requireNonNull(span, "span");
        this.index = index;
        if (index < 1 || index > span.maxIndex()) {
            throw new IllegalArgumentException("Index of " + span + " must be 1.." + span.maxIndex() + ": " + index);
        }
    }

    /**
     * The end of a period in a given year. Example: {@code of(Year.of(2021), Span.MONTH, 6)} is
     * {@code by end of 2021-06}.
     *
     * @param year  the year, {@value FixedDate#MIN_YEAR} to {@value FixedDate#MAX_YEAR}, not null
     * @param span  the span, not null
     * @param index  the month, quarter or half; 1 for a year
     * @return the deadline, not null
     * @throws IllegalArgumentException if the year or the index is out of range
     */
    public static PeriodEnd of(Year year, Span span, int index) {
        return new PeriodEnd(Objects.requireNonNull(year, "year"), 0, span, index);
    }

    /**
     * The end of a period in the plan's year. Example: {@code of(Span.QUARTER, 3)} is {@code by end of Q3}.
     *
     * @param span  the span, not null
     * @param index  the month, quarter or half; 1 for a year
     * @return the deadline, not null
     * @throws IllegalArgumentException if the index is out of range
     */
    public static PeriodEnd of(Span span, int index) {
        return new PeriodEnd(null, 0, span, index);
    }

    /**
     * The end of a period in a year relative to the plan's year. Example: {@code relative(1, Span.MONTH, 1)} is
     * {@code by end of month 1 next year} (次年1月底前), due 2022-01-31 in a 2021 plan; {@code relative(-1,
     * Span.QUARTER, 4)} is {@code by end of Q4 previous year} (上一年度四季度末前), due 2020-12-31; {@code relative(0,
     * span, index)} (当年) equals {@code of(span, index)}.
     *
     * @param yearsAfterPlan  the years after the plan's year, {@value FixedDate#MIN_PLAN_YEAR_OFFSET} to
     *     {@value FixedDate#MAX_PLAN_YEAR_OFFSET}
     * @param span  the span, not null
     * @param index  the month, quarter or half; 1 for a year
     * @return the deadline, not null
     * @throws IllegalArgumentException if the offset or the index is out of range
     */
    public static PeriodEnd relative(int yearsAfterPlan, Span span, int index) {
        return new PeriodEnd(null, yearsAfterPlan, span, index);
    }

    /**
     * The year of the period.
     *
     * @return the year, empty when the plan's year applies, or a year relative to it
     *     ({@link #planYearOffset()})
     */
    public Optional<Year> year() {
        return Optional.ofNullable(year);
    }

    /**
     * The year relative to the plan's year. Example: 1 for 次年1月底前 ({@code by end of month 1 next year}), -1
     * for 上一年度年底前, 0 for 2021年6月底前 and for 6月底前 (当年6月底前 is the same value).
     *
     * @return the years after the plan's year, {@value FixedDate#MIN_PLAN_YEAR_OFFSET} to
     *     {@value FixedDate#MAX_PLAN_YEAR_OFFSET}; 0 when the year is absolute or the plan's
     */
    public int planYearOffset() {
        return offset;
    }

    /**
     * The kind of period whose end is due.
     *
     * @return the span, not null
     */
    public Span span() {
        return span;
    }

    /**
     * Which period of its kind: the month (1–12) for a month or a third of a month, the quarter (1–4), the half
     * (1–2), or 1 for a year.
     *
     * @return the index, at least 1
     */
    public int index() {
        return index;
    }

    /**
     * Compares the year (or its absence), the year relative to the plan's, the span and the index.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PeriodEnd other)) {
            return false;
        }
        return Objects.equals(year, other.year) && offset == other.offset && span == other.span
                && index == other.index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, offset, span, index);
    }

    /**
     * The end of a year. Example: {@code yearEnd(Year.of(2021))} is {@code by end of 2021}, due 2021-12-31.
     *
     * @param year  the year, {@value FixedDate#MIN_YEAR} to {@value FixedDate#MAX_YEAR}, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static PeriodEnd yearEnd(Year year) {
        return of(year, Span.YEAR, 1);
    }

    /**
     * The due date in a given plan year, or in this deadline's own year if it has one; a year relative to the plan's
     * is counted from {@code planYear}. Example: {@code by end of Q3} in 2021 is 2021-09-30; {@code by end of month 1
     * next year} (次年1月底前) in 2021 is 2022-01-31.
     *
     * @param planYear  the plan's year, used when this deadline has no year of its own, not null
     * @return the last day of the period, not null
     * @throws DeadlineResolutionException if the year relative to the plan's year does not exist (the year after
     *     {@link Year#MAX_VALUE})
     */
    public LocalDate dateIn(Year planYear) {
        Objects.requireNonNull(planYear, "planYear");
        int y = (year != null ? year : FixedDate.inPlanYear(this, planYear, offset)).getValue();
        switch (span) {
            case MONTH:
            case LATE_MONTH:
                return YearMonth.of(y, index).atEndOfMonth();
            case EARLY_MONTH:
                return LocalDate.of(y, index, 10);
            case MIDDLE_MONTH:
                return LocalDate.of(y, index, 20);
            case QUARTER:
                return YearMonth.of(y, index * 3).atEndOfMonth();
            case HALF_YEAR:
                return YearMonth.of(y, index * 6).atEndOfMonth();
            case YEAR:
                return LocalDate.of(y, 12, 31);
            default:
                throw new AssertionError(span);
        }
    }

    /**
     * The canonical English form, such as {@code by end of 2021-06}, {@code by end of month 6},
     * {@code by end of 2021-Q3}, {@code by end of H1}, {@code by end of year}, {@code by early 2021-11}; with a year
     * relative to the plan's, {@code by end of month 1 next year}, {@code by end of Q4 previous year},
     * {@code by end of next year}, {@code by end of previous year}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        String y = year == null ? null : year.toString();
        String rel = FixedDate.englishOffset(offset);
        switch (span) {
            case MONTH:
                return "by end of " + month(y) + rel;
            case QUARTER:
                return "by end of " + (y == null ? "" : y + "-") + "Q" + index + rel;
            case HALF_YEAR:
                return "by end of " + (y == null ? "" : y + "-") + "H" + index + rel;
            case YEAR:
                return "by end of " + (y != null ? y : offset == 0 ? "year" : rel.substring(1));
            case EARLY_MONTH:
                return "by early " + month(y) + rel;
            case MIDDLE_MONTH:
                return "by mid " + month(y) + rel;
            case LATE_MONTH:
                return "by late " + month(y) + rel;
            default:
                throw new AssertionError(span);
        }
    }

    private String month(String y) {
        return y == null ? "month " + index : y + "-" + String.format(Locale.ROOT, "%02d", index);
    }

    /**
     * The canonical Chinese form, such as 2021年6月底前, 三季度末前, 上半年内, 年底前, 11月上旬; with a year relative to
     * the plan's, 次年1月底前, 上一年度四季度末前, 次年年底前, 上一年度年底前.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        String y = year == null ? FixedDate.chineseOffset(offset) : year + "年";
        switch (span) {
            case MONTH:
                return y + index + "月底前";
            case QUARTER:
                return y + QUARTERS[index - 1] + "季度末前";
            case HALF_YEAR:
                return y + (index == 1 ? "上" : "下") + "半年内";
            case YEAR:
                return year == null ? FixedDate.chineseOffset(offset) + "年底前" : year + "年底前";
            case EARLY_MONTH:
                return y + index + "月上旬";
            case MIDDLE_MONTH:
                return y + index + "月中旬";
            case LATE_MONTH:
                return y + index + "月下旬";
            default:
                throw new AssertionError(span);
        }
    }
}
