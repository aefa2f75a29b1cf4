package dev.shixian.plan;

import dev.shixian.ShixianException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a plan has errors: the plan is rejected whole and every error is listed, each with its JSON path and
 * reason. Example message:
 * <pre>
 * Plan 'xingyi-2021' (xingyi-2021.json) has 2 errors:
 *   $.tasks[3].lead[0] (task "4"): unknown unit '市统计局'; expected a unit id, name or alias or a group name (nearest: 市财政局)
 *   $.tasks[7].id (task "7"): duplicate task id '7', first used at $.tasks[6].id
 * </pre>
 * The message lists at most {@value #LISTED} errors and says how many more there are; {@link #errors()} has them all.
 *
 * <p>This exception is unchecked.
 */
public final class PlanFormatException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** The number of errors the message lists. */
    public static final int LISTED = 50;

    private final transient List<PlanProblem> errors;

    /**
     * Creates an exception.
     *
     * @param what  the plan or file the errors are in, not null
     * @param errors  the errors, not null, not empty
     */
    public PlanFormatException(String what, List<PlanProblem> errors) {
        super(message(what, errors));
        this.errors = List.copyOf(errors);
    }

    private static String message(String what, List<PlanProblem> errors) {
        Objects.requireNonNull(what, "what");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A PlanFormatException needs at least one error");
        }
        return what + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":"
                + errors.stream().limit(LISTED).map(e -> "\n  " + e).collect(Collectors.joining())
                + (errors.size() > LISTED ? "\n  … and " + (errors.size() - LISTED) + " more" : "");
    }

    /**
     * Every error, in the order found.
     *
     * @return the errors, not null, not empty, immutable
     */
    public List<PlanProblem> errors() {
        return errors;
    }
}
