package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of every obligation of a schedule as of a date, in one linear pass without a day-by-day walk.
 *
 * <p>Most obligations have no records, or only completions (完成记录); their status, due date, working-day measure,
 * completion date and count are computed here into primitive arrays from the working-day count of each distinct
 * date, taken once from the calendar. Every other obligation (pauses, restarts, extensions, progress reports,
 * not-applicable declarations, freshness rules, or a record that may be bad) goes through the
 * {@link StatusEvaluator}, which also validates. The full {@link ObligationStatus} of a fast obligation, with its
 * history, is made by the evaluator when asked for, and agrees with the arrays (a property test checks it).
 */
final class StatusPass {

    static final int NONE = Integer.MIN_VALUE;
    /** The count given for a record that is not a completion, or whose day does not fit the pass's arrays. */
    static final int NOT_A_COMPLETION = Integer.MIN_VALUE;
    private static final int MAX_SPAN_DAYS = 1 << 20;
    private static final DueStatus[] STATUSES = DueStatus.values();

    private final Schedule schedule;
    private final StatusEvaluator evaluator;
    private final WorkingCalendar calendar;
    private final SchedulePolicy policy;
    private final LocalDate asOf;
    private final ObligationRecord[] records;
    private final int[] firstRecord;
    private final int[] recordIndex;
    private final int[] recordDays;
    private final int[] completionCounts;

    final byte[] status;
    final int[] due;
    final int[] measure;
    /** Allocated on the first completion date, count or full status stored: most passes need none of them. */
    private int[] completed;
    private int[] count;
    private ObligationStatus[] full;

    private long lowEpoch;
    private int[] ordinals;
    private Map<Long, Integer> farOrdinals;

    StatusPass(Schedule schedule, StatusEvaluator evaluator, LocalDate asOf, ObligationRecord[] records,
            int[] firstRecord, int[] recordIndex, int[] recordDays, int[] completionCounts) {
        this.recordDays = recordDays;
        this.completionCounts = completionCounts;
        this.schedule = schedule;
        this.evaluator = evaluator;
        this.calendar = evaluator.calendar();
        this.policy = evaluator.policy();
        this.asOf = asOf;
        this.records = records;
        this.firstRecord = firstRecord;
        this.recordIndex = recordIndex;
        int n = schedule.obligations().size();
        this.status = new byte[n];
        this.due = new int[n];
        this.measure = new int[n];

    }

    /**
     * Computes every status; returns the bad records found by the evaluator, with their positions in the records
     * given, or an empty list.
     */
    List<ScheduleRecordException.Problem> run() {
        List<Obligation> obligations = schedule.obligations();
        Schedule.Columns cols = schedule.columns();
        int n = obligations.size();
        int t = (int) asOf.toEpochDay();
        long lo = t;
        long hi = t;
        for (int k = 0; k < n; k++) {
            int d = cols.due[k];
            if (d != NONE) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        lowEpoch = lo;
        if (hi - lo < MAX_SPAN_DAYS) {
            ordinals = new int[(int) (hi - lo + 1)];
            Arrays.fill(ordinals, NONE);
        } else {
            farOrdinals = new HashMap<>();
        }
        List<ScheduleRecordException.Problem> problems = new ArrayList<>();
        int dueSoon = policy.dueSoonWorkingDays();
        for (int k = 0; k < n; k++) {
            int from = firstRecord == null ? 0 : firstRecord[k];
            int to = firstRecord == null ? 0 : firstRecord[k + 1];
            byte kind = cols.kind[k];
            if (from == to && kind != Schedule.Columns.FRESHNESS) {
                noRecords(k, kind, cols, t, dueSoon);
            } else if (from < to && kind == Schedule.Columns.DATED
                    && onlyGoodCompletions(from, to, cols.validFrom[k])) {
                completions(k, cols, from, to, t, dueSoon);
            } else {
                slowStatus(k, obligations.get(k).terms(), problems);
            }
        }
        return problems;
    }

    /** Whether every record is a completion of at least 1 item dated on or after the obligation's start. */
    private boolean onlyGoodCompletions(int from, int to, int validFrom) {
        for (int j = from; j < to; j++) {
            int i = recordIndex[j];
            if (completionCounts[i] < 1 || (validFrom != NONE && recordDays[i] < validFrom)) {
                return false;
            }
        }
        return true;
    }

    /** An obligation without records: its status from its kind, its event and due date, and the date. */
    private void noRecords(int k, byte kind, Schedule.Columns cols, int t, int dueSoon) {
        if (kind != Schedule.Columns.DATED) {
            due[k] = NONE;
            status[k] = (byte) (kind == Schedule.Columns.NOT_TRIGGERED ? DueStatus.NOT_TRIGGERED
                    : DueStatus.ONGOING).ordinal();
            return;
        }
        int event = cols.event[k];
        if (event != NONE && event > t) {
            due[k] = NONE;
            status[k] = (byte) DueStatus.NOT_TRIGGERED.ordinal();
            return;
        }
        int d = cols.due[k];
        due[k] = d;
        notDone(k, d, t, dueSoon);
    }

    /** A dated obligation whose records are all good completions. */
    private void completions(int k, Schedule.Columns cols, int from, int to, int t, int dueSoon) {
        int event = cols.event[k];
        if (event != NONE && event > t) {
            due[k] = NONE;
            status[k] = (byte) DueStatus.NOT_TRIGGERED.ordinal();
            return;
        }
        int d = cols.due[k];
        due[k] = d;
        int[] order = to - from > 1 ? sortedByDate(from, to) : null;
        int min = cols.minimum[k];
        boolean addUp = policy.completionsAddUp();
        int done = NONE;
        int c = 0;
        for (int j = from; j < to; j++) {
            int i = order == null ? recordIndex[j] : order[j - from];
            int day = recordDays[i];
            if (day > t) {
                break;
            }
            int n = completionCounts[i];
            boolean reached;
            if (addUp) {
                c = (int) Math.min(Integer.MAX_VALUE, (long) c + n);
                reached = c >= min;
            } else {
                c = Math.max(c, n);
                reached = n >= min;
            }
            if (done == NONE && reached) {
                done = day;
            }
        }
        setCount(k, c);
        if (done != NONE) {
            setCompleted(k, done);
            if (done > d) {
                status[k] = (byte) DueStatus.DONE_LATE.ordinal();
                measure[k] = calendar.workingDaysBetween(LocalDate.ofEpochDay(d), LocalDate.ofEpochDay(done));
            } else {
                status[k] = (byte) DueStatus.DONE_ON_TIME.ordinal();
            }
        } else {
            notDone(k, d, t, dueSoon);
        }
    }

    /**
     * A dated, triggered obligation not done as of T: OVERDUE by the working days in (D, T], or DUE_SOON / PENDING
     * with the working days in (T, D] left.
     */
    private void notDone(int k, int d, int t, int dueSoon) {
        if (t > d) {
            status[k] = (byte) DueStatus.OVERDUE.ordinal();
            measure[k] = ordinal(t) - ordinal(d);
        } else {
            int left = ordinal(d) - ordinal(t);
            measure[k] = left;
            status[k] = (byte) (left <= dueSoon ? DueStatus.DUE_SOON : DueStatus.PENDING).ordinal();
        }
    }

    /** The record indexes of a range, by day, then as given. */
    private int[] sortedByDate(int from, int to) {
        Integer[] boxed = new Integer[to - from];
        for (int j = from; j < to; j++) {
            boxed[j - from] = recordIndex[j];
        }
        Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> recordDays[i]).thenComparingInt(i -> i));
        int[] out = new int[boxed.length];
        for (int j = 0; j < boxed.length; j++) {
            out[j] = boxed[j];
        }
        return out;
    }

    private void slowStatus(int k, ObligationTerms t, List<ScheduleRecordException.Problem> problems) {
        int from = firstRecord == null ? 0 : firstRecord[k];
        try {
            ObligationStatus s = evaluator.evaluate(t, recordsOf(k), asOf);
            setFull(k, s);
            status[k] = (byte) s.status().ordinal();
            due[k] = s.dueDate().map(x -> (int) x.toEpochDay()).orElse(NONE);
            s.completedOn().ifPresent(x -> setCompleted(k, (int) x.toEpochDay()));
            setCount(k, s.count());
            measure[k] = s.status() == DueStatus.OVERDUE ? s.workingDaysOverdue()
                    : s.status() == DueStatus.DONE_LATE ? s.workingDaysLate() : s.workingDaysLeft();
        } catch (ScheduleRecordException e) {
            for (ScheduleRecordException.Problem p : e.problems()) {
                problems.add(new ScheduleRecordException.Problem(recordIndex[from + p.index()], p.record(),
                        p.reason()));
            }
        }
    }

    /** The records of one obligation, in the order given. */
    List<ObligationRecord> recordsOf(int k) {
        if (firstRecord == null) {
            return List.of();
        }
        int from = firstRecord[k];
        int to = firstRecord[k + 1];
        if (from == to) {
            return List.of();
        }
        ObligationRecord[] a = new ObligationRecord[to - from];
        for (int j = from; j < to; j++) {
            a[j - from] = records[recordIndex[j]];
        }
        return Arrays.asList(a);
    }

    /**
     * The working days in (T, x] for a date x ≥ T, minus those in (x, T] for x &lt; T, so that the working days in
     * (a, b] are {@code ordinal(b) - ordinal(a)} whenever T is a or b: taken once per distinct date from the
     * calendar.
     */
    private int ordinal(int epochDay) {
        if (ordinals != null) {
            int i = (int) (epochDay - lowEpoch);
            int o = ordinals[i];
            if (o == NONE) {
                o = countFromAsOf(LocalDate.ofEpochDay(epochDay));
                ordinals[i] = o;
            }
            return o;
        }
        return farOrdinals.computeIfAbsent((long) epochDay, x -> countFromAsOf(LocalDate.ofEpochDay(epochDay)));
    }

    private int countFromAsOf(LocalDate date) {
        return date.isBefore(asOf) ? -calendar.workingDaysBetween(date, asOf) : calendar.workingDaysBetween(asOf, date);
    }

    /** The day the k-th obligation was completed, or {@link #NONE}. */
    int completed(int k) {
        int[] a = completed;
        return a == null ? NONE : a[k];
    }

    /** The items the k-th obligation counted as of the date. */
    int count(int k) {
        int[] a = count;
        return a == null ? 0 : a[k];
    }

    private void setCompleted(int k, int day) {
        if (completed == null) {
            completed = new int[status.length];
            Arrays.fill(completed, NONE);
        }
        completed[k] = day;
    }

    private void setCount(int k, int c) {
        if (c != 0 && count == null) {
            count = new int[status.length];
        }
        if (count != null) {
            count[k] = c;
        }
    }

    /** The full status of the k-th obligation if it has been made, else null. */
    synchronized ObligationStatus full(int k) {
        return full == null ? null : full[k];
    }

    /** Keeps the full status of the k-th obligation, made by the pass or on request. */
    synchronized void setFull(int k, ObligationStatus s) {
        if (full == null) {
            full = new ObligationStatus[status.length];
        }
        full[k] = s;
    }

    static DueStatus statusOf(byte b) {
        return STATUSES[b];
    }

}
