package dev.shixian.schedule;

import dev.shixian.deadline.AfterEvent;
import dev.shixian.deadline.Annotated;
import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.deadline.Freshness;
import dev.shixian.deadline.Labelled;
import dev.shixian.deadline.WithEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of one obligation (义务, 督办事项) that its status depends on: its id, its kind, its original due date, the
 * date of the event it counts from, its span (for 序时进度), its minimum count (不少于N篇) and how to count again after
 * a restart (补正). A {@link StatusEvaluator} evaluates the terms and the records as of a date.
 *
 * <table>
 * <caption>Kinds</caption>
 * <tr><th>kind</th><th>made by</th><th>status</th></tr>
 * <tr><td>{@link Kind#DATED}</td><td>{@link #dated(String, LocalDate)}, {@link #dated(String, Due)},
 *     {@link #afterEvent(String, LocalDate, Deadline, DeadlineContext)}</td><td>PENDING, DUE_SOON, OVERDUE,
 *     DONE_ON_TIME, DONE_LATE; NOT_TRIGGERED while its event date is after the date evaluated</td></tr>
 * <tr><td>{@link Kind#FRESHNESS}</td><td>{@link #freshness(String, Freshness, LocalDate, DeadlineContext)}</td>
 *     <td>PENDING, DUE_SOON or OVERDUE, due N days after the last completion (更新频率)</td></tr>
 * <tr><td>{@link Kind#ONGOING}</td><td>{@link #ongoing(String)}</td><td>ONGOING (长期)</td></tr>
 * <tr><td>{@link Kind#NOT_TRIGGERED}</td><td>{@link #notTriggered(String)}</td><td>NOT_TRIGGERED: a per-event
 *     obligation whose event has no occurrence yet</td></tr>
 * <tr><td>{@link Kind#UNDATED}</td><td>{@link #undated(String, String)}</td><td>ONGOING, with the reason no due
 *     date can be computed (及时 with no default, a needed event undated)</td></tr>
 * </table>
 * Any kind is NOT_APPLICABLE once the unit declares it has no such item (本单位无此项工作).
 *
 * <h2>Restarts: how the period is counted again</h2>
 * A {@link Restart} (补正, 条例第三十条) counts the whole period again from its date. The terms carry the deadline the
 * period came from and the context it was resolved in ({@link #withRecount(Deadline, DeadlineContext)}); on a restart
 * on date R the deadline is resolved again with every event it counts from dated R (and R as the trigger), so any
 * after-event deadline is recounted exactly as it was first counted: working days, calendar days rolled forward to
 * a working day, months with the month-end rule, the context's policy. Example (docs/RULES.md §8 example 10):
 * <pre>{@code
 * DeadlineContext ctx = DeadlineContext.of(calendar);
 * ObligationTerms reply = ObligationTerms.afterEvent("ysq-2024-031", LocalDate.of(2024, 9, 20),
 *         Deadline.parse("收到申请之日起20个工作日内"), ctx);          // due 2024-10-23
 * // with Restart.of("ysq-2024-031", 2024-10-10): due 2024-11-06
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the {@code with...} methods return copies.
 */
public final class ObligationTerms {

    /** The kind of an obligation, which decides which statuses it can have. */
    public enum Kind {
        /** A due date (截止日期), possibly counted from an event. */
        DATED,
        /** Due N days after the last completion (更新频率, 超过N天未更新). */
        FRESHNESS,
        /** Open-ended (长期, 持续推进): no due date. */
        ONGOING,
        /** Per event, and no occurrence of the event yet (未触发). */
        NOT_TRIGGERED,
        /** No due date can be computed, for a stated reason (及时 with no default; a needed event undated). */
        UNDATED
    }

    private final String id;
    private final Kind kind;
    private final LocalDate dueDate;
    private final LocalDate eventDate;
    private final LocalDate spanStart;
    private final int minimumCount;
    private final Deadline recount;
    private final DeadlineContext recountContext;
    private final String undatedReason;

    private ObligationTerms(String id, Kind kind, LocalDate dueDate, LocalDate eventDate, LocalDate spanStart,
            int minimumCount, Deadline recount, DeadlineContext recountContext, String undatedReason) {
        this.id = id;
        this.kind = kind;
        this.dueDate = dueDate;
        this.eventDate = eventDate;
        this.spanStart = spanStart;
        this.minimumCount = minimumCount;
        this.recount = recount;
        this.recountContext = recountContext;
        this.undatedReason = undatedReason;
    }

    /**
     * A dated obligation with its original due date, a minimum count of 1, no event, no span and no recount rule.
     * Example: {@code dated("xingyi-2021/3@zfb", LocalDate.of(2021, 11, 15))} (2021年11月15日前).
     *
     * @param id  the obligation's id, not null
     * @param dueDate  the original due date, not null
     * @return the terms, not null
     */
    public static ObligationTerms dated(String id, LocalDate dueDate) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dueDate, "dueDate");
        return new ObligationTerms(id, Kind.DATED, dueDate, null, null, 1, null, null, null);
    }

    /**
     * A dated obligation from a resolved {@link Due}: its due date, its minimum count, and, for a recurring period,
     * the period's first day as the span start. Example: the third due of {@code quarterly} in 2021 (due 2021-09-30,
     * period 2021-07-01..2021-09-30) gives due date 2021-09-30 and span start 2021-07-01.
     *
     * @param id  the obligation's id, not null
     * @param due  the due, not null
     * @return the terms, not null
     */
    public static ObligationTerms dated(String id, Due due) {
        Objects.requireNonNull(due, "due");
        ObligationTerms t = dated(id, due.dueDate()).withMinimumCount(due.minimumCount());
        return due.period().isPresent() ? t.withSpanStart(due.period().get().getStart()) : t;
    }

    /**
     * A dated obligation counted from an event: the deadline resolved with every event it names dated
     * {@code eventDate}, which is also the span start, and the deadline kept to recount after a restart. Example:
     * {@code afterEvent(id, 2024-03-01, Deadline.parse("收到申请之日起20个工作日内"), ctx)} is due 2024-03-29.
     *
     * @param id  the obligation's id, not null
     * @param eventDate  the date of the occurrence (day 0, not counted), not null; if it is after the date evaluated
     *     the status is NOT_TRIGGERED
     * @param deadline  a deadline counted from an event: {@link AfterEvent} or {@link WithEvent}, possibly
     *     {@link Labelled}, not null
     * @param context  the context to resolve it in (calendar, policy), not null
     * @return the terms, not null
     * @throws IllegalArgumentException if the deadline does not count from an event
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public static ObligationTerms afterEvent(String id, LocalDate eventDate, Deadline deadline,
            DeadlineContext context) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventDate, "eventDate");
        Deadline d = checkRecountable(deadline);
        Objects.requireNonNull(context, "context");
        LocalDate due = resolveFrom(d, context, eventDate);
        return new ObligationTerms(id, Kind.DATED, due, eventDate, null, 1, d, context, null);
    }

    /**
     * As {@link #afterEvent(String, LocalDate, Deadline, DeadlineContext)}, with the due date the scheduler has
     * already resolved, so that scheduling resolves each deadline once.
     */
    static ObligationTerms afterEvent(String id, LocalDate eventDate, LocalDate dueDate, Deadline deadline,
            DeadlineContext context) {
        return new ObligationTerms(id, Kind.DATED, dueDate, eventDate, null, 1, checkRecountable(deadline), context,
                null);
    }

    /**
     * A freshness obligation (更新频率): due N days after the last completion as of the date evaluated, or after
     * {@code since} before any. Example: {@code every 14 days} since 2021-09-01 is due 2021-09-15; after a
     * completion on 2021-09-10 it is due 2021-09-24.
     *
     * @param id  the obligation's id, not null
     * @param rule  the freshness rule, not null
     * @param since  the day the rule starts to apply (the column opened, or its last update before the records),
     *     not null; completions before it are bad records
     * @param context  the context to resolve the rule in (calendar, policy), not null
     * @return the terms, not null
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public static ObligationTerms freshness(String id, Freshness rule, LocalDate since, DeadlineContext context) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(context, "context");
        LocalDate due = resolveFrom(rule, context, since);
        return new ObligationTerms(id, Kind.FRESHNESS, due, null, since, 1, rule, context, null);
    }

    /**
     * An open-ended obligation (长期, 持续推进): status ONGOING. Example: {@code ongoing("xingyi-2021/1@zfb")}.
     *
     * @param id  the obligation's id, not null
     * @return the terms, not null
     */
    public static ObligationTerms ongoing(String id) {
        Objects.requireNonNull(id, "id");
        return new ObligationTerms(id, Kind.ONGOING, null, null, null, 1, null, null, null);
    }

    /**
     * A per-event obligation whose event has not occurred: status NOT_TRIGGERED. Example:
     * {@code notTriggered("xingyi-2021/13@zfb")} for "印发后3个工作日内" with no issuance yet.
     *
     * @param id  the obligation's id, not null
     * @return the terms, not null
     */
    public static ObligationTerms notTriggered(String id) {
        Objects.requireNonNull(id, "id");
        return new ObligationTerms(id, Kind.NOT_TRIGGERED, null, null, null, 1, null, null, null);
    }

    /**
     * An obligation with no computable due date, and why: status ONGOING (docs/RULES.md §5). Example:
     * {@code undated("xingyi-2021/20@zfb", "及时: no default in the rule set")}.
     *
     * @param id  the obligation's id, not null
     * @param reason  why there is no due date, not null
     * @return the terms, not null
     */
    public static ObligationTerms undated(String id, String reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        return new ObligationTerms(id, Kind.UNDATED, null, null, null, 1, null, null, reason);
    }

    /**
     * A copy with the date of the event the obligation counts from (an occurrence's date): before it the status
     * is NOT_TRIGGERED, and records dated before it are bad. Example: issuance on 2021-09-30 for a due date of
     * 2021-10-11; as of 2021-09-29 the obligation is NOT_TRIGGERED.
     *
     * @param date  the event's date, not null
     * @return the copy, not null
     * @throws IllegalStateException if the obligation is not {@link Kind#DATED}
     */
    public ObligationTerms withEventDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireKind(Kind.DATED, "an event date");
        return new ObligationTerms(id, kind, dueDate, date, spanStart, minimumCount, recount, recountContext,
                undatedReason);
    }

    /**
     * A copy with the start of the obligation's span: the first day of its period, or the plan's start. The span
     * runs from it (or from the event, or the last restart) to the effective due date; the planned progress
     * (序时进度) is the share of its working days elapsed. Records dated before the start are bad, except a
     * not-applicable declaration. Example: the 2021-Q3 period of a quarterly task starts 2021-07-01.
     *
     * @param date  the start, not null
     * @return the copy, not null
     * @throws IllegalStateException if the obligation is {@link Kind#FRESHNESS} (its start is {@code since})
     */
    public ObligationTerms withSpanStart(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (kind == Kind.FRESHNESS) {
            throw new IllegalStateException("A freshness obligation starts on its 'since' date");
        }
        return new ObligationTerms(id, kind, dueDate, eventDate, date, minimumCount, recount, recountContext,
                undatedReason);
    }

    /**
     * A copy with a minimum count (不少于N篇): done when completions reach it. Example: "每2个月不少于2篇" gives 2.
     *
     * @param count  the minimum, 1 or more
     * @return the copy, not null
     * @throws IllegalArgumentException if below 1
     * @throws IllegalStateException if the obligation is {@link Kind#FRESHNESS} (any completion renews it)
     */
    public ObligationTerms withMinimumCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Minimum count must be at least 1: " + count);
        }
        if (kind == Kind.FRESHNESS && count != 1) {
            throw new IllegalStateException("A freshness obligation is renewed by any completion");
        }
        return new ObligationTerms(id, kind, dueDate, eventDate, spanStart, count, recount, recountContext,
                undatedReason);
    }

    /**
     * A copy with the rule to count the period again after a {@link Restart}: the deadline, resolved in the context
     * with every event it names dated on the restart (see the class documentation). Example:
     * {@code withRecount(Deadline.parse("20个工作日内"), DeadlineContext.of(calendar))}.
     *
     * @param deadline  an {@link AfterEvent} or {@link WithEvent}, possibly {@link Labelled}, not null
     * @param context  the context, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the deadline does not count from an event
     * @throws IllegalStateException if the obligation is not {@link Kind#DATED}
     */
    public ObligationTerms withRecount(Deadline deadline, DeadlineContext context) {
        Deadline d = checkRecountable(deadline);
        Objects.requireNonNull(context, "context");
        requireKind(Kind.DATED, "a recount rule");
        return new ObligationTerms(id, kind, dueDate, eventDate, spanStart, minimumCount, d, context,
                undatedReason);
    }

    /**
     * The obligation's id.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The kind.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The original due date: for {@link Kind#DATED} the one given or resolved; for {@link Kind#FRESHNESS} the one
     * counted from {@code since}.
     *
     * @return the date, or empty for the other kinds
     */
    public Optional<LocalDate> originalDueDate() {
        return Optional.ofNullable(dueDate);
    }

    /**
     * The date of the event the obligation counts from.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> eventDate() {
        return Optional.ofNullable(eventDate);
    }

    /**
     * The start of the span: the one given, else the event's date (for {@link Kind#FRESHNESS}, {@code since}).
     *
     * @return the start, or empty
     */
    public Optional<LocalDate> spanStart() {
        return Optional.ofNullable(spanStart != null ? spanStart : eventDate);
    }

    /**
     * The minimum count.
     *
     * @return the count, 1 or more
     */
    public int minimumCount() {
        return minimumCount;
    }

    /**
     * The deadline counted again after a restart (for {@link Kind#FRESHNESS}, the freshness rule).
     *
     * @return the deadline, or empty when there is none
     */
    public Optional<Deadline> recountDeadline() {
        return Optional.ofNullable(recount);
    }

    /**
     * Why there is no due date, for {@link Kind#UNDATED}.
     *
     * @return the reason, or empty
     */
    public Optional<String> undatedReason() {
        return Optional.ofNullable(undatedReason);
    }

    /** Day 0 of the count: the event, else the span start; null when neither is known. */
    /** A copy for another obligation with the same terms: obligations of one period and part share their terms. */
    ObligationTerms withId(String newId) {
        return new ObligationTerms(Objects.requireNonNull(newId, "newId"), kind, dueDate, eventDate, spanStart,
                minimumCount, recount, recountContext, undatedReason);
    }

    /** The original due date, or null; for the status pass, without an Optional. */
    LocalDate dueOrNull() {
        return dueDate;
    }

    /** The event date, or null; for the status pass, without an Optional. */
    LocalDate eventOrNull() {
        return eventDate;
    }

    LocalDate earliest() {
        return eventDate != null ? eventDate : spanStart;
    }

    /** The earliest date a record (other than not-applicable) may have: the later of the event and the span start. */
    LocalDate validFrom() {
        if (eventDate == null || spanStart == null) {
            return earliest();
        }
        return spanStart.isAfter(eventDate) ? spanStart : eventDate;
    }

    boolean canRecount() {
        return recount != null;
    }

    /** The due date counted again from a start: the recount deadline with all its events dated {@code start}. */
    LocalDate recountFrom(LocalDate start) {
        return resolveFrom(recount, recountContext, start);
    }

    private static LocalDate resolveFrom(Deadline deadline, DeadlineContext context, LocalDate start) {
        DeadlineContext ctx = context.withTrigger(start);
        for (Event e : events(deadline)) {
            ctx = ctx.withEvent(e, start);
        }
        List<Due> dues = deadline.resolve(ctx);
        if (dues.size() != 1) {
            throw new IllegalArgumentException("Deadline '" + deadline + "' gave " + dues.size()
                    + " due dates counted from " + start + "; expected one");
        }
        return dues.get(0).dueDate();
    }

    private static List<Event> events(Deadline d) {
        if (d instanceof AfterEvent) {
            return ((AfterEvent) d).events();
        }
        if (d instanceof WithEvent) {
            return ((WithEvent) d).events();
        }
        return List.of(Event.CHANGE);
    }

    private static Deadline checkRecountable(Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        Deadline d = Annotated.unwrap(deadline instanceof Labelled ? ((Labelled) deadline).deadline() : deadline);
        if (!(d instanceof AfterEvent) && !(d instanceof WithEvent)) {
            throw new IllegalArgumentException("A restart can recount only a deadline counted from an event "
                    + "(AfterEvent or WithEvent): " + deadline);
        }
        return d;
    }

    private void requireKind(Kind k, String what) {
        if (kind != k) {
            throw new IllegalStateException("Only a " + k + " obligation has " + what + "; '" + id + "' is " + kind);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ObligationTerms)) {
            return false;
        }
        ObligationTerms o = (ObligationTerms) obj;
        return id.equals(o.id) && kind == o.kind && Objects.equals(dueDate, o.dueDate)
                && Objects.equals(eventDate, o.eventDate) && Objects.equals(spanStart, o.spanStart)
                && minimumCount == o.minimumCount && Objects.equals(recount, o.recount)
                && Objects.equals(recountContext, o.recountContext) && Objects.equals(undatedReason, o.undatedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, dueDate, eventDate, spanStart, minimumCount, recount, recountContext,
                undatedReason);
    }

    @Override
    public String toString() {
        return "ObligationTerms[" + id + ", " + kind + (dueDate == null ? "" : ", due " + dueDate)
                + (eventDate == null ? "" : ", event " + eventDate) + (spanStart == null ? "" : ", span from "
                + spanStart) + (minimumCount == 1 ? "" : ", at least " + minimumCount) + (recount == null ? ""
                : ", recount " + recount) + (undatedReason == null ? "" : ", undated: " + undatedReason) + "]";
    }
}
