package dev.shixian.schedule;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.Due;
import dev.shixian.deadline.Event;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * One obligation (公开义务, 任务事项): what one unit owes for one part of one task, for one period of a recurring
 * time limit or one occurrence of the event it counts from, with its due date and why — or, when it has no date,
 * why not.
 *
 * <p>Example: the 兴义市 2021 plan's task 7 ("每季度一次") led by 市财政局 (czj) gives, for the third quarter, the
 * obligation {@code xingyi-2021/7/2021-Q3@czj}: period 2021-07-01..2021-09-30, due Thursday 2021-09-30, at least 1
 * item. Its {@link #id()} is stable: adding or removing another task, unit or occurrence does not change it, so an
 * OA system can store its records against it.
 *
 * <p>Obligations are made by {@link Scheduler#schedule(dev.shixian.plan.Plan, java.util.Collection)}. This class is
 * immutable and thread-safe.
 */
public final class Obligation {

    /** Whether and how an obligation has a due date. */
    public enum Kind {
        /** It has a due date ({@link Obligation#due()}). */
        DATED,
        /**
         * Its time limit counts from an event that has not been recorded yet (no occurrence, and the plan does not
         * date it): status {@code NOT_TRIGGERED} (未触发) until an occurrence is given.
         */
        AWAITING_EVENT,
        /** Ongoing (长期, 持续推进, 常态化): no due date; status {@code ONGOING}. */
        ONGOING,
        /**
         * No computable due date for another reason, given by {@link Obligation#reason()}: 及时 without a default
         * time limit, or a task with no time limit at all.
         */
        UNDATED
    }

    private final String id;
    private final Task task;
    private final String label;
    private final Unit unit;
    private final List<Unit> units;
    private final Deadline deadline;
    private final Occurrence occurrence;
    private final Basis basis;

    /**
     * How obligations are dated, shared by the obligations of one part, period or occurrence (one per unit): the
     * kind, the due (when dated), the events awaited, why there is no date, and the terms the status evaluator needs
     * (made once, with another id for each obligation).
     */
    static final class Basis {
        final Kind kind;
        final Due due;
        final Set<Event> awaited;
        final String[] reason;
        final ObligationTerms terms;

        Basis(Kind kind, Due due, Set<Event> awaited, String[] reason, ObligationTerms terms) {
            this.kind = kind;
            this.due = due;
            this.awaited = awaited;
            this.reason = reason;
            this.terms = terms;
        }
    }

    Obligation(String id, Task task, String label, Unit unit, List<Unit> units, Deadline deadline,
            Occurrence occurrence, Basis basis) {
        this.id = id;
        this.task = task;
        this.label = label;
        this.unit = unit;
        this.units = units;
        this.deadline = deadline;
        this.occurrence = occurrence;
        this.basis = basis;
    }

    /** What the status evaluator needs of this obligation. */
    ObligationTerms terms() {
        return basis.terms.withId(id);
    }

    /** The shared terms, whose id is not this obligation's: for the status pass's columns. */
    ObligationTerms sharedTerms() {
        return basis.terms;
    }

    /**
     * The stable id: {@code {planId}/{taskId}}, then {@code #{label}} for a labelled part, {@code /{period}} for a
     * recurring period ({@code 2021-07}, {@code 2021-Q3}, {@code 2021-H2}, {@code 2021}, or
     * {@code 2021-07-01..2021-08-31} for another span), {@code /{subject}} for an occurrence, and {@code @{unitId}}
     * of the unit that answers for it (left out when one obligation covers the task's units together).
     * Examples: {@code xingyi-2021/7/2021-Q3@czj}, {@code xingyi-2021/13/兴府发〔2021〕5号@zfb}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The task this obligation comes from.
     *
     * @return the task, not null
     */
    public Task task() {
        return task;
    }

    /**
     * The label of the deadline part, such as 最新规划 or 市直部门.
     *
     * @return the label, or empty for an unlabelled time limit
     */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /**
     * The unit that answers for this obligation.
     *
     * @return the unit, or empty when one obligation covers the task's units together ({@link #units()})
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Every unit this obligation concerns: the one answering unit, or all of the task's units when they answer
     * together.
     *
     * @return the units, not null, immutable, possibly empty when the plan names a group without members
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * The time limit of this obligation's part (for a labelled part, without its label).
     *
     * @return the deadline, empty only for a task that has no time limit
     */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /**
     * The period of a recurring time limit, both ends inclusive, such as 2021-07-01..2021-09-30; for a time limit
     * before an event with a window (届满前90个工作日至30个工作日期间), the window from its opening to the due date.
     *
     * @return the period, or empty when the time limit neither recurs nor has a window
     */
    public Optional<LocalDateRange> period() {
        return basis.due == null ? Optional.empty() : basis.due.period();
    }

    /**
     * The occurrence of the event this obligation counts from.
     *
     * @return the occurrence, or empty when the time limit counts from no event, or from an event the plan itself
     *     dates, or from an event that has no occurrence yet
     */
    public Optional<Occurrence> occurrence() {
        return Optional.ofNullable(occurrence);
    }

    /**
     * Whether and how this obligation is dated.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return basis.kind;
    }

    /**
     * The due date with its explanation.
     *
     * @return the due, present exactly when {@link #kind()} is {@link Kind#DATED}
     */
    public Optional<Due> due() {
        return Optional.ofNullable(basis.due);
    }

    /**
     * The due date (截止日期), done on or before it being on time. Example: 2021-09-30 for
     * {@code xingyi-2021/7/2021-Q3@czj}.
     *
     * @return the due date, present exactly when {@link #kind()} is {@link Kind#DATED}
     */
    public Optional<LocalDate> dueDate() {
        return basis.due == null ? Optional.empty() : Optional.of(basis.due.dueDate());
    }

    /**
     * The minimum number of completions (不少于N篇, 至少N次), 1 unless the time limit says more.
     *
     * @return the minimum count, at least 1
     */
    public int minimumCount() {
        return basis.due == null ? 1 : basis.due.minimumCount();
    }

    /**
     * The events this obligation waits for, when it is {@link Kind#AWAITING_EVENT}.
     *
     * @return the events, not null, immutable, empty unless awaiting
     */
    public Set<Event> awaitedEvents() {
        return basis.awaited;
    }

    /**
     * Why this obligation has no due date, in English.
     *
     * @return the reason, empty for a dated obligation
     */
    public Optional<String> reason() {
        return basis.reason == null ? Optional.empty() : Optional.of(basis.reason[0]);
    }

    /**
     * Why this obligation has no due date, in Chinese, such as 长期任务，无截止日期.
     *
     * @return the reason, empty for a dated obligation
     */
    public Optional<String> reasonChinese() {
        return basis.reason == null ? Optional.empty() : Optional.of(basis.reason[1]);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Obligation)) {
            return false;
        }
        Obligation o = (Obligation) obj;
        return id.equals(o.id) && task.equals(o.task) && Objects.equals(label, o.label) && Objects.equals(unit, o.unit)
                && units.equals(o.units) && Objects.equals(deadline, o.deadline)
                && Objects.equals(occurrence, o.occurrence) && basis.kind == o.basis.kind
                && Objects.equals(basis.due, o.basis.due) && basis.awaited.equals(o.basis.awaited);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * A summary such as {@code xingyi-2021/7/2021-Q3@czj due 2021-09-30}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return id + (basis.due != null ? " due " + basis.due.dueDate()
                : " " + basis.kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
