package dev.shixian.schedule;

import dev.shixian.plan.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One line of the ledger (台账): an obligation and its status as of the ledger's date — the task, its units, its
 * time limit as the plan writes it and in canonical form, the due date, the status, the working days left or
 * overdue, the warning level (督办预警) and the completion.
 *
 * <p>Example: {@code xingyi-2021/7/2021-Q3@czj | 市财政局 | 每季度一次 | quarterly | 2021-09-30 | 逾期 | 4 working days
 * overdue | 黄} as of 2021-10-15.
 *
 * @param obligation  the obligation, not null
 * @param status  its status as of the ledger's date, not null
 */
public record LedgerLine(Obligation obligation, ObligationStatus status) {

    /**
     * Checks the parts belong together.
     *
     * @param obligation  the obligation, not null
     * @param status  its status, not null, of the same obligation
     */
    public LedgerLine {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(status, "status");
        if (!obligation.id().equals(status.obligationId())) {
            throw new IllegalArgumentException("Status of '" + status.obligationId() + "' given for obligation '"
                    + obligation.id() + "'");
        }
    }

    /**
     * The obligation's id, such as {@code xingyi-2021/7/2021-Q3@czj}.
     *
     * @return the id, not null
     */
    public String id() {
        return obligation.id();
    }

    /**
     * The task's number in the plan.
     *
     * @return the task id, not null
     */
    public String taskId() {
        return obligation.task().id();
    }

    /**
     * The names of the units that answer (责任单位), joined by 、.
     *
     * @return the names, not null, empty when the plan names none
     */
    public String unitNames() {
        return obligation.units().stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    /**
     * The time limit as the plan writes it (完成时限), such as 每季度一次.
     *
     * @return the text, empty for a task without a time limit
     */
    public String timeLimit() {
        return obligation.task().timeLimit().orElse("");
    }

    /**
     * The canonical form of this obligation's part of the time limit, such as {@code quarterly}.
     *
     * @return the canonical form, empty for a task without a time limit
     */
    public String canonical() {
        return obligation.deadline().map(Object::toString).orElse("");
    }

    /**
     * The effective due date as of the ledger's date (after pauses, restarts and extensions).
     *
     * @return the due date, empty for an obligation without one
     */
    public Optional<LocalDate> dueDate() {
        return status.dueDate();
    }

    /**
     * The status.
     *
     * @return the status, not null
     */
    public DueStatus dueStatus() {
        return status.status();
    }

    /**
     * The units this line is listed under in {@link Ledger#byUnit()}.
     *
     * @return the units, not null, immutable
     */
    public List<Unit> units() {
        return obligation.units();
    }
}
