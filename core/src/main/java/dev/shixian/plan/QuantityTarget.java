package dev.shixian.plan;

import dev.shixian.deadline.Deadline;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity a task must reach (数量目标), such as 发布达10条以上 by the end of the year: a count, its measure word
 * (条, 篇, 次) and optionally the time limit, as the plan writes it, by which it must be reached.
 *
 * <p>Example: {@code QuantityTarget.of(10, "条").withBy("2021年12月底前")}; in a built plan its {@link #deadline()} is
 * {@code by end of 2021-12}, due 2021-12-31.
 *
 * <p>Not a record: it also holds the parsed time limit, which {@link #equals(Object)} leaves out (it follows from
 * {@link #by()}) and which only a plan may set.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuantityTarget {

    private final int count;
    private final String measure;
    private final String by;
    private final Deadline deadline;

    private QuantityTarget(int count, String measure, String by, Deadline deadline) {
        if (count < 1) {
            throw new IllegalArgumentException("A quantity target's count must be at least 1 but was " + count);
        }
        this.count = count;
        this.measure = Objects.requireNonNull(measure, "measure");
        this.by = by;
        this.deadline = deadline;
    }

    /**
     * A target with no time limit of its own.
     *
     * @param count  the number to reach, at least 1
     * @param measure  the measure word (量词), such as 条, not null
     * @return the target, not null
     */
    public static QuantityTarget of(int count, String measure) {
        return new QuantityTarget(count, measure, null, null);
    }

    /**
     * Returns a copy with a time limit, as the plan writes it (Chinese or canonical form): the copy's {@link #by()}.
     *
     * @param timeLimit  the time limit, such as 2021年12月底前, not null
     * @return the copy, not null
     */
    public QuantityTarget withBy(String timeLimit) {
        return new QuantityTarget(count, measure, Objects.requireNonNull(timeLimit, "timeLimit"), null);
    }

    /**
     * The number to reach.
     *
     * @return the count, at least 1
     */
    public int count() {
        return count;
    }

    /**
     * The measure word (量词), such as 条 or 篇; written {@code measure} in a plan file. Unlike a recurring
     * obligation's {@link dev.shixian.deadline.Measure}, it is kept as the plan writes it (个, 项, 次 …).
     *
     * @return the measure word, not null
     */
    public String measure() {
        return measure;
    }

    /**
     * The time limit by which the count must be reached, as the plan writes it.
     *
     * @return the time limit, empty when the task's own deadline applies
     */
    public Optional<String> by() {
        return Optional.ofNullable(by);
    }

    /**
     * The parsed time limit of {@link #by()}: present in the targets of a built plan's tasks, which
     * {@link Plan.Builder#build()} parses (strictly or leniently, as the plan says); empty when there is no
     * {@code by} or the target has not been through a plan.
     *
     * @return the deadline, or empty
     */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** A copy holding the parsed time limit. */
    QuantityTarget withDeadline(Deadline parsed) {
        return new QuantityTarget(count, measure, by, parsed);
    }

    /**
     * Compares count, measure word and time limit as written (the parsed deadline follows from them).
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof QuantityTarget other && count == other.count && measure.equals(other.measure)
                && Objects.equals(by, other.by);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, measure, by);
    }

    /**
     * The target as {@code 10条 by 2021年12月底前}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return count + measure + (by == null ? "" : " by " + by);
    }
}
