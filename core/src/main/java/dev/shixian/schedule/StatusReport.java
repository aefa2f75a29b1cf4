package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The status of every obligation of a schedule as of a date (截至某日的办理情况), from the records given:
 * {@link #status(String)} for one obligation, {@link #ledger()} for the ledger (台账) and its views.
 *
 * <p>Example: {@code schedule.statusAsOf(LocalDate.of(2021, 10, 15), records).status("xingyi-2021/7/2021-Q3@czj")}
 * is OVERDUE by 4 working days (Oct 12–15) when no completion was recorded by then.
 *
 * <p>This class is immutable and thread-safe; the ledger is built when asked for.
 */
public final class StatusReport {

    private final Schedule schedule;
    private final LocalDate asOf;
    private final ObligationStatus[] statuses;

    StatusReport(Schedule schedule, LocalDate asOf, ObligationStatus[] statuses) {
        this.schedule = schedule;
        this.asOf = asOf;
        this.statuses = statuses;
    }

    /**
     * The schedule evaluated.
     *
     * @return the schedule, not null
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * The date T the statuses are as of.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The status of one obligation.
     *
     * @param obligationId  the obligation's id, not null
     * @return the status, not null
     * @throws IllegalArgumentException naming the id if the schedule has no such obligation
     */
    public ObligationStatus status(String obligationId) {
        return statuses[schedule.indexOf(obligationId)];
    }

    /**
     * Every obligation's status, in the schedule's order.
     *
     * @return the statuses, not null, immutable
     */
    public List<ObligationStatus> statuses() {
        return List.of(statuses);
    }

    /**
     * The ledger (台账): a line per obligation and its views by unit, by status, the overdue list and the units'
     * on-time rates.
     *
     * @return the ledger, not null
     */
    public Ledger ledger() {
        List<Obligation> obligations = schedule.obligations();
        List<LedgerLine> lines = new ArrayList<>(obligations.size());
        for (int i = 0; i < statuses.length; i++) {
            lines.add(new LedgerLine(obligations.get(i), statuses[i]));
        }
        return new Ledger(asOf, lines, schedule.plan().units().units());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof StatusReport)) {
            return false;
        }
        StatusReport o = (StatusReport) obj;
        return schedule == o.schedule && asOf.equals(o.asOf) && Arrays.equals(statuses, o.statuses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, Arrays.hashCode(statuses));
    }

    /**
     * A summary such as {@code StatusReport[xingyi-2021 as of 2021-10-15, 212 obligations]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "StatusReport[" + schedule.plan().id() + " as of " + asOf + ", " + statuses.length + " obligations]";
    }
}
