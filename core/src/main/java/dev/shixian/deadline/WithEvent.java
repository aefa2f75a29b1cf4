package dev.shixian.deadline;

import java.util.List;

/**
 * Simultaneous with an event (同时, 同步; "与文件同时公开"): due on the day of the event (docs/RULES.md §2), or, with a
 * tolerance ("时间跨度不超过5个工作日"), on the given number of working days after it.
 *
 * <p>Example: {@code with issuance} with issuance on 2021-09-30 is due 2021-09-30;
 * {@code with issuance, within 3 working days} is due 2021-10-11.
 *
 * @param events  the events, any of which starts the clock, distinct, not null, may be empty (the trigger)
 * @param toleranceWorkingDays  the working days allowed after the event, 0 for the same day, at most 9999
 */
public record WithEvent(List<Event> events, int toleranceWorkingDays) implements Deadline {

    /** The largest tolerance, in working days. */
    public static final int MAX_TOLERANCE = 9999;

    /**
     * Validates the parts and copies the events.
     *
     * @param events  the events, any of which starts the clock, distinct, at most {@value AfterEvent#MAX_EVENTS},
     *     not null, may be empty (the context's trigger date is then used)
     * @param toleranceWorkingDays  the working days allowed after the event, 0 for the same day, 0 to
     *     {@value #MAX_TOLERANCE}
     * @throws IllegalArgumentException if the tolerance is out of range, an event repeats or there are too many
     * @throws NullPointerException if the events or one of them is null
     */
    public WithEvent {
        events = AfterEvent.distinct(events);
        if (toleranceWorkingDays < 0 || toleranceWorkingDays > MAX_TOLERANCE) {
            throw new IllegalArgumentException("Tolerance must be 0.." + MAX_TOLERANCE + " working days: "
                    + toleranceWorkingDays);
        }
    }

    /**
     * Simultaneous with events, no tolerance. Example: {@code of(Event.ISSUANCE)} is {@code with issuance}.
     *
     * @param events  the events, not null
     * @return the deadline, not null
     */
    public static WithEvent of(Event... events) {
        return new WithEvent(List.of(events), 0);
    }

    /**
     * A copy with a tolerance. Example: {@code of(Event.ISSUANCE).withTolerance(5)} is
     * {@code with issuance, within 5 working days}.
     *
     * @param workingDays  the tolerance in working days, 0 to 9999
     * @return the deadline, not null
     */
    public WithEvent withTolerance(int workingDays) {
        return new WithEvent(events, workingDays);
    }

    /**
     * The canonical English form: {@code with issuance}, {@code with issuance, within 5 working days}; without an
     * event {@code simultaneously}.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        String base = events.isEmpty() ? "simultaneously" : "with " + AfterEvent.englishEvents(events);
        return toleranceWorkingDays == 0 ? base : base + ", within " + toleranceWorkingDays + " "
                + AfterEvent.Counting.WORKING_DAYS.english(toleranceWorkingDays);
    }

    /**
     * The canonical Chinese form: 与印发同时, 与印发同时，时间跨度不超过5个工作日; without an event 同时.
     *
     * @return the Chinese form, not null
     */
    @Override
    public String toChinese() {
        String base = events.isEmpty() ? "同时" : "与" + AfterEvent.chineseEvents(events) + "同时";
        return toleranceWorkingDays == 0 ? base : base + "，时间跨度不超过" + toleranceWorkingDays + "个工作日";
    }
}
