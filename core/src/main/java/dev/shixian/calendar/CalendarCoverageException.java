package dev.shixian.calendar;

import dev.shixian.ShixianException;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Thrown when a calendar is asked about a date outside the range it has data for (超出日历数据范围), including
 * arithmetic that would have to walk past either end of that range.
 *
 * <p>A calendar never answers such a question from weekends alone: its answer would silently be wrong for every
 * holiday and adjusted working day (调休上班) of the missing year. The message names the date ({@link #date()}),
 * its year, whether it is before or after the data, the covered range and how to load newer data.
 *
 * <p>This exception is unchecked; it is immutable and thread-safe apart from the stack trace.
 */
public final class CalendarCoverageException extends ShixianException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;
    private final transient LocalDateRange coverage;

    /**
     * Creates an exception for a date outside a calendar's range.
     *
     * @param date  the first date the question needs and the calendar has no data for: the date asked about, or for
     *     arithmetic walking past an end, the first date past that end (the day after the last answerable date,
     *     or the day before the first); {@code LocalDate.MAX} or {@code MIN} when the walk would pass it; not null
     * @param coverage  the range the calendar can answer for, not null
     * @param detail  what was being done, e.g. "3 working days after 2026-12-30", not null
     * @param hint  how to load more data, not null
     */
    public CalendarCoverageException(LocalDate date, LocalDateRange coverage, String detail, String hint) {
        super(message(date, coverage, detail, hint));
        this.date = date;
        this.coverage = coverage;
    }

    private static String message(LocalDate date, LocalDateRange coverage, String detail, String hint) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(hint, "hint");
        String where;
        if (date.isBefore(coverage.getStart())) {
            where = "is before";
        } else if (date.isAfter(coverage.getEndInclusive())) {
            where = "is after";
        } else { // only LocalDate.MIN or MAX, when a walk would have to pass it
            where = "is the " + (date.equals(LocalDate.MAX) ? "last" : "first")
                    + " date java.time can represent, and the answer lies past it, outside";
        }
        return detail + ": date " + date + " (year " + date.getYear() + ") " + where
                + " the calendar's data, which covers " + coverage.getStart() + " to " + coverage.getEndInclusive()
                + " inclusive. " + hint;
    }

    /**
     * The first date the question needed that lies outside the calendar's range: the date asked about, or the first
     * date past the end that arithmetic walked over. Example: on a calendar covering 2004–2026,
     * {@code plusWorkingDays(2026-12-30, 3)} names 2027-01-01 and {@code plusWorkingDays(2004-01-05, -3)} names
     * 2003-12-31.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The range the calendar can answer for.
     *
     * @return the inclusive range, not null
     */
    public LocalDateRange coverage() {
        return coverage;
    }
}
