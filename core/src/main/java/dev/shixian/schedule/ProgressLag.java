package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a reported progress (进度填报) lies behind the planned progress (序时进度) as of a date: the planned progress
 * is the share of the span's working days elapsed, the lag is planned minus reported, in percentage points.
 * The level compares exactly, in integers: 黄 when the lag is at least the policy's yellow threshold, 红 when above its
 * red threshold ({@link SchedulePolicy#withProgressThresholds(int, int)}).
 *
 * <p>Example: a span from 2024-03-01 to a due date 2024-03-29 holds 20 working days (Mar 4–29); as of 2024-03-15
 * 10 have elapsed, so the planned progress is 50 %; a report of 30 % lags by 20 points: 黄 (by default).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressLag {

    private final Progress report;
    private final LocalDate spanStart;
    private final LocalDate dueDate;
    private final int elapsed;
    private final int total;
    private final WarningLevel level;

    ProgressLag(Progress report, LocalDate spanStart, LocalDate dueDate, int elapsed, int total, WarningLevel level) {
        this.report = report;
        this.spanStart = spanStart;
        this.dueDate = dueDate;
        this.elapsed = elapsed;
        this.total = total;
        this.level = level;
    }

    /**
     * The report compared: the latest as of the date evaluated.
     *
     * @return the report, not null
     */
    public Progress report() {
        return report;
    }

    /**
     * The reported progress in percent.
     *
     * @return 0 to 100
     */
    public int reportedPercent() {
        return report.percent();
    }

    /**
     * The start of the span (day 0, not counted): the span start, the event or the last restart.
     *
     * @return the date, not null
     */
    public LocalDate spanStart() {
        return spanStart;
    }

    /**
     * The end of the span: the effective due date.
     *
     * @return the date, not null
     */
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * The working days of the span elapsed as of the date evaluated: those in (start, min(date, due)].
     *
     * @return the count, 0 or more
     */
    public int workingDaysElapsed() {
        return elapsed;
    }

    /**
     * The working days of the span: those in (start, due].
     *
     * @return the count, 0 or more
     */
    public int workingDaysInSpan() {
        return total;
    }

    /**
     * The planned progress (序时进度) in percent: 100 × elapsed ÷ span (100 for a span with no working days).
     * Example: 10 of 20 working days gives 50.0.
     *
     * @return 0 to 100
     */
    public double plannedPercent() {
        return total == 0 ? 100.0 : 100.0 * elapsed / total;
    }

    /**
     * The lag in percentage points: planned minus reported; negative when ahead. Example: 50.0 − 30 = 20.0.
     *
     * @return the lag
     */
    public double lagPoints() {
        return plannedPercent() - report.percent();
    }

    /**
     * The warning level of the lag.
     *
     * @return 黄 or 红, or empty when the lag is below the yellow threshold
     */
    public Optional<WarningLevel> level() {
        return Optional.ofNullable(level);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ProgressLag)) {
            return false;
        }
        ProgressLag o = (ProgressLag) obj;
        return report.equals(o.report) && spanStart.equals(o.spanStart) && dueDate.equals(o.dueDate)
                && elapsed == o.elapsed && total == o.total && Objects.equals(level, o.level);
    }

    @Override
    public int hashCode() {
        return Objects.hash(report, spanStart, dueDate, elapsed, total, level);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ProgressLag[reported %d%% on %s, planned %.1f%% (%d of %d working days), "
                + "lag %.1f points%s]", report.percent(), report.date(), plannedPercent(), elapsed, total,
                lagPoints(), level == null ? "" : ", " + level.chinese());
    }
}
