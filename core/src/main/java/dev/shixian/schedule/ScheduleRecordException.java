package dev.shixian.schedule;

import dev.shixian.ShixianException;
import dev.shixian.internal.Snippet;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when records of an obligation are bad: a record for another obligation, or records that contradict the
 * obligation or each other (完成早于事件, a pause that ends before it starts, an extension approved after the due date
 * it would extend or over the cap, a negative count, a percent outside 0–100, …). The evaluation is refused whole and
 * every bad record is listed with its position in the collection given and the reason; nothing is skipped silently.
 * Example message (long lines wrapped here):
 * <pre>
 * 2 bad records for obligation 'ysq-2024-017':
 *   records[1] Pause[obligationId=ysq-2024-017, from=2024-03-22, toInclusive=2024-03-11]: the pause ends on
 *     2024-03-11, before it starts on 2024-03-22
 *   records[3] Extension[obligationId=ysq-2024-017, approvedOn=2024-04-01, workingDays=5]: approved on 2024-04-01,
 *     after the due date 2024-03-29 it would extend
 * </pre>
 *
 * <p>This exception is unchecked; its problems are kept when it is serialized.
 */
public final class ScheduleRecordException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /**
     * One bad record and why.
     *
     * @param index  the record's position in the collection given to the evaluator (its iteration order)
     * @param record  the record, not null
     * @param reason  what is wrong and what was expected, not null
     * @serial exclude
     */
    public record Problem(int index, ObligationRecord record, String reason) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks that nothing is null.
         *
         * @param index  the record's position
         * @param record  the record, not null
         * @param reason  the reason, not null
         */
        public Problem {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * The problem as one line: {@code records[1] Pause[...]: the pause ends on ..., before it starts on ...}, the
         * record quoted at most about 80 characters, control characters escaped.
         *
         * @return the line, not null
         */
        @Override
        public String toString() {
            return "records[" + index + "] " + Snippet.of(record.toString()) + ": " + reason;
        }
    }

    /** At most this many problems are written into the message; {@link #problems()} has them all. */
    private static final int MESSAGE_PROBLEMS = 20;

    /** What was evaluated: an obligation or a whole schedule. */
    private final String scope;
    /** The bad records, immutable. */
    private final List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param scope  what was evaluated, such as {@code obligation 'ysq-2024-017'} or
     *     {@code schedule of plan 'xingyi-2021'}, not null
     * @param problems  the bad records, not null, not empty, in the order of the collection given
     */
    ScheduleRecordException(String scope, List<Problem> problems) {
        super(message(scope, problems));
        this.scope = scope;
        this.problems = List.copyOf(problems);
    }

    private static String message(String scope, List<Problem> problems) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A ScheduleRecordException needs at least one problem");
        }
        StringBuilder b = new StringBuilder();
        b.append(problems.size()).append(problems.size() == 1 ? " bad record" : " bad records")
                .append(" for ").append(scope).append(':');
        for (int i = 0; i < problems.size() && i < MESSAGE_PROBLEMS; i++) {
            b.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > MESSAGE_PROBLEMS) {
            b.append("\n  and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more (see problems())");
        }
        return b.toString();
    }

    /**
     * What was evaluated, such as {@code obligation 'ysq-2024-017'} or {@code schedule of plan 'xingyi-2021'}.
     * Each problem's record names its obligation ({@link ObligationRecord#obligationId()}).
     *
     * @return the scope, not null
     */
    public String scope() {
        return scope;
    }

    /**
     * Every bad record with its reason, in the order of the collection given.
     *
     * @return the problems, not null, not empty, immutable
     */
    public List<Problem> problems() {
        return problems;
    }
}
