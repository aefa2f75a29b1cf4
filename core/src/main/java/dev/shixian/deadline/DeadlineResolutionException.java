package dev.shixian.deadline;

import dev.shixian.ShixianException;
import java.util.Objects;

/**
 * Thrown when a deadline cannot be resolved in a context because something it needs is missing: the plan's year for
 * a yearless deadline ("11月15日前"), or the date of the event it counts from.
 *
 * <p>Example: resolving {@code 3 working days after issuance} in a context with neither a trigger nor an issuance
 * date fails with "Cannot resolve '3 working days after issuance': missing the date of issuance".
 */
public final class DeadlineResolutionException extends ShixianException {

    private static final long serialVersionUID = 1L;

    /** The canonical form of the deadline that could not be resolved, not null. */
    private final String deadline;
    /** What the context was missing, such as "the plan's year", not null. */
    private final String missing;

    /**
     * Creates an exception.
     *
     * @param deadline  the deadline being resolved, not null
     * @param missing  what is missing, such as "the plan's year", not null
     */
    public DeadlineResolutionException(Deadline deadline, String missing) {
        super("Cannot resolve '" + Objects.requireNonNull(deadline, "deadline") + "': missing "
                + Objects.requireNonNull(missing, "missing"));
        this.deadline = deadline.toString();
        this.missing = missing;
    }

    /**
     * The canonical form of the deadline that could not be resolved.
     *
     * @return the deadline's canonical form, not null
     */
    public String deadline() {
        return deadline;
    }

    /**
     * What was missing.
     *
     * @return the description, not null
     */
    public String missing() {
        return missing;
    }
}
