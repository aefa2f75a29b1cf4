package dev.shixian.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * One due date (截止日期) of a resolved deadline, with the period it belongs to (for a recurring obligation), the
 * minimum count of completions, the label of its part, whether any day used was provisional, and why.
 *
 * <p>Example: {@code quarterly} in 2021 gives four dues; the third has due date 2021-09-30, period
 * 2021-07-01..2021-09-30 and minimum count 1.
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
    private final Explanation explanation;

    private Due(Deadline deadline, LocalDate dueDate, LocalDateRange period, int minimumCount, String label,
            boolean provisional, Explanation explanation) {
        this.deadline = deadline;
        this.dueDate = dueDate;
        this.period = period;
        this.minimumCount = minimumCount;
        this.label = label;
        this.provisional = provisional;
        this.explanation = explanation;
    }

    /**
     * A due for a single deadline: no period, a minimum count of 1, no label.
     *
     * @param deadline  the deadline, not null
     * @param dueDate  the due date, inclusive, not null
     * @param provisional  whether any day used was provisional
     * @param explanation  why, not null
     * @return the due, not null
     */
    public static Due of(Deadline deadline, LocalDate dueDate, boolean provisional, Explanation explanation) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(explanation, "explanation");
        return new Due(deadline, dueDate, null, 1, null, provisional, explanation);
    }

    /**
     * A copy with a period and minimum count, for a recurring obligation.
     *
     * @param newPeriod  the period, not null
     * @param count  the minimum count, at least 1
     * @return the copy, not null
     */
    public Due withPeriod(LocalDateRange newPeriod, int count) {
        Objects.requireNonNull(newPeriod, "newPeriod");
        if (count < 1) {
            throw new IllegalArgumentException("Minimum count must be at least 1: " + count);
        }
        return new Due(deadline, dueDate, newPeriod, count, label, provisional, explanation);
    }

    /**
     * A copy with a label, for a part of a labelled deadline.
     *
     * @param newLabel  the label, not null
     * @return the copy, not null
     */
    public Due withLabel(String newLabel) {
        Objects.requireNonNull(newLabel, "newLabel");
        return new Due(deadline, dueDate, period, minimumCount, newLabel, provisional, explanation);
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
     * The period of a recurring obligation, such as 2021-07-01..2021-09-30.
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
     * Whether any calendar day used to compute this due was provisional ({@code calendar.isProvisional}).
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return provisional;
    }

    /**
     * Why this is the due date, in English and Chinese.
     *
     * @return the explanation, not null
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Due)) {
            return false;
        }
        Due o = (Due) obj;
        return deadline.equals(o.deadline) && dueDate.equals(o.dueDate) && Objects.equals(period, o.period)
                && minimumCount == o.minimumCount && Objects.equals(label, o.label) && provisional == o.provisional
                && explanation.equals(o.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deadline, dueDate, period, minimumCount, label, provisional, explanation);
    }

    @Override
    public String toString() {
        return "Due[" + dueDate + (label == null ? "" : ", label " + label) + (period == null ? "" : ", period "
                + period) + (minimumCount == 1 ? "" : ", at least " + minimumCount) + (provisional ? ", provisional"
                : "") + ": " + deadline + "]";
    }
}
