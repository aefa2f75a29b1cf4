package dev.shixian.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final StatusPass pass;
    private final StatusEvaluator evaluator;

    StatusReport(Schedule schedule, LocalDate asOf, StatusPass pass) {
        this.schedule = schedule;
        this.asOf = asOf;
        this.pass = pass;
        this.evaluator = StatusEvaluator.of(schedule.calendar()).withPolicy(schedule.policy());
    }

    /** The arrays of the pass, for tests that check them against the evaluator. */
    StatusPass pass() {
        return pass;
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
        return status(schedule.indexOf(obligationId));
    }

    /**
     * The status of one obligation, without its details: cheaper than {@link #status(String)} when only the status
     * is needed.
     *
     * @param obligationId  the obligation's id, not null
     * @return the status, not null
     * @throws IllegalArgumentException naming the id if the schedule has no such obligation
     */
    public DueStatus dueStatus(String obligationId) {
        return StatusPass.statusOf(pass.status[schedule.indexOf(obligationId)]);
    }

    /**
     * How many obligations are in each status.
     *
     * @return the counts, every status a key, in the order of {@link DueStatus}, not null, immutable
     */
    public Map<DueStatus, Integer> counts() {
        int[] c = new int[DueStatus.values().length];
        for (byte b : pass.status) {
            c[b]++;
        }
        Map<DueStatus, Integer> out = new EnumMap<>(DueStatus.class);
        for (DueStatus s : DueStatus.values()) {
            out.put(s, c[s.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Every obligation's status, in the schedule's order.
     *
     * @return the statuses, not null, immutable
     */
    public List<ObligationStatus> statuses() {
        int n = pass.status.length;
        ObligationStatus[] out = new ObligationStatus[n];
        for (int k = 0; k < n; k++) {
            out[k] = status(k);
        }
        return List.of(out);
    }

    /**
     * The full status of the k-th obligation: computed in the pass for obligations with pauses, restarts and the
     * like; made by the evaluator on first request for the others (an immutable value, so a race between threads
     * only computes it twice).
     */
    private ObligationStatus status(int k) {
        ObligationStatus s = pass.full(k);
        if (s == null) {
            s = evaluator.evaluate(schedule.obligations().get(k).terms(), pass.recordsOf(k), asOf);
            pass.setFull(k, s);
        }
        return s;
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
        for (int i = 0; i < obligations.size(); i++) {
            lines.add(new LedgerLine(obligations.get(i), status(i)));
        }
        return new Ledger(asOf, lines, schedule.plan().units().units());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof StatusReport)) {
            return false;
        }
        StatusReport o = (StatusReport) obj;
        return schedule == o.schedule && asOf.equals(o.asOf) && statuses().equals(o.statuses());
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, Arrays.hashCode(pass.status), Arrays.hashCode(pass.due));
    }

    /**
     * A summary such as {@code StatusReport[xingyi-2021 as of 2021-10-15, 212 obligations]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "StatusReport[" + schedule.plan().id() + " as of " + asOf + ", " + pass.status.length
                + " obligations]";
    }
}
