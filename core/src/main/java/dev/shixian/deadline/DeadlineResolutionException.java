package dev.shixian.deadline;

import dev.shixian.ShixianException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a deadline cannot be resolved in a context: something it needs is missing (the plan's year for a
 * yearless deadline such as "11月15日前", the date of the event it counts from), the resolution would exceed a limit
 * ({@link DeadlineContext#MAX_WINDOW_YEARS}, {@link DeadlineContext#MAX_DUES}), or the policy refuses a due that
 * depends on a day the calendar has not settled ({@link DeadlinePolicy#requireSettled()}).
 *
 * <p>Example: resolving {@code 3 working days after issuance} in a context with neither a trigger nor an issuance
 * date fails with "Cannot resolve '3 working days after issuance': missing the date of issuance
 * (DeadlineContext.withEvent or withTrigger)".
 *
 * <p>To walk a plan without catching this exception, use {@link Deadline#resolveParts(DeadlineContext)}, which
 * reports a missing year, window or event date as a {@link PartResolution.Outcome}.
 */
public final class DeadlineResolutionException extends ShixianException {

    private static final long serialVersionUID = 2L;

    /** The canonical form of the deadline that could not be resolved, not null. */
    private final String deadline;
    /** What the context was missing, or the problem, such as "the plan's year", not null. */
    private final String missing;
    /** The calendar day the problem is about, or null. */
    private final LocalDate day;

    /**
     * Creates an exception for something missing from the context.
     *
     * @param deadline  the deadline being resolved, not null
     * @param missing  what is missing, such as "the plan's year", not null
     */
    public DeadlineResolutionException(Deadline deadline, String missing) {
        this(deadline, "missing " + Objects.requireNonNull(missing, "missing"), missing, null);
    }

    private DeadlineResolutionException(Deadline deadline, String problem, String missing, LocalDate day) {
        super("Cannot resolve '" + Objects.requireNonNull(deadline, "deadline") + "': " + problem);
        this.deadline = deadline.toString();
        this.missing = missing;
        this.day = day;
    }

    /**
     * An exception for a limit exceeded.
     *
     * @param deadline  the deadline, not null
     * @param problem  the limit and what exceeded it, not null
     * @return the exception, not null
     */
    static DeadlineResolutionException limit(Deadline deadline, String problem) {
        return new DeadlineResolutionException(deadline, problem, problem, null);
    }

    /**
     * An exception for a due refused because it depends on a day that is not settled.
     *
     * @param deadline  the deadline, not null
     * @param day  the first day used that is not settled, not null
     * @param problem  the explanation, naming the day, not null
     * @return the exception, not null
     */
    static DeadlineResolutionException unsettled(Deadline deadline, LocalDate day, String problem) {
        return new DeadlineResolutionException(deadline, problem, problem, Objects.requireNonNull(day, "day"));
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
     * What was missing, such as "the plan's year (DeadlineContext.withYear or withWindow)", or the problem, such as
     * the limit exceeded or the day not settled.
     *
     * @return the description, not null
     */
    public String missing() {
        return missing;
    }

    /**
     * The calendar day the problem is about: for a due refused by {@link DeadlinePolicy#requireSettled()}, the first
     * day it depends on that the calendar has not settled, such as 2026-12-26.
     *
     * @return the day, or empty
     */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }
}
