package dev.shixian.schedule.json;

import dev.shixian.ShixianException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a records file (办理记录文件) or a status report in JSON cannot be read: the input is refused whole and
 * every problem is listed, each with where it is — a JSON path such as {@code $.records[3].date}, a line and column
 * for malformed JSON, a byte offset for bytes that are not UTF-8 — and what was expected. Values are quoted at most
 * about 80 characters, control characters escaped. Example message:
 * <pre>
 * Records file oa-export.json: 2 problems:
 *   $.records[3].date: expected a date yyyy-MM-dd but found "2021-13-01"
 *   $.records[5].colour: unknown field; expected one of [date, note, count, obligation, type]
 * </pre>
 *
 * <p>Why a new exception rather than {@code dev.shixian.plan.PlanFormatException}: that one is about plans, and
 * {@code dev.shixian.schedule.ScheduleRecordException} lists records that are well-formed but contradict their
 * obligation (it holds the record objects, which a malformed file does not yield). This one is about the file.
 *
 * <p>This exception is unchecked; its problems are kept when it is serialized.
 */
public final class RecordsFormatException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** At most this many problems are written into the message; {@link #problems()} has them all. */
    private static final int MESSAGE_PROBLEMS = 20;

    /**
     * One problem.
     *
     * @param where  where it is: a JSON path such as {@code $.records[3].date}, {@code line 3, column 7} or
     *     {@code byte 1024}, not null
     * @param message  what is wrong and what was expected, not null
     * @serial exclude
     */
    public record Problem(String where, String message) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks that nothing is null.
         *
         * @param where  where it is, not null
         * @param message  what is wrong, not null
         */
        public Problem {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }

        /**
         * The problem as one line, such as {@code $.records[3].date: expected a date yyyy-MM-dd but found
         * "2021-13-01"}.
         *
         * @return the line, not null
         */
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    /** What was read, such as {@code Records file oa-export.json}. */
    private final String what;
    /** The problems, immutable. */
    private final List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param what  what was read, such as {@code Records file oa-export.json}, not null
     * @param problems  the problems, not null, not empty, in the order found
     * @throws IllegalArgumentException if there are no problems
     */
    public RecordsFormatException(String what, List<Problem> problems) {
        super(message(what, problems));
        this.what = what;
        this.problems = List.copyOf(problems);
    }

    private static String message(String what, List<Problem> problems) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A RecordsFormatException needs at least one problem");
        }
        StringBuilder b = new StringBuilder(what).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (int i = 0; i < problems.size() && i < MESSAGE_PROBLEMS; i++) {
            b.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > MESSAGE_PROBLEMS) {
            b.append("\n  and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more (see problems())");
        }
        return b.toString();
    }

    /**
     * What was read, such as {@code Records file oa-export.json}.
     *
     * @return the description, not null
     */
    public String what() {
        return what;
    }

    /**
     * Every problem, in the order found (document order).
     *
     * @return the problems, not null, not empty, immutable
     */
    public List<Problem> problems() {
        return problems;
    }
}
