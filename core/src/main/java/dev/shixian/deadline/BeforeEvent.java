package dev.shixian.deadline;

import java.util.List;
import java.util.Objects;

/**
 * A time limit before an event (事前期限, docs/RULES.md §2.7): N working days, calendar days, months or years before
 * one or more named events, such as 会议召开前5日 (5 days before a meeting) or 有效期届满前30个工作日 (30 working days
 * before a term of validity ends). The day of the event is not counted, as for a period after an event (§2.1).
 *
 * <table>
 * <caption>Units</caption>
 * <tr><th>counting</th><th>Chinese</th><th>rule</th></tr>
 * <tr><td>{@link AfterEvent.Counting#WORKING_DAYS}</td><td>前N个工作日</td><td>the N-th working day before the
 *     event</td></tr>
 * <tr><td>{@link AfterEvent.Counting#DAYS}</td><td>前N日, 前N天, 提前N天, 前N周 (7N days)</td><td>event − N days; a day
 *     that is not a working day moves to the previous working day (policy {@code rollBackBeforeEvent})</td></tr>
 * <tr><td>{@link AfterEvent.Counting#MONTHS}</td><td>前N个月</td><td>the same day N months earlier, or that month's
 *     last day; moved back to a working day</td></tr>
 * <tr><td>{@link AfterEvent.Counting#YEARS}</td><td>前N年</td><td>as months, times 12</td></tr>
 * </table>
 *
 * <p>A window (期间) opens earlier and closes at the due date: 届满前90个工作日至30个工作日期间 may be done from the
 * 90th working day before the expiry through the 30th; its {@link Due#period()} is that closed range, and its due
 * date is the closing day. The opening is counted the same way as the due date.
 *
 * <p>With several events the latest of their dates counts (policy {@code latestEvent}); with none named (提前15天),
 * the context's trigger date is the event (policy {@code contextTrigger}).
 *
 * <p>Example (docs/RULES.md §8 rows 29 and 30): a meeting on Tuesday 2024-10-08. {@code 5 days before meeting}
 * (会议召开前5日) gives 2024-10-03, a 国庆节 holiday, so it is due Monday 2024-09-30; {@code 3 working days before
 * meeting} is due Friday 2024-09-27 (counting back Mon 09-30, the adjusted working Sunday 09-29, Fri 09-27).
 *
 * @param amount  the working days, days, months or years before the event at which the time limit is due, 1 to
 *     {@link AfterEvent.Counting#max()}
 * @param counting  what is counted, not null
 * @param events  the events, the latest of which counts, distinct, at most {@value AfterEvent#MAX_EVENTS}, not null,
 *     may be empty (the trigger)
 * @param windowOpens  0 for no window, else how many units before the event the window opens: more than
 *     {@code amount}, at most {@link AfterEvent.Counting#max()}
 */
public record BeforeEvent(int amount, AfterEvent.Counting counting, List<Event> events, int windowOpens)
        implements Deadline {

    /**
     * Validates the parts and copies the events.
     *
     * @param amount  the units before the event at which it is due, 1 to {@link AfterEvent.Counting#max()} (9999,
     *     or 999 years)
     * @param counting  what the amounts count, not null
     * @param events  the events, distinct, at most {@value AfterEvent#MAX_EVENTS}, not null, may be empty (the
     *     context's trigger date is then the event)
     * @param windowOpens  0 for no window, else amount + 1 to {@link AfterEvent.Counting#max()}: the window opens
     *     that many units before the event
     * @throws IllegalArgumentException if an amount is out of range, an event repeats or there are too many
     * @throws NullPointerException if the counting, the events or one of them is null
     */
    public BeforeEvent {
        Objects.requireNonNull(counting, "counting");
        events = AfterEvent.distinct(events);
        if (amount < 1 || amount > counting.max()) {
            throw new IllegalArgumentException("Amount of " + counting.english(2) + " before an event must be 1.."
                    + counting.max() + ": " + amount);
        }
        if (windowOpens != 0 && (windowOpens <= amount || windowOpens > counting.max())) {
            throw new IllegalArgumentException("Window opening must be 0 (no window) or " + (amount + 1L) + ".."
                    + counting.max() + " " + counting.english(2) + " before the event (more than the amount "
                    + amount + "): " + windowOpens);
        }
    }

    /**
     * A time limit before events, without a window. Example: {@code of(5, Counting.DAYS, Event.MEETING)} is
     * {@code 5 days before meeting} (会议召开前5日).
     *
     * @param amount  the amount, 1 to {@link AfterEvent.Counting#max()}
     * @param counting  what the amount counts, not null
     * @param events  the events, not null; none for the context's trigger
     * @return the deadline, not null
     * @throws IllegalArgumentException if the amount is out of range or an event repeats
     */
    public static BeforeEvent of(int amount, AfterEvent.Counting counting, Event... events) {
        return new BeforeEvent(amount, counting, List.of(events), 0);
    }

    /**
     * A copy whose window opens earlier. Example: {@code of(30, Counting.WORKING_DAYS, Event.EXPIRY)
     * .withWindowOpening(90)} is {@code between 90 and 30 working days before expiry}
     * (届满前90个工作日至30个工作日期间).
     *
     * @param opens  0 for no window, else amount + 1 to {@link AfterEvent.Counting#max()}
     * @return the deadline, not null
     * @throws IllegalArgumentException if the opening is out of range
     */
    public BeforeEvent withWindowOpening(int opens) {
        return new BeforeEvent(amount, counting, events, opens);
    }

    /**
     * Whether the time limit has a window (an opening before the due date).
     *
     * @return true if {@link #windowOpens()} is not 0
     */
    public boolean hasWindow() {
        return windowOpens != 0;
    }

    /**
     * The canonical English form: {@code 5 days before meeting}, {@code 3 working days before "飞行"}, without an
     * event {@code 15 days before}, with a window {@code between 90 and 30 working days before expiry}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        String tail = events.isEmpty() ? " before" : " before " + AfterEvent.englishEvents(events);
        if (windowOpens != 0) {
            return "between " + windowOpens + " and " + amount + " " + counting.english(amount) + tail;
        }
        return amount + " " + counting.english(amount) + tail;
    }

    /**
     * The canonical Chinese form: 会议召开前5日, “飞行”前3个工作日, without an event 提前15日, with a window
     * 届满前90个工作日至30个工作日期间.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        String head = events.isEmpty() ? "提前" : AfterEvent.chineseEvents(events) + "前";
        if (windowOpens != 0) {
            return head + windowOpens + counting.chinese() + "至" + amount + counting.chinese() + "期间";
        }
        return head + amount + counting.chinese();
    }
}
