package dev.shixian.deadline;

import dev.shixian.calendar.WorkingCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * What a deadline is resolved against: the working-day calendar, the plan's year, the plan's window (for recurring
 * obligations), the dates of events, and the {@link DeadlinePolicy}.
 *
 * <p>Example:
 * <pre>{@code
 * DeadlineContext ctx = DeadlineContext.of(calendar).withYear(Year.of(2021)).withTrigger(LocalDate.of(2021, 9, 30));
 * Deadline.parse("印发后3个工作日内").resolve(ctx).get(0).dueDate();   // 2021-10-11
 * }</pre>
 *
 * <ul>
 * <li>The year applies to yearless deadlines ("11月15日前"); without {@link #withYear(Year)} the window's start year
 *     is used.
 * <li>The window (default 1 January to 31 December of the year) bounds the periods of a recurring or weekly
 *     deadline: from the period containing its start to the period containing its end; the first, partial period
 *     counts (每周 in a window from Wed 2021-09-22 starts with the week Mon 09-20..Sun 09-26).
 * <li>An event's date is the one given by {@link #withEvent(Event, LocalDate)}; failing that, the trigger.
 * </ul>
 *
 * <p>Limits: a recurring or weekly deadline is resolved over a window of at most {@link #MAX_WINDOW_YEARS} years, and one
 * resolution gives at most {@link #MAX_DUES} dues; beyond either, resolution throws a
 * {@link DeadlineResolutionException} naming the deadline and the limit. A date a deadline needs outside the
 * calendar's range throws {@link dev.shixian.calendar.CalendarCoverageException} naming it.
 *
 * <p>This class is immutable and thread-safe; the {@code with...} methods return copies.
 */
public final class DeadlineContext {

    /**
     * The longest window a recurring deadline is resolved over, in years: the window's last day must come before
     * the same day {@value} years after its first. Example: 2001-01-01..2100-12-31 is accepted,
     * 2001-01-01..2101-01-01 is not.
     */
    public static final int MAX_WINDOW_YEARS = 100;

    /**
     * The most dues one resolution ({@link Deadline#resolve(DeadlineContext)} or
     * {@link Deadline#resolveParts(DeadlineContext)}) gives, over all parts: {@value}. Example: {@code monthly} over
     * a 100-year window gives 1,200 dues; nine such parts in one deadline would exceed the limit.
     */
    public static final int MAX_DUES = 10_000;

    private final WorkingCalendar calendar;
    private final Year year;
    private final LocalDateRange window;
    private final LocalDate trigger;
    private final Map<Event, LocalDate> events;
    private final DeadlinePolicy policy;

    private DeadlineContext(WorkingCalendar calendar, Year year, LocalDateRange window, LocalDate trigger,
            Map<Event, LocalDate> events, DeadlinePolicy policy) {
        this.calendar = calendar;
        this.year = year;
        this.window = window;
        this.trigger = trigger;
        this.events = Map.copyOf(events);
        this.policy = policy;
    }

    /**
     * A context with a calendar, no year, no window, no events and the default policy.
     *
     * @param calendar  the working-day calendar, not null
     * @return the context, not null
     */
    public static DeadlineContext of(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return new DeadlineContext(calendar, null, null, null, Map.of(), DeadlinePolicy.defaults());
    }

    /**
     * A copy with the plan's year. Example: {@code withYear(Year.of(2021))} makes "6月底前" due 2021-06-30.
     *
     * @param planYear  the year, not null
     * @return the copy, not null
     */
    public DeadlineContext withYear(Year planYear) {
        Objects.requireNonNull(planYear, "planYear");
        return new DeadlineContext(calendar, planYear, window, trigger, events, policy);
    }

    /**
     * A copy with the plan's window, both ends inclusive. Example: a plan issued 2021-06-24 has the window
     * 2021-06-24..2021-12-31, so {@code quarterly} gives Q2 (the partial first period), Q3 and Q4.
     *
     * <p>A window longer than {@link #MAX_WINDOW_YEARS} years is accepted here; resolving a recurring deadline over
     * it throws {@link DeadlineResolutionException}.
     *
     * @param start  the first day, not null
     * @param endInclusive  the last day, not null, not before the start
     * @return the copy, not null
     * @throws IllegalArgumentException if the end is before the start, or the window is one a
     *     {@link LocalDateRange} cannot hold: the single day {@link LocalDate#MIN} or {@link LocalDate#MAX}, or
     *     {@code LocalDate.MAX.minusDays(1)..LocalDate.MAX}
     */
    public DeadlineContext withWindow(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("Window end " + endInclusive + " is before its start " + start);
        }
        LocalDateRange range;
        try {
            range = LocalDateRange.ofClosed(start, endInclusive);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("A window " + start + ".." + endInclusive + " at the very end of the"
                    + " dates Java knows is not supported: " + e.getMessage(), e);
        }
        return new DeadlineContext(calendar, year, range, trigger, events, policy);
    }

    /**
     * A copy with a trigger: the date used for whatever event a deadline names, when no date is given for that
     * event. Example: {@code withTrigger(2021-09-30)} makes "印发后3个工作日内" due 2021-10-11.
     *
     * @param date  the trigger date, not null
     * @return the copy, not null
     */
    public DeadlineContext withTrigger(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new DeadlineContext(calendar, year, window, date, events, policy);
    }

    /**
     * A copy with the date of an event. Example: {@code withEvent(Event.FORMATION, 2021-07-01)}.
     *
     * @param event  the event, not null
     * @param date  its date, not null
     * @return the copy, not null
     */
    public DeadlineContext withEvent(Event event, LocalDate date) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Map<Event, LocalDate> copy = new HashMap<>(events);
        copy.put(event, date);
        return new DeadlineContext(calendar, year, window, trigger, copy, policy);
    }

    /**
     * A copy with the date of an event given by name, as {@link Event#of(String)} reads it.
     * Example: {@code withEvent("formation", 2021-07-01)}.
     *
     * @param eventName  the event's id, Chinese word or rule-set name, not null
     * @param date  its date, not null
     * @return the copy, not null
     */
    public DeadlineContext withEvent(String eventName, LocalDate date) {
        return withEvent(Event.of(eventName), date);
    }

    /**
     * A copy with a policy.
     *
     * @param newPolicy  the policy, not null
     * @return the copy, not null
     */
    public DeadlineContext withPolicy(DeadlinePolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "newPolicy");
        return new DeadlineContext(calendar, year, window, trigger, events, newPolicy);
    }

    /**
     * The working-day calendar.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The plan's year: the one given, else the window's start year.
     *
     * @return the year, or empty if neither was given
     */
    public Optional<Year> year() {
        if (year != null) {
            return Optional.of(year);
        }
        return Optional.ofNullable(window).map(w -> Year.of(w.getStart().getYear()));
    }

    /**
     * The plan's window, both ends inclusive: the one given, else 1 January to 31 December of the year.
     *
     * @return the window, or empty if neither a window nor a year was given
     */
    public Optional<LocalDateRange> window() {
        if (window != null) {
            return Optional.of(window);
        }
        return Optional.ofNullable(year).map(y -> LocalDateRange.ofClosed(y.atDay(1), y.atMonthDay(
                java.time.MonthDay.of(12, 31))));
    }

    /**
     * The trigger date.
     *
     * @return the trigger, or empty
     */
    public Optional<LocalDate> trigger() {
        return Optional.ofNullable(trigger);
    }

    /**
     * The date of an event: the one given for it, else the trigger.
     *
     * @param event  the event, not null
     * @return the date, or empty
     */
    public Optional<LocalDate> eventDate(Event event) {
        Objects.requireNonNull(event, "event");
        LocalDate d = events.get(event);
        return Optional.ofNullable(d != null ? d : trigger);
    }

    /**
     * The dates given for events by {@link #withEvent(Event, LocalDate)}.
     *
     * @return the events and dates, not null, immutable
     */
    public Map<Event, LocalDate> events() {
        return events;
    }

    /**
     * The policy.
     *
     * @return the policy, not null
     */
    public DeadlinePolicy policy() {
        return policy;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DeadlineContext o)) {
            return false;
        }
        return calendar.equals(o.calendar) && Objects.equals(year, o.year) && Objects.equals(window, o.window)
                && Objects.equals(trigger, o.trigger) && events.equals(o.events) && policy.equals(o.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, year, window, trigger, events, policy);
    }

    @Override
    public String toString() {
        return "DeadlineContext[calendar=" + calendar.name() + ", year=" + year + ", window="
                + (window == null ? null : Explain.range(window)) + ", trigger=" + trigger + ", events="
                + events + ", policy=" + policy + "]";
    }
}
