package dev.shixian.schedule;

/**
 * The status of an obligation as of a date T (办理状态), exactly as docs/RULES.md §7 defines it. With D the effective
 * due date, C the date of the completion that brought the count to the minimum, and L the number of working days in
 * (T, D]:
 * <table>
 * <caption>Statuses</caption>
 * <tr><th>status</th><th>when</th></tr>
 * <tr><td>{@link #NOT_TRIGGERED}</td><td>its event has not happened as of T (an event dated after T has not)</td></tr>
 * <tr><td>{@link #ONGOING}</td><td>open-ended (长期), or no due date can be computed (及时 with no default)</td></tr>
 * <tr><td>{@link #PENDING}</td><td>no C by T, T ≤ D and L &gt; K</td></tr>
 * <tr><td>{@link #DUE_SOON}</td><td>no C by T, T ≤ D and L ≤ K (K = 3 by default)</td></tr>
 * <tr><td>{@link #OVERDUE}</td><td>no C by T and T &gt; D; overdue by the working days in (D, T]</td></tr>
 * <tr><td>{@link #DONE_ON_TIME}</td><td>C ≤ T and C ≤ D</td></tr>
 * <tr><td>{@link #DONE_LATE}</td><td>C ≤ T and C &gt; D; late by the working days in (D, C]</td></tr>
 * <tr><td>{@link #NOT_APPLICABLE}</td><td>the unit declared by T that it has no such item (本单位无此项工作)</td></tr>
 * </table>
 *
 * <p>Example on the official calendar, due Monday 2021-10-11 with K = 3: as of Tuesday 2021-10-05 (a 国庆节 day)
 * L = 3 (Fri 10-08, adjusted Sat 10-09, Mon 10-11), so DUE_SOON; as of Thursday 2021-09-30 L = 3 as well; as of
 * Wednesday 2021-09-29 L = 4, so PENDING; as of Friday 2021-10-15 OVERDUE by 4 working days.
 */
public enum DueStatus {
    /** Its event has not happened as of the date (未触发). */
    NOT_TRIGGERED("not triggered", "未触发"),
    /** Open-ended, with no due date (长期, 持续). */
    ONGOING("ongoing", "持续推进"),
    /** Not done, due later than the due-soon window (未到期). */
    PENDING("pending", "未到期"),
    /** Not done, due within the due-soon window or today (即将到期). */
    DUE_SOON("due soon", "即将到期"),
    /** Not done and past its due date (逾期). */
    OVERDUE("overdue", "逾期"),
    /** Done by its due date (按时完成). */
    DONE_ON_TIME("done on time", "按时完成"),
    /** Done after its due date (逾期完成). */
    DONE_LATE("done late", "逾期完成"),
    /** The unit has no such item (本单位无此项工作); left out of rates. */
    NOT_APPLICABLE("not applicable", "本单位无此项工作");

    private final String english;
    private final String chinese;

    DueStatus(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * The English words, such as {@code due soon}.
     *
     * @return the words, not null
     */
    public String english() {
        return english;
    }

    /**
     * The Chinese term, such as 即将到期.
     *
     * @return the term, not null
     */
    public String chinese() {
        return chinese;
    }

    /**
     * Whether the obligation is done, on time or late. Example: {@code DONE_LATE.isDone()} is true.
     *
     * @return true for {@link #DONE_ON_TIME} and {@link #DONE_LATE}
     */
    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
