/**
 * Working-day calendars (工作日历): which dates are working days (工作日), which are rest days (休息日),
 * holidays (节假日) and adjusted working days (调休上班), and exact working-day arithmetic on them.
 *
 * <p>The entry point is {@link dev.shixian.calendar.WorkingCalendar}; the general implementation is
 * {@link dev.shixian.calendar.ImmutableWorkingCalendar}. This package knows nothing of any country's data: the
 * Chinese State Council notices live in {@code dev.shixian.holidays.cn}.
 *
 * <p>Every calendar is strict about its coverage: a question about a date it has no authoritative data for
 * throws {@link dev.shixian.calendar.CalendarCoverageException} rather than guessing from weekends.
 */
package dev.shixian.calendar;
