package dev.shixian.calendar;

/**
 * The kind of a calendar day: every date in a calendar's coverage has exactly one.
 *
 * <table>
 * <caption>Kinds of day, with examples from the Chinese calendar</caption>
 * <tr><th>kind</th><th>meaning</th><th>example</th></tr>
 * <tr><td>{@link #WORKDAY}</td><td>an ordinary working day (工作日)</td><td>Thu 2021-09-30</td></tr>
 * <tr><td>{@link #REST_DAY}</td><td>an ordinary weekend day (周休息日)</td><td>Sun 2021-10-10</td></tr>
 * <tr><td>{@link #HOLIDAY}</td><td>a day off named by a notice (节假日, including weekend days joined to it)</td>
 *     <td>Mon 2021-10-04 (国庆节)</td></tr>
 * <tr><td>{@link #ADJUSTED_WORKDAY}</td><td>a weekend day made a working day (调休上班)</td>
 *     <td>Sat 2021-10-09</td></tr>
 * </table>
 */
public enum DayKind {
    /** An ordinary working day (工作日), Monday to Friday under the usual weekend. */
    WORKDAY(true),
    /** An ordinary weekend rest day (周休息日). */
    REST_DAY(false),
    /** A day off named by a holiday notice (节假日), whether it falls on a weekday or a weekend day. */
    HOLIDAY(false),
    /** A weekend day that a notice makes a working day (调休上班 = adjusted working day). */
    ADJUSTED_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /**
     * Whether a day of this kind is a working day.
     *
     * @return true for {@link #WORKDAY} and {@link #ADJUSTED_WORKDAY}
     */
    public boolean isWorkingDay() {
        return working;
    }
}
