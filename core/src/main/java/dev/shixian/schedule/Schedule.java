package dev.shixian.schedule;

import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.internal.Snippet;
import dev.shixian.plan.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The obligations of a plan (排期结果): every task's obligations, in plan order, with their due dates, made by a
 * {@link Scheduler} from the plan and the events that happened.
 *
 * <p>Example: the 兴义市 2021 plan (window 2021-06-24..2021-12-31) scheduled on the official calendar has, for its
 * quarterly task 7 led by 市财政局, the obligations {@code xingyi-2021/7/2021-Q2@czj} (the first, partial
 * quarter, due 2021-06-30), {@code …/2021-Q3@czj} (due 2021-09-30) and {@code …/2021-Q4@czj} (due 2021-12-31).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {

    private final Plan plan;
    private final WorkingCalendar calendar;
    private final SchedulePolicy policy;
    private final StatusEvaluator evaluator;
    private final List<Obligation> obligations;
    private final IdIndex indexById;
    private final Map<String, List<Obligation>> byTask;
    private final List<String> warnings;
    private final List<Occurrence> occurrences;
    private final Columns columns;

    /**
     * What the status pass reads of every obligation, in primitive arrays, so that it walks memory in order instead
     * of following references: the kind, the original due date, the event date, the first date a record may have
     * (epoch days, {@link StatusPass#NONE} for none), and the minimum count.
     */
    static final class Columns {
        static final byte DATED = 0;
        static final byte FRESHNESS = 1;
        static final byte OPEN = 2;
        static final byte NOT_TRIGGERED = 3;

        final byte[] kind;
        final int[] due;
        final int[] event;
        final int[] validFrom;
        final int[] minimum;

        Columns(List<Obligation> obligations) {
            int n = obligations.size();
            kind = new byte[n];
            due = new int[n];
            event = new int[n];
            validFrom = new int[n];
            minimum = new int[n];
            for (int k = 0; k < n; k++) {
                ObligationTerms t = obligations.get(k).sharedTerms();
                switch (t.kind()) {
                    case DATED:
                        kind[k] = DATED;
                        break;
                    case FRESHNESS:
                        kind[k] = FRESHNESS;
                        break;
                    case NOT_TRIGGERED:
                        kind[k] = NOT_TRIGGERED;
                        break;
                    default:
                        kind[k] = OPEN;
                        break;
                }
                due[k] = epoch(t.dueOrNull());
                event[k] = epoch(t.eventOrNull());
                validFrom[k] = epoch(t.validFrom());
                minimum[k] = t.minimumCount();
            }
        }

        private static int epoch(LocalDate date) {
            return date == null ? StatusPass.NONE : (int) date.toEpochDay();
        }
    }

    Schedule(Plan plan, WorkingCalendar calendar, SchedulePolicy policy, List<Obligation> obligations,
            IdIndex indexById, List<String> warnings, List<Occurrence> occurrences) {
        this.plan = plan;
        this.calendar = calendar;
        this.policy = policy;
        this.evaluator = StatusEvaluator.of(calendar).withPolicy(policy);
        // the scheduler's list, handed over: no copy of a million references
        this.obligations = java.util.Collections.unmodifiableList(obligations);
        this.indexById = indexById;
        // a task's obligations stand together, in plan order: each task's are a view of a range of the list
        Map<String, List<Obligation>> tasks = new LinkedHashMap<>();
        int from = 0;
        for (int i = 1; i <= this.obligations.size(); i++) {
            if (i == this.obligations.size() || this.obligations.get(i).task() != this.obligations.get(from).task()) {
                tasks.put(this.obligations.get(from).task().id(), this.obligations.subList(from, i));
                from = i;
            }
        }
        this.byTask = Collections.unmodifiableMap(tasks);
        this.warnings = List.copyOf(warnings);
        this.occurrences = List.copyOf(occurrences);
        this.columns = new Columns(this.obligations);
    }

    /** The obligations' columns for the status pass. */
    Columns columns() {
        return columns;
    }

    /**
     * The plan scheduled.
     *
     * @return the plan, not null
     */
    public Plan plan() {
        return plan;
    }

    /**
     * The calendar the due dates were counted on.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The policy the schedule was made and is evaluated with.
     *
     * @return the policy, not null
     */
    public SchedulePolicy policy() {
        return policy;
    }

    /**
     * Every obligation, task by task in plan order; within a task, part by part, then by period or occurrence,
     * then by unit.
     *
     * @return the obligations, not null, immutable
     */
    public List<Obligation> obligations() {
        return obligations;
    }

    /**
     * The obligations of one task.
     *
     * @param taskId  the task's id, not null
     * @return the obligations, not null, immutable, empty for a task the plan does not have
     */
    public List<Obligation> obligations(String taskId) {
        return byTask.getOrDefault(Objects.requireNonNull(taskId, "taskId"), List.of());
    }

    /**
     * Finds an obligation by its id. Example: {@code find("xingyi-2021/7/2021-Q3@czj")}.
     *
     * @param obligationId  the id, not null
     * @return the obligation, or empty if the schedule has none with this id
     */
    public Optional<Obligation> find(String obligationId) {
        int i = indexById.get(Objects.requireNonNull(obligationId, "obligationId"));
        return i == IdIndex.ABSENT ? Optional.empty() : Optional.of(obligations.get(i));
    }

    /** The position of an obligation, or an exception naming the id. */
    int indexOf(String obligationId) {
        int i = indexById.get(Objects.requireNonNull(obligationId, "obligationId"));
        if (i == IdIndex.ABSENT) {
            throw new IllegalArgumentException("No obligation '" + Snippet.of(obligationId) + "' in the schedule of plan '"
                    + plan.id() + "'; ids look like '" + (obligations.isEmpty() ? plan.id() + "/1@unit"
                            : obligations.get(0).id()) + "'");
        }
        return i;
    }

    /**
     * The status of every obligation as of a date, from the records an OA system keeps (办理记录): completions,
     * pauses (征求意见), restarts (补正), extensions (延期), not-applicable declarations (本单位无此项工作) and progress
     * reports. A record dated after the date does not exist as of it, so the same records give the status at any
     * past date. Example: with {@code Completion.of("xingyi-2021/7/2021-Q3@czj", 2021-09-28)},
     * {@code statusAsOf(2021-10-15, records).status("xingyi-2021/7/2021-Q3@czj")} is DONE_ON_TIME, and
     * {@code statusAsOf(2021-09-27, records)} gives DUE_SOON (3 working days left: 09-28, 09-29, 09-30).
     *
     * @param asOf  the date T, not null
     * @param records  the records, in any order, not null, no null elements
     * @return the report, not null
     * @throws ScheduleRecordException listing every bad record — one for an obligation the schedule does not hold,
     *     or one that contradicts its obligation or the other records — with its position in {@code records}
     * @throws dev.shixian.calendar.CalendarCoverageException if a date needed lies outside the calendar
     */
    public StatusReport statusAsOf(LocalDate asOf, Collection<? extends ObligationRecord> records) {
        // one pass over the records to group them by obligation, one over the obligations (StatusPass): linear
        Objects.requireNonNull(asOf, "asOf");
        ObligationRecord[] rs = Objects.requireNonNull(records, "records").toArray(new ObligationRecord[0]);
        int n = obligations.size();
        List<ScheduleRecordException.Problem> problems = new ArrayList<>();
        int[] owner = new int[rs.length];
        int[] counts = rs.length == 0 ? null : new int[n];
        // each record's day and, for a completion, its count (else StatusPass.NOT_A_COMPLETION), read once here so
        // that the status pass reads arrays instead of the record objects
        int[] days = new int[rs.length];
        int[] completionCounts = new int[rs.length];
        for (int i = 0; i < rs.length; i++) {
            ObligationRecord r = Objects.requireNonNull(rs[i], "records[" + i + "]");
            long day = r.date().toEpochDay();
            boolean plain = r instanceof Completion && day > Integer.MIN_VALUE && day <= Integer.MAX_VALUE;
            days[i] = plain ? (int) day : StatusPass.NONE;
            completionCounts[i] = plain ? ((Completion) r).count() : StatusPass.NOT_A_COMPLETION;
            int k = indexById.get(r.obligationId());
            if (k == IdIndex.ABSENT) {
                owner[i] = -1;
                problems.add(new ScheduleRecordException.Problem(i, r, "no obligation '"
                        + Snippet.of(r.obligationId()) + "' in the schedule of plan '" + plan.id() + "'"));
            } else {
                owner[i] = k;
                counts[k]++;
            }
        }
        // the records of obligation k are recordIndex[firstRecord[k] .. firstRecord[k + 1]), in the order given;
        // no records, no arrays
        int[] firstRecord = rs.length == 0 ? null : new int[n + 1];
        for (int k = 0; firstRecord != null && k < n; k++) {
            firstRecord[k + 1] = firstRecord[k] + counts[k];
        }
        int[] recordIndex = new int[firstRecord == null ? 0 : firstRecord[n]];
        int[] cursor = counts;
        if (firstRecord != null) {
            System.arraycopy(firstRecord, 0, cursor, 0, n);
        }
        for (int i = 0; i < rs.length; i++) {
            int k = owner[i];
            if (k >= 0) {
                recordIndex[cursor[k]++] = i;
            }
        }
        StatusPass pass = new StatusPass(this, evaluator, asOf, rs, firstRecord, recordIndex, days, completionCounts);
        problems.addAll(pass.run());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ScheduleRecordException.Problem::index));
            throw new ScheduleRecordException("the schedule of plan '" + plan.id() + "'", problems);
        }
        return new StatusReport(this, asOf, pass);
    }

    /**
     * The status as of today in China: the date in Asia/Shanghai (北京时间) on the clock, whatever the JVM's or the
     * server's time zone. Example: at 2021-10-14T23:30Z an OA server on UTC is still on the 14th, but it is 07:30 on
     * 2021-10-15 in Beijing, so the report is as of 2021-10-15.
     *
     * @param clock  the clock, not null
     * @param records  the records, not null
     * @return the report, not null
     * @throws ScheduleRecordException listing every bad record
     */
    public StatusReport statusAsOf(Clock clock, Collection<? extends ObligationRecord> records) {
        return statusAsOf(StatusEvaluator.todayInChina(Objects.requireNonNull(clock, "clock")), records);
    }

    /**
     * The occurrences the schedule was made with, as given.
     *
     * @return the occurrences, not null, immutable
     */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /**
     * Things allowed but worth a look, such as a task whose lead is a group the plan gives no members for.
     *
     * @return the warnings, not null, immutable
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * A summary such as {@code Schedule[xingyi-2021, 212 obligations]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Schedule[" + plan.id() + ", " + obligations.size() + " obligations]";
    }
}
