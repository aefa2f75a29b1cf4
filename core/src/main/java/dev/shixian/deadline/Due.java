package dev.shixian.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.threeten.extra.LocalDateRange;

/**
 * One due date (截止日期) of a resolved deadline, with the period it belongs to (for a recurring obligation), the
 * minimum count of completions, the label of its part, whether any calendar day it depends on was provisional or
 * not yet settled, and why.
 *
 * <p>Example: {@code quarterly} in 2021 gives four dues; the third has due date 2021-09-30, period
 * 2021-07-01..2021-09-30 (both ends inclusive) and minimum count 1.
 *
 * <p>Only the library makes dues, by resolving a {@link Deadline} ({@link Deadline#resolve(DeadlineContext)},
 * {@link Deadline#resolveParts(DeadlineContext)}) or a {@link DisclosureRequest}.
 *
 * <p>The {@link #explanation()} is built the first time it is asked for, not when the due is computed: resolving a
 * year of deadlines costs the calendar arithmetic only. Equality and hash code compare the due's values (deadline,
 * date, period, count, label, provisional and settled flags), never its explanation, which follows from them and
 * the calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Due {

    private final Deadline deadline;
    private final LocalDate dueDate;
    private final LocalDateRange period;
    private final int minimumCount;
    private final String label;
    private final boolean provisional;
    private final boolean settled;
    /** Builds the explanation; deterministic, so a race at most builds it twice. */
    private final Supplier<Explanation> recipe;
    private volatile Explanation explanation;

    private Due(Deadline deadline, LocalDate dueDate, LocalDateRange period, int minimumCount, String label,
            boolean provisional, boolean settled, Supplier<Explanation> recipe, Explanation explanation) {
        this.deadline = deadline;
        this.dueDate = dueDate;
        this.period = period;
        this.minimumCount = minimumCount;
        this.label = label;
        this.provisional = provisional;
        this.settled = settled;
        this.recipe = recipe;
        this.explanation = explanation;
    }

    /**
     * A due for a single deadline with its explanation already built: no period, a minimum count of 1, no label;
     * settled unless provisional.
     *
     * @param deadline  the deadline, not null
     * @param dueDate  the due date, inclusive, not null
     * @param provisional  whether any day used was provisional
     * @param explanation  why, not null
     * @return the due, not null
     */
    static Due of(Deadline deadline, LocalDate dueDate, boolean provisional, Explanation explanation) {
        return of(deadline, dueDate, provisional, !provisional, explanation);
    }

    /**
     * A due for a single deadline with its explanation already built: no period, a minimum count of 1, no label.
     *
     * @param deadline  the deadline, not null
     * @param dueDate  the due date, inclusive, not null
     * @param provisional  whether any day used was provisional
     * @param settled  whether every day used was settled
     * @param explanation  why, not null
     * @return the due, not null
     */
    static Due of(Deadline deadline, LocalDate dueDate, boolean provisional, boolean settled,
            Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        return new Due(Objects.requireNonNull(deadline, "deadline"), Objects.requireNonNull(dueDate, "dueDate"),
                null, 1, null, provisional, settled, () -> explanation, explanation);
    }

    /**
     * A due for a single deadline whose explanation is built when first asked for.
     *
     * @param deadline  the deadline, not null
     * @param dueDate  the due date, inclusive, not null
     * @param provisional  whether any day used was provisional
     * @param settled  whether every day used was settled
     * @param recipe  builds the explanation, deterministically and without throwing, not null
     * @return the due, not null
     */
    static Due lazy(Deadline deadline, LocalDate dueDate, boolean provisional, boolean settled,
            Supplier<Explanation> recipe) {
        return new Due(Objects.requireNonNull(deadline, "deadline"), Objects.requireNonNull(dueDate, "dueDate"),
                null, 1, null, provisional, settled, Objects.requireNonNull(recipe, "recipe"), null);
    }

    /**
     * A copy with a period and minimum count, for a recurring obligation.
     *
     * @param newPeriod  the period, not null
     * @param count  the minimum count, at least 1
     * @return the copy, not null
     */
    Due withPeriod(LocalDateRange newPeriod, int count) {
        Objects.requireNonNull(newPeriod, "newPeriod");
        if (count < 1) {
            throw new IllegalArgumentException("Minimum count must be at least 1: " + count);
        }
        return new Due(deadline, dueDate, newPeriod, count, label, provisional, settled, recipe, explanation);
    }

    /**
     * A copy with a label, for a part of a labelled deadline.
     *
     * @param newLabel  the label, not null
     * @return the copy, not null
     */
    Due withLabel(String newLabel) {
        Objects.requireNonNull(newLabel, "newLabel");
        return new Due(deadline, dueDate, period, minimumCount, newLabel, provisional, settled, recipe, explanation);
    }

    /**
     * A copy for another deadline (the 及时 obligation a policy default dated) with another explanation.
     *
     * @param newDeadline  the deadline, not null
     * @param newRecipe  builds the explanation, not null
     * @return the copy, not null
     */
    Due withDeadline(Deadline newDeadline, Supplier<Explanation> newRecipe) {
        return new Due(Objects.requireNonNull(newDeadline, "newDeadline"), dueDate, period, minimumCount, label,
                provisional, settled, Objects.requireNonNull(newRecipe, "newRecipe"), null);
    }

    /**
     * The deadline that gave this due (for a labelled part, the part without its label).
     *
     * @return the deadline, not null
     */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * The due date: done on or before it is on time (cut-off 24:00, 民法典第二百零三条第二款).
     *
     * @return the due date, not null
     */
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * The period of a recurring obligation, both ends inclusive, such as 2021-07-01..2021-09-30 (printed by
     * {@link LocalDateRange#toString()} as the half-open 2021-07-01/2021-10-01).
     *
     * @return the period, or empty for a single deadline
     */
    public Optional<LocalDateRange> period() {
        return Optional.ofNullable(period);
    }

    /**
     * The minimum number of completions (不少于N篇), 1 unless the deadline says more.
     *
     * @return the count, at least 1
     */
    public int minimumCount() {
        return minimumCount;
    }

    /**
     * The label of the part this due belongs to, such as 最新规划.
     *
     * @return the label, or empty
     */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /**
     * Whether a calendar day this due depends on was provisional ({@code calendar.isProvisional}): answered past the
     * calendar's authoritative data by a provisional policy (临时安排), so the State Council notice may change the
     * date. Example: 3 working days after 2026-12-30 on a calendar covering 2026 and provisional for 2027.
     *
     * @return true if provisional
     */
    public boolean isProvisional() {
        return provisional;
    }

    /**
     * Whether every calendar day this due depends on is settled ({@code calendar.isSettled}): no State Council notice
     * that is not yet loaded can change it (下一年度通知可能调整的日子 are not settled). A provisional due is never
     * settled. A due that depends on no day's kind (a fixed date that is not rolled, 同时) is always settled.
     * Example: a fixed date 2026-12-31 rolled forward on a calendar whose settled days end 2026-12-25 is not settled;
     * {@link DeadlinePolicy#requireSettled()} refuses such dues.
     *
     * @return true if settled
     */
    public boolean isSettled() {
        return settled;
    }

    /**
     * Why this is the due date, in English and Chinese. Built the first time it is asked for.
     *
     * @return the explanation, not null
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = recipe.get();
            explanation = e;
        }
        return e;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Due o)) {
            return false;
        }
        return deadline.equals(o.deadline) && dueDate.equals(o.dueDate) && Objects.equals(period, o.period)
                && minimumCount == o.minimumCount && Objects.equals(label, o.label) && provisional == o.provisional
                && settled == o.settled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(deadline, dueDate, period, minimumCount, label, provisional, settled);
    }

    /**
     * A summary such as {@code Due[2021-09-30, period 2021-07-01..2021-09-30: quarterly]}, ranges shown with both
     * ends inclusive.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Due[" + dueDate + (label == null ? "" : ", label " + label) + (period == null ? "" : ", period "
                + Explain.range(period)) + (minimumCount == 1 ? "" : ", at least " + minimumCount)
                + (provisional ? ", provisional" : settled ? "" : ", not settled") + ": " + deadline + "]";
    }
}
