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
    private static final int MAX_SPAN_DAYS = 1 << 20;
    private static final DueStatus[] STATUSES = DueStatus.values();

    private final Schedule schedule;
    private final StatusEvaluator evaluator;
    private final WorkingCalendar calendar;
    private final SchedulePolicy policy;
    private final LocalDate asOf;
    private final ObligationRecord[] records;
    private final int[][] byObligation;

    final byte[] status;
    final int[] due;
    final int[] measure;
    final int[] completed;
    final int[] count;
    final ObligationStatus[] full;

    private long lowEpoch;
    private int[] ordinals;
    private Map<Long, Integer> farOrdinals;

    StatusPass(Schedule schedule, StatusEvaluator evaluator, LocalDate asOf, ObligationRecord[] records,
            int[][] byObligation) {
        this.schedule = schedule;
        this.evaluator = evaluator;
        this.calendar = evaluator.calendar();
        this.policy = evaluator.policy();
        this.asOf = asOf;
        this.records = records;
        this.byObligation = byObligation;
        int n = schedule.obligations().size();
        this.status = new byte[n];
        this.due = new int[n];
        this.measure = new int[n];
        this.completed = new int[n];
        this.count = new int[n];
        this.full = new ObligationStatus[n];
    }

    /**
     * Computes every status; returns the bad records found by the evaluator, with their positions in the records
     * given, or an empty list.
     */
    List<ScheduleRecordException.Problem> run() {
        List<Obligation> obligations = schedule.obligations();
        int n = obligations.size();
        boolean[] fast = new boolean[n];
        long lo = asOf.toEpochDay();
        long hi = lo;
        for (int k = 0; k < n; k++) {
            ObligationTerms t = obligations.get(k).terms();
            if (isFast(t, byObligation[k])) {
                fast[k] = true;
                LocalDate d = t.dueOrNull();
                if (d != null) {
                    lo = Math.min(lo, d.toEpochDay());
                    hi = Math.max(hi, d.toEpochDay());
                }
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
        for (int k = 0; k < n; k++) {
            if (fast[k]) {
                fastStatus(k, obligations.get(k).terms(), byObligation[k]);
            } else {
                slowStatus(k, obligations.get(k).terms(), problems);
            }
        }
        return problems;
    }

    /** Whether an obligation's status can be computed without the evaluator: no record that could change or be bad. */
    private boolean isFast(ObligationTerms t, int[] own) {
        ObligationTerms.Kind kind = t.kind();
        if (own == null) {
            return kind != ObligationTerms.Kind.FRESHNESS;
        }
        if (kind != ObligationTerms.Kind.DATED) {
            return false;
        }
        LocalDate validFrom = t.validFrom();
        for (int i : own) {
            ObligationRecord r = records[i];
            if (!(r instanceof Completion) || ((Completion) r).count() < 1
                    || (validFrom != null && r.date().isBefore(validFrom))) {
                return false;
            }
        }
        return true;
    }

    private void fastStatus(int k, ObligationTerms t, int[] own) {
        due[k] = NONE;
        completed[k] = NONE;
        switch (t.kind()) {
            case ONGOING:
            case UNDATED:
                status[k] = (byte) DueStatus.ONGOING.ordinal();
                return;
            case NOT_TRIGGERED:
                status[k] = (byte) DueStatus.NOT_TRIGGERED.ordinal();
                return;
            default:
                break;
        }
        LocalDate event = t.eventOrNull();
        if (event != null && event.isAfter(asOf)) {
            status[k] = (byte) DueStatus.NOT_TRIGGERED.ordinal();
            return;
        }
        LocalDate d = t.dueOrNull();
        due[k] = (int) d.toEpochDay();
        LocalDate doneOn = null;
        int c = 0;
        if (own != null) {
            int[] order = own;
            if (own.length > 1) {
                order = sortedByDate(own);
            }
            int min = t.minimumCount();
            boolean addUp = policy.completionsAddUp();
            for (int i : order) {
                Completion r = (Completion) records[i];
                if (r.date().isAfter(asOf)) {
                    break;
                }
                boolean reached;
                if (addUp) {
                    c = (int) Math.min(Integer.MAX_VALUE, (long) c + r.count());
                    reached = c >= min;
                } else {
                    c = Math.max(c, r.count());
                    reached = r.count() >= min;
                }
                if (doneOn == null && reached) {
                    doneOn = r.date();
                }
            }
        }
        count[k] = c;
        DueStatus s;
        int m = 0;
        if (doneOn != null) {
            completed[k] = (int) doneOn.toEpochDay();
            if (doneOn.isAfter(d)) {
                s = DueStatus.DONE_LATE;
                m = calendar.workingDaysBetween(d, doneOn);
            } else {
                s = DueStatus.DONE_ON_TIME;
            }
        } else if (asOf.isAfter(d)) {
            s = DueStatus.OVERDUE;
            m = between(d, asOf);
        } else {
            m = between(asOf, d);
            s = m <= policy.dueSoonWorkingDays() ? DueStatus.DUE_SOON : DueStatus.PENDING;
        }
        status[k] = (byte) s.ordinal();
        measure[k] = m;
    }

    private int[] sortedByDate(int[] own) {
        Integer[] boxed = new Integer[own.length];
        for (int j = 0; j < own.length; j++) {
            boxed[j] = own[j];
        }
        Arrays.sort(boxed, Comparator.comparing((Integer i) -> records[i].date()).thenComparingInt(i -> i));
        int[] out = new int[own.length];
        for (int j = 0; j < own.length; j++) {
            out[j] = boxed[j];
        }
        return out;
    }

    private void slowStatus(int k, ObligationTerms t, List<ScheduleRecordException.Problem> problems) {
        int[] own = byObligation[k];
        try {
            ObligationStatus s = evaluator.evaluate(t, recordsOf(own), asOf);
            full[k] = s;
            status[k] = (byte) s.status().ordinal();
            due[k] = s.dueDate().map(x -> (int) x.toEpochDay()).orElse(NONE);
            completed[k] = s.completedOn().map(x -> (int) x.toEpochDay()).orElse(NONE);
            count[k] = s.count();
            measure[k] = s.status() == DueStatus.OVERDUE ? s.workingDaysOverdue()
                    : s.status() == DueStatus.DONE_LATE ? s.workingDaysLate() : s.workingDaysLeft();
        } catch (ScheduleRecordException e) {
            for (ScheduleRecordException.Problem p : e.problems()) {
                problems.add(new ScheduleRecordException.Problem(own[p.index()], p.record(), p.reason()));
            }
        }
    }

    /** The records of one obligation, in the order given. */
    List<ObligationRecord> recordsOf(int[] own) {
        if (own == null) {
            return List.of();
        }
        ObligationRecord[] a = new ObligationRecord[own.length];
        for (int j = 0; j < own.length; j++) {
            a[j] = records[own[j]];
        }
        return Arrays.asList(a);
    }

    /**
     * The working days in (a, b], a ≤ b, one of them the date T: from each date's signed count relative to T,
     * taken once per distinct date from the calendar.
     */
    private int between(LocalDate a, LocalDate b) {
        return ordinal(b) - ordinal(a);
    }

    /** The working days in (T, x] for x ≥ T; minus those in (x, T] for x < T. */
    private int ordinal(LocalDate date) {
        long e = date.toEpochDay();
        if (ordinals != null) {
            int i = (int) (e - lowEpoch);
            int o = ordinals[i];
            if (o == NONE) {
                o = countFromAsOf(date);
                ordinals[i] = o;
            }
            return o;
        }
        return farOrdinals.computeIfAbsent(e, x -> countFromAsOf(date));
    }

    private int countFromAsOf(LocalDate date) {
        return date.isBefore(asOf) ? -calendar.workingDaysBetween(date, asOf) : calendar.workingDaysBetween(asOf, date);
    }

    static DueStatus statusOf(byte b) {
        return STATUSES[b];
    }

}
