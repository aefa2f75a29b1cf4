package dev.shixian.schedule;

import dev.shixian.ShixianException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Occurrences that cannot be scheduled (无法排期的事件): an occurrence for a task the plan does not have, of an event
 * no task counts from, for a unit that answers for none of its tasks, or two occurrences that would give the same
 * obligation id. Every bad occurrence is listed, with its index in the collection given and the reason — none is
 * skipped silently.
 *
 * <p>Example: {@code Occurrence.of("issuance", 2021-07-05, "兴府发〔2021〕5号").forTask("99")} for a plan without task
 * 99 gives "occurrence [0] issuance 2021-07-05 兴府发〔2021〕5号 (task 99): the plan has no task '99'".
 */
public final class OccurrenceException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /**
     * One bad occurrence.
     *
     * @param index  its position in the collection given to the scheduler, from 0
     * @param occurrence  a summary of the occurrence ({@link Occurrence#toString()}), not null
     * @param reason  what is wrong and what was expected, not null
     * @serial exclude
     */
    public record Problem(int index, String occurrence, String reason) implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Validates the parts.
         *
         * @param index  its position in the collection given, from 0
         * @param occurrence  the occurrence's summary, not null
         * @param reason  what is wrong, not null
         */
        public Problem {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * The problem as one line, such as {@code occurrence [1] issuance 2021-09-30 b (task 99): the plan has no
         * task '99'}.
         *
         * @return the line, not null
         */
        @Override
        public String toString() {
            return "occurrence [" + index + "] " + occurrence + ": " + reason;
        }
    }

    /** The bad occurrences, immutable. */
    private final List<Problem> problems;

    OccurrenceException(String planId, List<Problem> problems) {
        super("Plan '" + planId + "': " + problems.size() + " occurrence" + (problems.size() == 1 ? "" : "s")
                + " cannot be scheduled: " + problems.stream().limit(20).map(Problem::toString)
                        .collect(Collectors.joining("; "))
                + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every bad occurrence, in the order given.
     *
     * @return the problems, not null, immutable, not empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
